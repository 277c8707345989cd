// Element keys for aligning drafts: what counts as "the same element" when cosmetic differences
// (re-wrapped lines, trailing or double spaces, curly quotes, line endings) are ignored.

import type { ScriptElement } from '../script/model';

const HAS_CURLY = /[\u2018-\u201f\u2032\u2033]/;
// Whitespace other than single inner spaces: the only case where normalising has work to do.
const ODD_SPACE = /\s\s|[^\S ]|^\s|\s$/;
const CURLY = /[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u201f\u2033]/g;

/** Curly quotes become straight ones; the text keeps its length, so offsets stay valid. */
export function straightenQuotes(text: string): string {
  if (!HAS_CURLY.test(text)) return text;
  return text.replace(CURLY, (c) => ('\u201c\u201d\u201e\u201f\u2033'.includes(c) ? '"' : "'"));
}

/** The text as compared when cosmetic changes are ignored: straight quotes, every whitespace run one space. */
export function normaliseText(text: string): string {
  const t = straightenQuotes(text);
  return ODD_SPACE.test(t) ? t.replace(/\s+/g, ' ').trim() : t;
}

/** The comparison key of an element: its type and its (normalised, unless `cosmetic`) text. */
export function elementKey(el: Pick<ScriptElement, 'type' | 'text'>, cosmetic = false): string {
  return `${el.type}\u0000${cosmetic ? el.text.replace(/\r\n?/g, '\n') : normaliseText(el.text)}`;
}

/**
 * Interns keys of both drafts as small integers so the sequence diff compares numbers, not strings.
 * Equal keys get equal numbers across the two lists.
 */
export function internKeys(a: string[], b: string[]): { a: number[]; b: number[] } {
  const ids = new Map<string, number>();
  const intern = (k: string): number => {
    let n = ids.get(k);
    if (n === undefined) {
      n = ids.size;
      ids.set(k, n);
    }
    return n;
  };
  return { a: a.map(intern), b: b.map(intern) };
}
