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
 * FNV-1a hash of `normaliseText(text)`, computed in one scan without building the normalised string: quotes
 * straightened, leading and trailing whitespace dropped, every inner whitespace run hashed as one space.
 */
export function normalisedTextHash(text: string): number {
  let h = 0x811c9dc5;
  let started = false;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) {
      if (isSpace(c)) {
        pendingSpace = started;
        continue;
      }
      if (isCurly(c)) c = (c >= 0x201c && c <= 0x201f) || c === 0x2033 ? 34 : 39;
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 32, 0x01000193);
      pendingSpace = false;
    }
    h = Math.imul(h ^ c, 0x01000193);
    started = true;
  }
  return h >>> 0;
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
  // Raw text -> number, per type: most elements recur verbatim in the other draft, and a raw hit costs one lookup.
  const rawByType = new Map<string, Map<string, number>>();
  // Otherwise the normalised text decides, found by its hash (no string built) and confirmed by normaliseText
  // itself when a hash is shared, which happens only for cosmetic variants of one text or a rare collision.
  const byHash = new Map<string, Map<number, { text: string; n: number }[]>>();
  const byCosmeticText = new Map<string, Map<string, number>>();
  let next = 0;
  const keyOf = (type: string, text: string): number => {
    if (cosmetic) {
      let m = byCosmeticText.get(type);
      if (!m) byCosmeticText.set(type, (m = new Map()));
      const key = text.replace(/\r\n?/g, '\n');
      let n = m.get(key);
      if (n === undefined) m.set(key, (n = next++));
      return n;
    }
    let m = byHash.get(type);
    if (!m) byHash.set(type, (m = new Map()));
    const h = normalisedTextHash(text);
    const bucket = m.get(h);
    if (!bucket) {
      m.set(h, [{ text, n: next }]);
      return next++;
    }
    const norm = normaliseText(text);
    for (const other of bucket) if (normaliseText(other.text) === norm) return other.n;
    bucket.push({ text, n: next });
    return next++;
  };
  const intern = (el: Pick<ScriptElement, 'type' | 'text'>): number => {
    let raw = rawByType.get(el.type);
    if (!raw) rawByType.set(el.type, (raw = new Map()));
    let n = raw.get(el.text);
    if (n === undefined) raw.set(el.text, (n = keyOf(el.type, el.text)));
    return n;
  };
  return { a: a.map(intern), b: b.map(intern) };
}
