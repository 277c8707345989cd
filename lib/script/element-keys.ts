// Element keys for aligning drafts: what counts as "the same element" when cosmetic differences
// (re-wrapped lines, trailing or double spaces, curly quotes, line endings) are ignored.

import type { ScriptElement } from '../script/model';

const CURLY = /[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u201f\u2033]/g;

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isCurly(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201f) || c === 0x2032 || c === 0x2033;
}

/**
 * True when normalising would change the text (curly quotes, or whitespace other than single inner spaces).
 * One scan of char codes: most elements need no work, and regexes cost several times more here.
 */
function needsNormalising(text: string): boolean {
  const n = text.length;
  let prevSpace = true; // a leading space counts as odd
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && c > 32) {
      prevSpace = false;
      continue;
    }
    if (isCurly(c)) return true;
    if (isSpace(c)) {
      if (c !== 32 || prevSpace) return true;
      prevSpace = true;
    } else prevSpace = false;
  }
  return prevSpace && n > 0;
}

/** Curly quotes become straight ones; the text keeps its length, so offsets stay valid. */
export function straightenQuotes(text: string): string {
  return text.replace(CURLY, (c) => ('\u201c\u201d\u201e\u201f\u2033'.includes(c) ? '"' : "'"));
}

/** The text as compared when cosmetic changes are ignored: straight quotes, every whitespace run one space. */
export function normaliseText(text: string): string {
  if (!needsNormalising(text)) return text;
  return straightenQuotes(text).replace(/\s+/g, ' ').trim();
}

/** The comparison key of an element: its type and its (normalised, unless `cosmetic`) text. */
export function elementKey(el: Pick<ScriptElement, 'type' | 'text'>, cosmetic = false): string {
  return `${el.type}\u0000${cosmetic ? el.text.replace(/\r\n?/g, '\n') : normaliseText(el.text)}`;
}

/**
 * Interns the element keys of both drafts as small integers so the sequence diff compares numbers.
 * Equal keys get equal numbers across the two lists. One map per element type avoids building key strings.
 */
export function internElements(
  a: readonly Pick<ScriptElement, 'type' | 'text'>[],
  b: readonly Pick<ScriptElement, 'type' | 'text'>[],
  cosmetic = false,
): { a: number[]; b: number[] } {
  const byType = new Map<string, Map<string, number>>();
  let next = 0;
  const intern = (el: Pick<ScriptElement, 'type' | 'text'>): number => {
    let m = byType.get(el.type);
    if (!m) byType.set(el.type, (m = new Map()));
    const text = cosmetic ? el.text.replace(/\r\n?/g, '\n') : normaliseText(el.text);
    let n = m.get(text);
    if (n === undefined) m.set(text, (n = next++));
    return n;
  };
  return { a: a.map(intern), b: b.map(intern) };
}
