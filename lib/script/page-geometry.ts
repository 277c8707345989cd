// Screenplay page geometry (Courier 12 pt, 10 characters and 6 lines an inch) and word wrapping over offsets,
// shared by pagination, the print view and the revision engine.

import type { ElementType } from './model';

export type Paper = 'letter' | 'a4';

/** The two indent presets seen in the field (domain.md, "Page format"). */
export type IndentPreset = 'standard' | 'alternate';

export const CHARS_PER_INCH = 10;
export const LINES_PER_INCH = 6;
/** Left margin from the paper edge, in inches; every indent here counts from it. */
export const LEFT_MARGIN_INCHES = 1.5;

/** Lines of text a page holds (blank lines included). */
export const LINES_PER_PAGE: Readonly<Record<Paper, number>> = { letter: 55, a4: 57 };

/**
 * Characters from the left margin to the right margin (1.5" to 7.5" on Letter). A4 keeps the same text width:
 * the right margin narrows to about 0.8", as Final Draft's A4 setting does, so line breaks match Letter.
 */
export const TEXT_WIDTH = 60;

/** How one kind of element sits on the page: indent from the left margin and wrap width, in characters. */
export interface ElementLayout {
  indent: number;
  width: number;
  /** 'right': each line ends at column `indent + width`; 'center': each line is centred in the width. */
  align: 'left' | 'right' | 'center';
}

/** Element types that print; sections, synopses, notes and page breaks do not. */
export type PrintedType = Exclude<ElementType, 'section' | 'synopsis' | 'note' | 'page_break'>;

const left = (indent: number, width: number): ElementLayout => ({ indent, width, align: 'left' });

/**
 * Indents and widths per element type for each preset.
 * standard: cue 3.7", parenthetical 3.1"-5.6", transition right-aligned to 7.5" (Final Draft's defaults).
 * alternate: cue 3.5", parenthetical 3.0"-6.0", transition from 6.0".
 * Lyrics print as dialogue (they are sung lines of a speech); a shot ("CLOSE ON THE LETTER") prints as a heading.
 */
export const INDENTS: Readonly<Record<IndentPreset, Readonly<Record<PrintedType, ElementLayout>>>> = {
  standard: {
    scene_heading: left(0, TEXT_WIDTH),
    shot: left(0, TEXT_WIDTH),
    action: left(0, TEXT_WIDTH),
    character: left(22, TEXT_WIDTH - 22),
    dialogue: left(10, 35),
    parenthetical: left(16, 25),
    lyrics: left(10, 35),
    transition: { indent: 0, width: TEXT_WIDTH, align: 'right' },
    centered: { indent: 0, width: TEXT_WIDTH, align: 'center' },
  },
  alternate: {
    scene_heading: left(0, TEXT_WIDTH),
    shot: left(0, TEXT_WIDTH),
    action: left(0, TEXT_WIDTH),
    character: left(20, TEXT_WIDTH - 20),
    dialogue: left(10, 35),
    parenthetical: left(15, 30),
    lyrics: left(10, 35),
    // Starts at 6.0"; a transition longer than 15 characters is pulled left so it still ends at the margin.
    transition: { indent: 45, width: TEXT_WIDTH - 45, align: 'left' },
    centered: { indent: 0, width: TEXT_WIDTH, align: 'center' },
  },
};

/** The layout of a printed element type, or undefined for types that do not print. */
export function layoutFor(type: ElementType, preset: IndentPreset = 'standard'): ElementLayout | undefined {
  return (INDENTS[preset] as Partial<Record<ElementType, ElementLayout>>)[type];
}

/** The indent of one laid-out line of `length` characters. */
export function lineIndent(layout: ElementLayout, length: number): number {
  if (layout.align === 'right') return Math.max(0, layout.indent + layout.width - length);
  if (layout.align === 'center') return layout.indent + Math.max(0, Math.floor((layout.width - length) / 2));
  // A left-aligned line that would run past the right margin (a long transition at 6.0") is pulled left.
  if (layout.indent + length > TEXT_WIDTH && length > layout.width) return Math.max(0, TEXT_WIDTH - length);
  return layout.indent;
}

/** Wrap width for a type: transitions that start at 6.0" may still use the whole line before wrapping. */
export function wrapWidth(layout: ElementLayout): number {
  return layout.align === 'left' && layout.indent >= 40 ? TEXT_WIDTH : layout.width;
}

// Page furniture added by pagination.
export const MORE = '(MORE)';
export const CONTD = "(CONT'D)";
export const CONTINUED_FOOT = '(CONTINUED)';
export const CONTINUED_TOP = 'CONTINUED:';

/** A slice of `Script.text`: `text.slice(start, end)` is what a line shows. */
export interface TextRange {
  start: number;
  end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Greedy word wrap of `text.slice(start, end)` at `width` characters, returning each line as offsets into `text`.
 * '\n' ends a line; an empty line stays as an empty range. Spaces at a wrap point belong to no line; leading spaces
 * of a source line are kept (writers indent on purpose). A word longer than the width is cut at the width.
 */
export function wrapRange(
  text: string,
  start: number,
  end: number,
  width: number,
  out: TextRange[] = [],
): TextRange[] {
  const w = Math.max(1, width);
  let pos = start;
  for (;;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    wrapSegment(text, pos, nl, w, out);
    if (nl >= end) break;
    pos = nl + 1;
  }
  return out;
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function wrapSegment(text: string, s: number, e: number, w: number, out: TextRange[]): void {
  let ls = s;
  for (;;) {
    if (e - ls <= w) {
      out.push({ start: ls, end: trimEnd(text, ls, e) });
      return;
    }
    let sp = ls + w;
    while (sp > ls && !isSpace(text.charCodeAt(sp))) sp--;
    let le: number;
    let next: number;
    if (sp > ls && trimEnd(text, ls, sp) > ls) {
      le = trimEnd(text, ls, sp);
      next = sp;
    } else {
      le = ls + w;
      next = le;
    }
    out.push({ start: ls, end: le });
    while (next < e && isSpace(text.charCodeAt(next))) next++;
    if (next >= e) return;
    ls = next;
  }
}

/** Word-wraps `text` at `width` characters; '\n' always ends a line. */
export function wrapText(text: string, width: number): string[] {
  return wrapRange(text, 0, text.length, width).map((r) => text.slice(r.start, r.end));
}

const CLOSERS = new Set(['"', "'", ')', ']', '\u201d', '\u2019']);
// Abbreviations whose period does not end a sentence ("Mr. Bloom").
const ABBREVIATIONS = new Set([
  'MR',
  'MRS',
  'MS',
  'DR',
  'ST',
  'JR',
  'SR',
  'VS',
  'MT',
  'PROF',
  'LT',
  'SGT',
  'CAPT',
  'GEN',
  'NO',
]);

/**
 * The latest offset in [from, to] where a sentence ends (after '.', '!' or '?' and any closing quote or bracket,
 * followed by a space or line end), or -1. With `lineBreaks`, a hard line break counts as a sentence end too (right
 * for action written line by line; wrong for hard-wrapped sources' dialogue).
 */
export function lastSentenceEnd(text: string, from: number, to: number, lineBreaks = false): number {
  for (let i = to; i > from; i--) {
    const after = i < text.length ? text.charCodeAt(i) : 10;
    if (after !== 10 && !isSpace(after)) continue;
    if (after === 10 && lineBreaks) return i;
    let j = i - 1;
    while (j > from && CLOSERS.has(text[j])) j--;
    const c = text[j];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (c === '.' && isAbbreviation(text, from, j)) continue;
    return i;
  }
  return -1;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let k = dot;
  while (k > from && /[A-Za-z]/.test(text[k - 1])) k--;
  const word = text.slice(k, dot);
  return word.length > 0 && (ABBREVIATIONS.has(word.toUpperCase()) || word.length === 1);
}
