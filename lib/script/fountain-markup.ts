// Fountain markup that crosses lines and is removed before elements are read: boneyard (/* */) and notes ([[ ]]).
// Both are found with indexOf scans (linear time), never with regular expressions that could backtrack.

import { isHeadingLine } from './pdf-conventions';

/** Stands where a note was cut out of the text; a Private Use character no script contains. */
export const NOTE_MARK = '\uE000';

/** A scene heading's opening words (INT., EXT., EST., INT./EXT., I/E), in any case, as Fountain reads them. */
export const SCENE_PREFIX = /^(?:int\.?\/ext|ext\.?\/int|int|ext|est|i\/e|e\/i)[.\s]/i;

/**
 * True when a line opens a scene heading: Fountain's own openings in any case (spec 1.1), or a heading in
 * another language's conventions (INNEN/AUSSEN, ИНТ./НАТ., INTÉRIEUR, "INT。"...) written in capitals as
 * headings are printed. The other languages' list is the PDF reader's (pdf-conventions), so both readers know the
 * same headings; capitals are asked of them because Fountain gives those words no meaning, and "Interior shots..."
 * in lower case is prose.
 */
export function opensSceneHeading(line: string): boolean {
  return SCENE_PREFIX.test(line) || isHeadingLine(line);
}

/** Text with boneyard removed and notes replaced by NOTE_MARK, plus the notes' text in order. */
export interface StrippedMarkup {
  text: string;
  notes: string[];
  warnings: string[];
}

/**
 * Removes boneyard (nested /* *\/ pairs allowed) and cuts notes out of Fountain text (lines already '\n').
 * A boneyard that fills whole lines takes its line break with it, so the lines around it join as if it never
 * was there. An unclosed "/*" is kept as text, with a warning: a stray marker must not hide the rest of a script.
 */
export function stripMarkup(input: string): StrippedMarkup {
  const warnings: string[] = [];
  let text = input;
  if (text.includes(NOTE_MARK)) {
    text = text.split(NOTE_MARK).join('');
    warnings.push('Removed private-use characters (U+E000) that Scriptside uses internally.');
  }
  text = removeBoneyard(text, warnings);
  const notes: string[] = [];
  text = cutNotes(text, notes);
  return { text, notes, warnings };
}

function removeBoneyard(text: string, warnings: string[]): string {
  if (!text.includes('/*')) return text;
  const parts: string[] = [];
  let copied = 0;
  let depth = 0;
  let openAt = -1;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('/*', i);
    const close = depth > 0 ? text.indexOf('*/', i) : -1;
    if (depth === 0) {
      if (open < 0) break;
      depth = 1;
      openAt = open;
      i = open + 2;
      continue;
    }
    if (close < 0) break;
    if (open >= 0 && open < close) {
      depth++;
      i = open + 2;
      continue;
    }
    depth--;
    i = close + 2;
    if (depth === 0) {
      let start = openAt;
      let end = i;
      const lineStart = start === 0 || text[start - 1] === '\n';
      const lineEnd = end === text.length || text[end] === '\n';
      // A boneyard holding whole paragraphs stands for a paragraph break; one holding a few lines just vanishes.
      const paragraphs = lineStart && lineEnd && /\n[ \t]*\n/.test(text.slice(start, end));
      if (lineStart && lineEnd && end < text.length) end++;
      else if (lineStart && lineEnd && start > 0) start--;
      parts.push(text.slice(copied, start));
      if (paragraphs) parts.push('\n');
      copied = end;
    }
  }
  if (depth > 0) {
    warnings.push('A boneyard "/*" was never closed with "*/"; it was kept as text.');
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** True when `s` has an empty line (or one with a single space): notes may only keep a blank line written as "  ". */
function hasBlankLine(s: string, from: number, to: number): number {
  let i = s.indexOf('\n', from);
  while (i >= 0 && i < to) {
    let j = i + 1;
    while (j < to && (s[j] === ' ' || s[j] === '\t') && j - i - 1 < 2) j++;
    if (s[j] === '\n' && j - i - 1 < 2) return j;
    i = s.indexOf('\n', i + 1);
  }
  return -1;
}

/**
 * True when the text before `open` on its line is a scene heading ("EXT. MAST FARM - NIGHT[[..."). A heading is one
 * line, so a note opened on it can only be a note about the scene: it is read as one even when it spans a blank line
 * (converters from Final Draft write scene notes so), instead of leaking its first line into the heading.
 */
function opensOnHeading(text: string, open: number): boolean {
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  const before = text.slice(lineStart, open).trim();
  if (before === '' || before.includes(NOTE_MARK)) return false;
  // Fountain reads a heading only after a blank line (or at the top).
  const prevEnd = lineStart - 1;
  const prevStart = prevEnd > 0 ? text.lastIndexOf('\n', prevEnd - 1) + 1 : 0;
  if (prevEnd > 0 && text.slice(prevStart, prevEnd).trim() !== '') return false;
  return opensSceneHeading(before) || (before.startsWith('.') && /^\.[\p{L}\p{N}]/u.test(before));
}

function cutNotes(text: string, notes: string[]): string {
  if (!text.includes('[[')) return text;
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  // The next "]]" found so far: later searches start from it, so a run of unclosed "[[" costs one scan, not one each.
  let close = -1;
  for (;;) {
    const open = text.indexOf('[[', from);
    if (open < 0) break;
    if (close < open + 2) close = text.indexOf(']]', open + 2);
    if (close < 0) break; // no note can be closed after this point
    const blank = hasBlankLine(text, open + 2, close);
    if (blank >= 0 && !opensOnHeading(text, open)) {
      // Not a note; any note must start after that blank line.
      from = blank;
      continue;
    }
    parts.push(text.slice(copied, open), NOTE_MARK);
    notes.push(
      text
        .slice(open + 2, close)
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim(),
    );
    copied = close + 2;
    from = copied;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
