// Word-level differences inside one changed element, with offsets into each draft's script text.
// Only ever run on a pair of elements, never on a whole script (that is 25-200x slower).

import { diffArrays } from 'diff';
import { straightenQuotes } from '../script/element-keys';

/** A run of words added to the newer draft or removed from the older one. */
export interface WordSpan {
  kind: 'added' | 'removed';
  /** Offsets into `newer.text` for added words, into `older.text` for removed words. */
  start: number;
  end: number;
  text: string;
  /** Removed words only: the offset in `newer.text` where they were (the deletion point). */
  at?: number;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

// Words (letters, digits, apostrophes inside words) and single punctuation marks, like jsdiff's word tokens.
const WORD = /[\p{L}\p{N}_]+(?:['\u2019][\p{L}\p{N}_]+)*|[^\s\p{L}\p{N}_]/gu;
const WORD_OR_SPACE = /[\p{L}\p{N}_]+(?:['\u2019][\p{L}\p{N}_]+)*|\s+|[^\s\p{L}\p{N}_]/gu;

function tokens(text: string, cosmetic: boolean): Token[] {
  const out: Token[] = [];
  const src = cosmetic ? text : straightenQuotes(text);
  const re = cosmetic ? WORD_OR_SPACE : WORD;
  re.lastIndex = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    out.push({ key: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Diffs the words of two element texts. `olderBase`/`newerBase` are the elements' start offsets in their
 * scripts, so the spans point into each `script.text`. With `cosmetic` false, whitespace and quote style
 * are not words and never show as changes.
 */
export function diffElementWords(
  olderText: string,
  newerText: string,
  olderBase: number,
  newerBase: number,
  cosmetic = false,
): WordSpan[] {
  const a = tokens(olderText, cosmetic);
  const b = tokens(newerText, cosmetic);
  const spans: WordSpan[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
  )) {
    const n = part.count;
    if (part.removed) {
      const s = a[i].start;
      const e = a[i + n - 1].end;
      // The deletion point: just after the last newer word before it (or the element start).
      const at = newerBase + (j > 0 ? b[j - 1].end : 0);
      spans.push({
        kind: 'removed',
        start: olderBase + s,
        end: olderBase + e,
        text: olderText.slice(s, e),
        at,
      });
      i += n;
    } else if (part.added) {
      const s = b[j].start;
      const e = b[j + n - 1].end;
      spans.push({ kind: 'added', start: newerBase + s, end: newerBase + e, text: newerText.slice(s, e) });
      j += n;
    } else {
      i += n;
      j += n;
    }
  }
  return spans;
}

// Punctuation is left out of similarity: "INT. LAB - DAY" and "INT. OFFICE - NIGHT" share no more than "INT".
const ONLY_WORDS = /[\p{L}\p{N}_]+(?:['\u2019][\p{L}\p{N}_]+)*/gu;

/** Share of words two texts have in common (Dice coefficient over word multisets, punctuation ignored), 0..1. */
export function wordSimilarity(a: string, b: string): number {
  const wa = a.toLowerCase().match(ONLY_WORDS) ?? [];
  const wb = b.toLowerCase().match(ONLY_WORDS) ?? [];
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = counts.get(w);
    if (c) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** The words of a text, lower-cased and sorted, for repeated similarity checks (`sortedWordSimilarity`). */
export function sortedWords(text: string): string[] {
  return (text.toLowerCase().match(ONLY_WORDS) ?? []).sort();
}

/** `wordSimilarity` over two `sortedWords` lists: a merge, no maps, for scoring many pairs. */
export function sortedWordSimilarity(wa: string[], wb: string[]): number {
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < wa.length && j < wb.length) {
    if (wa[i] === wb[j]) {
      common++;
      i++;
      j++;
    } else if (wa[i] < wb[j]) i++;
    else j++;
  }
  return (2 * common) / (wa.length + wb.length);
}
