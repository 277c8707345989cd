// Finds a PDF's title pages (and a title block printed at the top of page 1) and reads them into title fields, so
// they stay out of the script and the script's first page can be labelled 1.

import type { TitleField } from './model';
import { CUE_MIN_COL, MARGIN_COLS, SPEECH_STEP_COLS } from './pdf-blocks';
import { cueText, isHeadingLine } from './pdf-conventions';
import type { PageFurniture } from './pdf-furniture';

/** Where the title ends and the script starts. */
export interface TitlePages {
  /** Index of the script's first page (0 without a title page). */
  first: number;
  /** Page index -> how many of its first body lines are title (Infinity for a whole title page). */
  titleLines: Map<number, number>;
  titlePage: TitleField[];
}

/** Reads the title pages at the front of a document, then a title block above the script on its first page. */
export function readTitlePages(furniture: PageFurniture[]): TitlePages {
  const titleLines = new Map<number, number>();
  const sources: TitleField[][] = [];
  let first = 0;
  while (first < Math.min(MAX_TITLE_PAGES, furniture.length - 1)) {
    const f = furniture[first];
    if (f.lines.length > 0 ? !isTitlePage(f) : countsAsPageOne(furniture, first)) break;
    titleLines.set(first, Infinity);
    sources.push(readTitlePage(f.lines, f.rightCol));
    first++;
  }
  // Front matter the printed page numbers put before page 1 (a cast list, a list of sets): not script, and not
  // read as title fields either.
  while (
    first < Math.min(MAX_FRONT_PAGES, furniture.length - 1) &&
    furniture[first].label === undefined &&
    beforePageOne(furniture, first)
  ) {
    titleLines.set(first, Infinity);
    first++;
  }
  const block = titleBlockLines(furniture[first]);
  if (block > 0) {
    titleLines.set(first, block);
    sources.push(readTitlePage(furniture[first].lines.slice(0, block), furniture[first].rightCol));
  }
  // Of several title pages the last one naming a title is the real one (Fade In prints a blank template first).
  const titlePage = sources.filter((t) => t.some((f) => f.key === 'Title')).pop() ?? sources.flat();
  return { first, titleLines, titlePage };
}

/** A script has at most this many pages before its page 1 (a blank template title page, then the real one). */
const MAX_TITLE_PAGES = 3;
/** Pages before page 1 (title pages and front matter such as cast and sets lists) are at most this many. */
const MAX_FRONT_PAGES = 8;
/** A title page holds a title block, credits and a contact block: far fewer lines than a page of script. */
const MAX_TITLE_PAGE_LINES = 30;
/** A title block printed at the top of page 1 (Fade In does) is at most this many lines above the script. */
const MAX_TITLE_BLOCK_LINES = 20;
const FADE_IN_RE = /^FADE IN:?$/i;
/** A credit line: "Written by", "Screenplay by", "by", and the same in French, German, Spanish and Italian. */
const CREDIT_RE =
  /^(?:(?:(?:written|screenplay|teleplay|story|script)\s+)?by|(?:écrit|scénario)\s+(?:par|de)|par|drehbuch(?:\s+von)?|von|escrito\s+por|guion\s+de|scritto\s+da|di)$/i;

/**
 * A title page: no printed page number, few lines, nothing a page of script has (a scene heading, FADE IN:, a cue
 * over its speech), and a credit line or mostly centred lines (a contact block may sit at the margin). A short first
 * page of script ("TEASER" centred over a few lines of action) fails on its action at the margin.
 */
function isTitlePage(f: PageFurniture): boolean {
  if (f.label || f.lines.length === 0 || f.lines.length > MAX_TITLE_PAGE_LINES) return false;
  if (
    f.lines.some((l) => l.furniture || (l.col < 3 && isHeadingLine(l.text)) || FADE_IN_RE.test(l.text.trim()))
  ) {
    return false;
  }
  const speech = f.lines.some((l, i) => {
    const next = f.lines[i + 1];
    return (
      next !== undefined &&
      next.row === l.row + 1 &&
      l.col >= CUE_MIN_COL &&
      cueText(l.text) &&
      next.col >= MARGIN_COLS &&
      next.col <= l.col - SPEECH_STEP_COLS
    );
  });
  if (speech) return false;
  if (f.lines.some((l) => CREDIT_RE.test(l.text.trim()))) return true;
  const centred = f.lines.filter((l) => l.col >= 4 && Math.abs((l.col + l.endCol) / 2 - f.rightCol / 2) <= 4);
  return centred.length * 2 >= f.lines.length;
}

/**
 * True when the printed numbers after an empty page count back to 1 or more for it: it is a blank script page
 * (screenplain leaves page 1 blank after a title page), not a cover without text.
 */
function countsAsPageOne(furniture: PageFurniture[], i: number): boolean {
  const next = furniture.findIndex((f, j) => j > i && f.label !== undefined && /^\d+$/.test(f.label));
  return next > i && Number(furniture[next].label) - (next - i) >= 1;
}

/** True when the next printed page number counts back to less than 1 for page `i`: it comes before page 1. */
function beforePageOne(furniture: PageFurniture[], i: number): boolean {
  const next = furniture.findIndex((f, j) => j > i && f.label !== undefined && /^\d+$/.test(f.label));
  return next > i && Number(furniture[next].label) - (next - i) < 1;
}

/**
 * How many lines at the top of the script's first page are a title block rather than script: the lines above
 * FADE IN: or the first scene heading, when they hold a credit line ("Written by"). Without a credit line they are
 * script (a cold open may start with action), so 0.
 */
function titleBlockLines(f: PageFurniture | undefined): number {
  if (!f) return 0;
  const start = f.lines.findIndex(
    (l) => (l.col < 3 && isHeadingLine(l.text)) || FADE_IN_RE.test(l.text.trim()),
  );
  if (start <= 0 || start > MAX_TITLE_BLOCK_LINES) return 0;
  return f.lines.slice(0, start).some((l) => CREDIT_RE.test(l.text.trim())) ? start : 0;
}

/** Reads a title page's centred block and corner blocks into Fountain-style keys. */
function readTitlePage(lines: PageFurniture['lines'], rightCol: number): TitleField[] {
  const fields: TitleField[] = [];
  const addTo = (key: string, value: string): void => {
    const last = fields[fields.length - 1];
    if (last && last.key === key) last.value += `\n${value}`;
    else fields.push({ key, value });
  };
  const isCentred = (l: PageFurniture['lines'][number]): boolean =>
    l.col >= 4 && Math.abs((l.col + l.endCol) / 2 - rightCol / 2) <= 6;
  // Fade In sets the title block of page 1 at the dialogue indent: with no centred line, position says nothing.
  const anyCentred = lines.some(isCentred);
  const hasCredit = lines.some((l) => CREDIT_RE.test(l.text.trim()));
  let expect: string | undefined;
  let prevRow = -10;
  for (const l of lines) {
    const t = l.text.trim();
    const centred = isCentred(l) || !anyCentred;
    const last = fields[fields.length - 1];
    // A title runs over consecutive lines; a centred line after a gap is the next field.
    const titleGoesOn = last?.key === 'Title' && l.row === prevRow + 1;
    // Above a credit line everything centred is the title block ("Remedial Chaos Theory" / "Episode #303").
    const aboveCredit = hasCredit && fields.every((x) => x.key === 'Title');
    prevRow = l.row;
    if (CREDIT_RE.test(t)) {
      addTo('Credit', t);
      expect = 'Author';
    } else if (expect) {
      addTo(expect, t);
      expect = undefined;
    } else if (titleGoesOn || (aboveCredit && centred)) {
      addTo('Title', t);
    } else if (!centred) {
      if (/^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\w+ \d{1,2},? \d{4})$/.test(t)) addTo('Draft date', t);
      else if (/^(?:\(c\)|©|copyright)/i.test(t)) addTo('Copyright', t);
      else addTo('Contact', t);
    } else if (!fields.some((x) => x.key === 'Title')) {
      addTo('Title', t);
    } else if (/^(?:\(c\)|©|copyright)/i.test(t)) {
      addTo('Copyright', t);
    } else if (/^(?:based on|from|adapted|story by)/i.test(t)) {
      addTo('Source', t);
    } else if (!fields.some((x) => x.key === 'Credit' || x.key === 'Author')) {
      // Without a credit line (screenplain prints none), the name under the title is the author's.
      addTo('Author', t);
    } else {
      addTo('Notes', t);
    }
  }
  return fields;
}
