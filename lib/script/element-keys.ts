// Element keys for aligning drafts: what counts as "the same element" when cosmetic differences
// (re-wrapped lines, trailing or double spaces, curly quotes, line endings) are ignored.

import type { ScriptElement } from '../script/model';

const CURLY = /[\u2018\u2019\u201a\u201b\u2032]|[\u201c\u201d\u201e\u201f\u2033]/g;

/**
 * Matches when normalising would change the text: whitespace other than a plain space (by the regex engine's own
 * `\s`, the set `normaliseText` collapses), a curly quote, two spaces in a row, or a space at either end. One native
 * scan that stops at the first hit: most elements need no work, and a JavaScript loop over char codes costs several
 * times more.
 */
const NEEDS_NORMALISING = /[^\S ]|[\u2018-\u201f\u2032\u2033]| {2}|^ | $/;
const HAS_CURLY = /[\u2018-\u201f\u2032\u2033]/;
/** Whitespace runs other than a single plain space: the only ones collapsing changes. */
const ODD_SPACE_RUN = /[^\S ]\s*| \s+/g;

/** Curly quotes become straight ones; the text keeps its length, so offsets stay valid. */
export function straightenQuotes(text: string): string {
  return text.replace(CURLY, (c) => ('\u201c\u201d\u201e\u201f\u2033'.includes(c) ? '"' : "'"));
}

/** The text as compared when cosmetic changes are ignored: straight quotes, every whitespace run one space. */
export function normaliseText(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text;
  // Same as straightenQuotes(text).replace(/\s+/g, ' ').trim(), but single spaces are not matched and replaced by
  // themselves (a long speech has hundreds), and quotes are only straightened when there are any.
  return (HAS_CURLY.test(text) ? straightenQuotes(text) : text).replace(ODD_SPACE_RUN, ' ').trim();
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
  // Raw text -> number, per type: most elements recur verbatim in the other draft, and a raw hit skips normalising.
  const rawByType = new Map<string, Map<string, number>>();
  let next = 0;
  const intern = (el: Pick<ScriptElement, 'type' | 'text'>): number => {
    let raw = rawByType.get(el.type);
    if (!raw) rawByType.set(el.type, (raw = new Map()));
    let n = raw.get(el.text);
    if (n !== undefined) return n;
    let m = byType.get(el.type);
    if (!m) byType.set(el.type, (m = new Map()));
    const text = cosmetic ? el.text.replace(/\r\n?/g, '\n') : normaliseText(el.text);
    n = m.get(text);
    if (n === undefined) m.set(text, (n = next++));
    raw.set(el.text, n);
    return n;
  };
  return { a: a.map(intern), b: b.map(intern) };
}
