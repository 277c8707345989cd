// Finds text selected in the page inside a revision's script text, so a note made from the page gets real offsets:
// exact first, then with whitespace runs made equal (pages wrap and indent), then approximately.

import search from 'approx-string-match';

export interface LocatedQuote {
  start: number;
  end: number;
  how: 'exact' | 'whitespace' | 'fuzzy';
}

/** Longest selection located approximately: approximate matching costs grow with quote length times text length. */
const MAX_FUZZY_QUOTE = 400;

/**
 * Where `quote` (page text) is in `text` (script.text). `near` (an offset) breaks ties between repeats.
 * Undefined when it is not there even approximately (errors up to a quarter of its length).
 */
export function locateQuote(text: string, quote: string, near = 0): LocatedQuote | undefined {
  const q = quote.trim();
  if (!q) return undefined;
  const exact = nearestIndex(text, q, near);
  if (exact >= 0) return { start: exact, end: exact + q.length, how: 'exact' };

  const norm = normaliseWithMap(text);
  const nq = q.replace(/\s+/g, ' ');
  const at = nearestIndex(norm.text, nq, near);
  if (at >= 0) return { start: norm.map[at], end: norm.map[at + nq.length - 1] + 1, how: 'whitespace' };

  if (nq.length > MAX_FUZZY_QUOTE || nq.length < 4) return undefined;
  const maxErrors = Math.floor(nq.length / 4);
  const found = search(norm.text, nq, maxErrors);
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.errors - b.errors || Math.abs(a.start - near) - Math.abs(b.start - near));
  const best = found[0];
  return { start: norm.map[best.start], end: norm.map[best.end - 1] + 1, how: 'fuzzy' };
}

function nearestIndex(text: string, q: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}

/** The text with each whitespace run as one space, and the original offset of each character kept. */
function normaliseWithMap(text: string): { text: string; map: number[] } {
  const map: number[] = [];
  let out = '';
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
    if (space) {
      if (inSpace) continue;
      inSpace = true;
      out += ' ';
    } else {
      inSpace = false;
      out += ch;
    }
    map.push(i);
  }
  return { text: out, map };
}
