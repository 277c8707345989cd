// Turns the positioned text runs pdf.js reports for a page into printed lines: runs grouped by baseline, spaces
// restored from the gaps between runs, and wide gaps kept as separate segments (margins, dual dialogue, page labels).

/** A run of text as pdf.js places it, in PDF points (y grows upwards from the bottom of the page). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** The runs of one PDF page, with the page's size in points. */
export interface PdfPageText {
  width: number;
  height: number;
  runs: TextRun[];
}

/** Text on one line separated from its neighbours by a wide gap. */
export interface LineSegment {
  text: string;
  /** Left and right edges in points. */
  x: number;
  right: number;
  /** Width of one character in points, as printed (7.2 for 12 pt Courier). */
  charWidth: number;
}

/** One printed line: its baseline and its segments left to right. */
export interface PrintedLine {
  y: number;
  segments: LineSegment[];
}

/** A gap of this many characters or more starts a new segment (margins, dual dialogue columns, page labels). */
const SEGMENT_GAP_CHARS = 4;

/**
 * Text drawn again within this many points of where it was already drawn is one printed text: writers' software
 * fakes bold by overprinting (Textplay draws each heading twice 0.24 pt apart) and some print drivers draw page
 * numbers twice. Two different words cannot sit this close on a line of monospaced text.
 */
const OVERPRINT_PT = 2;

/**
 * Characters as printed (code points: a surrogate pair is one), as `[...text].length` counts them, without building
 * the array: this runs for every run of every page, several times.
 */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function charWidthOf(run: TextRun): number {
  const n = codePointCount(run.text);
  // Courier is 0.6 em wide; a run's own width is the better guess for other fonts (CJK is about 1 em).
  return n > 0 && run.width > 0 ? run.width / n : run.size * 0.6;
}

/** Groups a page's runs into printed lines, top to bottom. */
export function groupLines(page: PdfPageText): PrintedLine[] {
  const runs = page.runs.filter((r) => r.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; runs: TextRun[] }[] = [];
  for (const r of runs) {
    const last = rows[rows.length - 1];
    // Runs whose baselines differ by less than a third of the font size are on the same printed line.
    if (last && Math.abs(last.y - r.y) < Math.max(2, r.size / 3)) last.runs.push(r);
    else rows.push({ y: r.y, runs: [r] });
  }
  const lines: PrintedLine[] = [];
  for (const row of rows) {
    const segments = segmentsOf(withoutOverprint(row.runs));
    if (segments.length > 0) lines.push({ y: row.y, segments });
  }
  return lines;
}

/**
 * Sorts one line's runs left to right and drops every run that repeats text already drawn at the same place (see
 * OVERPRINT_PT). The copy may be cut into runs differently from the original, so a run is a repeat when some kept
 * run has the same characters at the same position, not only when the two runs are equal.
 */
function withoutOverprint(runs: TextRun[]): TextRun[] {
  // Longest first at the same place, so the whole text is kept and its pieces are recognised as repeats.
  const sorted = runs.sort((a, b) => a.x - b.x || b.text.length - a.text.length);
  const kept: TextRun[] = [];
  for (const r of sorted) {
    const text = r.text.trim();
    if (text !== '' && kept.some((k) => repeats(k, r, text))) continue;
    kept.push(r);
  }
  return kept;
}

function repeats(kept: TextRun, r: TextRun, text: string): boolean {
  // Cheap tests first: most pairs on a line are simply side by side.
  if (r.x < kept.x - OVERPRINT_PT || r.x > kept.x + kept.width + OVERPRINT_PT) return false;
  if (Math.abs(kept.y - r.y) > OVERPRINT_PT) return false;
  const cw = charWidthOf(kept);
  const lead = r.text.length - r.text.trimStart().length;
  const at = Math.round((r.x - kept.x) / cw) + lead;
  if (at < 0 || at + text.length > kept.text.length) return false;
  // The same characters must also land within OVERPRINT_PT of where the kept run printed them.
  if (Math.abs(kept.x + at * cw - (r.x + lead * charWidthOf(r))) > OVERPRINT_PT) return false;
  return kept.text.slice(at, at + text.length) === text;
}

function segmentsOf(runs: TextRun[]): LineSegment[] {
  const segments: LineSegment[] = [];
  let cur: LineSegment | undefined;
  for (const r of runs) {
    // Whitespace runs only carry width; the gap they leave is measured below.
    if (r.text.trim() === '') continue;
    const cw = charWidthOf(r);
    const lead = r.text.length - r.text.trimStart().length;
    const text = r.text.trim();
    const x = r.x + lead * cw;
    const right = x + cw * codePointCount(text);
    if (cur) {
      const gapChars = (x - cur.right) / cur.charWidth;
      if (gapChars < SEGMENT_GAP_CHARS) {
        const spaces = Math.max(0, Math.round(gapChars));
        cur.text += ' '.repeat(spaces) + text;
        cur.right = Math.max(cur.right, right);
        continue;
      }
    }
    cur = { text, x, right, charWidth: cw };
    segments.push(cur);
  }
  return segments;
}

/** Joins segments back into one line of text, keeping the printed distance between them as spaces. */
export function segmentsText(segments: readonly LineSegment[]): string {
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    if (i > 0) {
      const prev = segments[i - 1];
      out += ' '.repeat(Math.max(1, Math.round((segments[i].x - prev.right) / prev.charWidth)));
    }
    out += segments[i].text;
  }
  return out;
}
