// Recognises a script page's furniture in printed PDF lines: the page label and revision header at the top, margin
// asterisks, scene numbers in both margins, (MORE), (CONTINUED) and CONTINUED:. What is left is the script text.

import { isHeadingLine } from './pdf-conventions';
import { plainPageNumber, readHeader } from './pdf-header';
import { segmentsText, type PdfPageText, type PrintedLine, type LineSegment } from './pdf-lines';

/** Points per character column: 10 characters per inch. */
export const COLUMN_PT = 7.2;

/** A printed line of the text area, with its furniture taken off. */
export interface BodyLine {
  /** Line number from the top of the text area (0-based). */
  row: number;
  /** Indent from the left margin in characters (may be fractional, negative left of the margin). */
  col: number;
  /** Where the line's text ends, in characters from the left margin. */
  endCol: number;
  text: string;
  /** The script text's segments (dual dialogue prints two columns on one line). */
  segments: LineSegment[];
  /** A revision asterisk was printed in the right margin. */
  marked: boolean;
  sceneNumber?: string;
  /** Furniture that is a whole line. */
  furniture?: 'more' | 'continued' | 'continued_top';
}

/** What one PDF page carries besides its body lines. */
export interface PageFurniture {
  label?: string;
  revisionHeader?: string;
  lines: BodyLine[];
  /** Right edge of the text area, in characters from the left margin. */
  rightCol: number;
}

/** The layout measured over the whole document: where the margin is and how tall a line is. */
export interface PageGeometry {
  leftPt: number;
  lineHeight: number;
  /** Baseline of the first line of the text area, in points from the page top. */
  topFromTop: number;
  /** Footer lines repeated on most pages, digits as '#' (see footerKey): furniture, not script. */
  footers: ReadonlySet<string>;
}

/**
 * Lines this close to the bottom edge (0.8") are in the footer zone: below the text area, whose last line (where
 * "(MORE)" and "(CONTINUED)" print) sits about 1" up.
 */
const FOOTER_ZONE_PT = 58;
/** A footer line repeats on at least this share of the pages (and on MIN_FOOTER_PAGES). */
const FOOTER_SHARE = 0.5;
const MIN_FOOTER_PAGES = 3;

/** A footer line's text with its numbers as '#', so "Page 3 of 90" and "Page 4 of 90" are the same footer. */
function footerKey(text: string): string {
  return text.trim().replace(/\d+/g, '#');
}

/**
 * Footer lines a writer's software or print driver repeats at the foot of most pages ("CONFIDENTIAL", "Printed with
 * an unregistered version of ...", a production's name): measured over the document, never guessed by name.
 */
function repeatedFooters(pages: { page: PdfPageText; lines: PrintedLine[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { lines } of pages) {
    const seen = new Set<string>();
    for (const l of lines) if (l.y < FOOTER_ZONE_PT) seen.add(footerKey(segmentsText(l.segments)));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const need = Math.max(MIN_FOOTER_PAGES, pages.length * FOOTER_SHARE);
  return new Set([...counts].filter(([k, n]) => n >= need && k !== '').map(([k]) => k));
}

const LABEL_RE = /^([A-Z]{0,2}\d+[A-Z]{0,3}(?:-[A-Z]{0,2}\d+[A-Z]{0,3})?)\.?$/;
/** A scene number: 12, 12A, A12, and the ranges and sub-numbers some software prints (2-B). */
const SCENE_NUMBER_RE = /^([A-Z]?\d+[A-Z]{0,3}(?:-[A-Z0-9]{1,3})?)\.?$/;
const HEADER_ZONE_PT = 70;
/**
 * "(MORE)" under a speech cut by the page, as English, French, German and Spanish scripts print it: in capitals
 * (English "(more)" too), since a lower-case "(suite)" is a parenthetical the writer typed.
 */
const MORE_RE = /^\((?:MORE|[Mm]ore|SUITE|WEITER|MEHR|SIGUE|CONTIN[UÚ]A)\)$/;
/** Continuation furniture the reader needs to see even when it repeats at the foot of most pages. */
const CONTINUATION_RE = /^\((?:MORE|CONTINUED|SUITE|WEITER|MEHR|SIGUE|CONTIN[UÚ]A)\)$/i;
/** A right scene number starts within this many characters of the text area's right edge. */
const RIGHT_NUMBER_COLS = 6;

function mode(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  let best = fallback;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

/**
 * A column is a text edge of the document when at least this share of its body lines starts there (and at least
 * MIN_COLUMN_LINES): enough to rise above centred title lines and stray indents, low enough that a script that is
 * almost all dialogue still shows the action margin its few action lines and headings start at.
 */
const MIN_COLUMN_SHARE = 0.02;
const MIN_COLUMN_LINES = 3;
/** Starts within this many points count as one column (rounding, kerning, 0.02 pt offsets of some drivers). */
const COLUMN_TOLERANCE_PT = 2;
/** Short number-only segments left of the text are scene numbers, not a text edge. */
const MARGIN_NUMBER_RE = /^[A-Z]?\d+[A-Z]{0,3}\.?$/;

/**
 * Measures the left margin, line height and first baseline that most of the document's pages use. The margin is
 * the leftmost frequent column (where headings and action start), not the most frequent one: in a dialogue-heavy
 * script the dialogue column outnumbers action, and taking it as the margin would read every speech as action.
 */
export function measureGeometry(pages: { page: PdfPageText; lines: PrintedLine[] }[]): PageGeometry {
  const lefts: number[] = [];
  const headingLefts: number[] = [];
  const gaps: number[] = [];
  const tops: number[] = [];
  for (const { page, lines } of pages) {
    const body = lines.filter((l) => page.height - l.y > HEADER_ZONE_PT);
    // Title pages and nearly empty pages start wherever their few lines fall: only full pages say where the top is.
    if (body.length >= MIN_TOP_LINES) tops.push(Math.round(page.height - body[0].y));
    for (let i = 0; i < body.length; i++) {
      const first = body[i].segments.find((s) => !MARGIN_NUMBER_RE.test(s.text));
      if (first) lefts.push(first.x);
      if (first && isHeadingLine(first.text)) headingLefts.push(first.x);
      if (i > 0) {
        const g = Math.round((body[i - 1].y - body[i].y) * 4) / 4;
        if (g >= 6 && g <= 30) gaps.push(g);
      }
    }
  }
  // Scene headings start at the margin by definition: in a script of few action lines they show the margin the
  // frequent columns cannot (there the leftmost frequent column is the dialogue's).
  const frequent = leftmostColumn(lefts);
  const heading =
    headingLefts.length > 0
      ? mode(
          headingLefts.map((x) => Math.round(x * 10) / 10),
          0,
        )
      : undefined;
  const leftPt = Math.min(frequent ?? heading ?? 108, heading ?? Infinity);
  // Blank lines make double gaps common, so the line height is the smallest frequent gap, averaged because
  // some writers print 12.3 pt lines that rounding would turn into drift over a page.
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  const frequentGaps = [...counts].filter(([, n]) => n * 20 >= gaps.length).map(([g]) => g);
  const small = Math.min(...frequentGaps, 24);
  const near = gaps.filter((g) => Math.abs(g - small) <= 1.5);
  const measured = near.length ? near.reduce((a, b) => a + b, 0) / near.length : 12;
  // A short document may never print two lines in a row (every gap a blank line): a line is about one font size
  // tall (6 lines an inch for 12 pt), so a gap of two or more font sizes holds blank lines.
  const size = mode(
    pages.flatMap(({ page }) => page.runs.slice(0, SIZE_SAMPLE_RUNS).map((r) => Math.round(r.size))),
    12,
  );
  const lineHeight = measured >= size * 1.8 ? measured / Math.round(measured / size) : measured;
  return {
    leftPt: leftPt > 30 && leftPt < 200 ? leftPt : 108,
    lineHeight,
    topFromTop: mode(tops, 84),
    footers: repeatedFooters(pages),
  };
}

/** Runs per page sampled for the body's font size. */
const SIZE_SAMPLE_RUNS = 40;

/** A page with fewer body lines than this does not vote on where the text area's first line is. */
const MIN_TOP_LINES = 10;

/** The leftmost start shared by enough lines to be a column of the text (see MIN_COLUMN_SHARE), as its mean x. */
function leftmostColumn(lefts: number[]): number | undefined {
  const sorted = [...lefts].sort((a, b) => a - b);
  const need = Math.max(MIN_COLUMN_LINES, sorted.length * MIN_COLUMN_SHARE);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] - sorted[i] <= COLUMN_TOLERANCE_PT) j++;
    if (j - i + 1 >= need) {
      // The most common start inside the cluster: its mean would drift with a few lines set slightly off.
      return mode(
        sorted.slice(i, j + 1).map((x) => Math.round(x * 10) / 10),
        sorted[i],
      );
    }
    i = j + 1;
  }
  return undefined;
}

/** Takes the furniture off one page's printed lines. */
export function readPageFurniture(page: PdfPageText, lines: PrintedLine[], geo: PageGeometry): PageFurniture {
  const rightCol = (page.width - 72 - geo.leftPt) / COLUMN_PT;
  const colOf = (x: number): number => (x - geo.leftPt) / COLUMN_PT;
  const out: PageFurniture = { lines: [], rightCol };
  let lastRow = -1;
  // A page whose text starts above the document's usual first line (a short script, a page set differently)
  // counts its rows from its own first line, so its blank lines are still seen.
  const firstBody = lines.find((l) => page.height - l.y > HEADER_ZONE_PT);
  const top = Math.min(geo.topFromTop, firstBody ? page.height - firstBody.y : geo.topFromTop);
  for (const line of lines) {
    const fromTop = page.height - line.y;
    if (fromTop <= HEADER_ZONE_PT && out.lines.length === 0) {
      readHeader(line, out);
      continue;
    }
    // Segments are shared with the printed line: a changed one is replaced by a copy, never edited in place.
    let segs = line.segments.slice();
    let marked = false;
    // A revision asterisk sits past the text area's right edge, alone or after a few spaces.
    const last = segs[segs.length - 1];
    const star = last.text.endsWith('*') ? /^(.*?)\s*(\*+)$/.exec(last.text) : null;
    if (star) {
      const starCol = colOf(last.right) - star[2].length;
      if (starCol >= rightCol - 3) {
        marked = true;
        if (star[1] === '') segs.pop();
        else {
          segs[segs.length - 1] = {
            ...last,
            text: star[1],
            right: last.x + [...star[1]].length * last.charWidth,
          };
        }
      }
    }
    let sceneNumber: string | undefined;
    // A left scene number printed close to the margin arrives glued to the heading: split it off.
    const glued = /^([A-Z]?\d+[A-Z]{0,3}(?:-[A-Z0-9]{1,3})?)\.?(\s+)(?=\S)/.exec(segs[0]?.text ?? '');
    if (glued && colOf(segs[0].x) < -1) {
      const restX = segs[0].x + glued[0].length * segs[0].charWidth;
      if (colOf(restX) > -1) {
        segs[0] = { ...segs[0], text: segs[0].text.slice(glued[0].length), x: restX };
        segs.unshift({
          text: glued[1],
          x: restX - 2 * COLUMN_PT,
          right: restX - COLUMN_PT,
          charWidth: segs[0].charWidth,
        });
      }
    }
    if (segs.length >= 2) {
      const first = segs[0];
      const m = SCENE_NUMBER_RE.exec(first.text);
      if (m && colOf(first.right) < -1) {
        sceneNumber = m[1];
        segs = segs.slice(1);
      }
    }
    if (segs.length >= 2) {
      const end = segs[segs.length - 1];
      const m = SCENE_NUMBER_RE.exec(end.text);
      if (
        m &&
        colOf(end.x) >= rightCol - RIGHT_NUMBER_COLS &&
        (sceneNumber === undefined || sceneNumber === m[1])
      ) {
        sceneNumber = m[1];
        segs = segs.slice(0, -1);
      }
    }
    // A long heading leaves too little room before its right scene number for a wide gap: the number arrives glued
    // to the heading's end. It is the left number again (or, unnumbered on the left, it sits in the right margin).
    if (segs.length > 0) {
      const end = segs[segs.length - 1];
      // Most lines do not end in a digit: skip the backtracking match for them.
      const m = /\d[A-Z]{0,3}\.?$/.test(end.text)
        ? /^(.*\S)\s+([A-Z]?\d+[A-Z]{0,3}(?:-[A-Z0-9]{1,3})?)\.?$/.exec(end.text)
        : null;
      const numberCol = m ? colOf(end.right) - (m[0].length - m[1].length) + 1 : 0;
      if (
        m &&
        (sceneNumber === m[2] ||
          (sceneNumber === undefined &&
            numberCol >= rightCol - RIGHT_NUMBER_COLS &&
            isHeadingLine(segs[0].text)))
      ) {
        sceneNumber = m[2];
        segs[segs.length - 1] = { ...end, text: m[1], right: end.x + [...m[1]].length * end.charWidth };
      }
    }
    const text = segmentsText(segs);
    // A page number printed at the foot of the page instead of the top.
    if (
      !out.label &&
      fromTop > page.height - 54 &&
      segs.length === 1 &&
      LABEL_RE.test(plainPageNumber(text)) &&
      !sceneNumber
    ) {
      out.label = LABEL_RE.exec(plainPageNumber(text))![1];
      continue;
    }
    if (line.y < FOOTER_ZONE_PT && geo.footers.has(footerKey(text)) && !CONTINUATION_RE.test(text.trim()))
      continue;
    let row = Math.max(0, Math.round((fromTop - top) / geo.lineHeight));
    if (row <= lastRow) row = lastRow + 1;
    lastRow = row;
    const col = segs.length ? colOf(segs[0].x) : 0;
    const endCol = segs.length ? colOf(segs[segs.length - 1].right) : 0;
    const body: BodyLine = { row, col, endCol, text, segments: segs, marked };
    if (sceneNumber) body.sceneNumber = sceneNumber;
    const t = text.trim();
    if (MORE_RE.test(t)) body.furniture = 'more';
    else if (/^\(CONTINUED\)$/i.test(t)) body.furniture = 'continued';
    else if (/^CONTINUED:?(\s*\(\d+\))?$/i.test(t)) body.furniture = 'continued_top';
    out.lines.push(body);
  }
  return out;
}
