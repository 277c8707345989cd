// Scoring a candidate place for a quote in the new text, Hypothesis-style (named weights for quote, prefix,
// suffix and position), and the two searches: every exact occurrence, and approximate matches in a window.

import search from 'approx-string-match';
import type { Anchor } from './selectors';
import { splitsPair } from './selectors';

/** Weights of the parts of a match's score, as in the Hypothesis client. */
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** A place in the new text with how well it fits the anchor. */
export interface Candidate {
  start: number;
  end: number;
  /** 1 for the exact quote, 1 - errors/length for an approximate one. */
  quote: number;
  /** Share of the anchor's prefix (suffix) found right before (after) the candidate, 0..1. */
  prefix: number;
  suffix: number;
  /** Weighted total, 0..1. */
  score: number;
}

/** Share of `want` that ends right at `at` in `text`, counted from the quote outwards. */
export function prefixMatch(text: string, at: number, want: string): number {
  if (want.length === 0) return at === 0 ? 1 : 0.5;
  let n = 0;
  while (
    n < want.length &&
    at - 1 - n >= 0 &&
    text.charCodeAt(at - 1 - n) === want.charCodeAt(want.length - 1 - n)
  )
    n++;
  return n / want.length;
}

/** Share of `want` that starts right at `at` in `text`. */
export function suffixMatch(text: string, at: number, want: string): number {
  if (want.length === 0) return at === text.length ? 1 : 0.5;
  let n = 0;
  while (n < want.length && at + n < text.length && text.charCodeAt(at + n) === want.charCodeAt(n)) n++;
  return n / want.length;
}

/** Scores the place [start, end) for the anchor, given where the anchor was expected (`expected`). */
export function scoreCandidate(
  text: string,
  anchor: Anchor,
  start: number,
  end: number,
  quote: number,
  expected: number,
): Candidate {
  const prefix = prefixMatch(text, start, anchor.prefix);
  const suffix = suffixMatch(text, end, anchor.suffix);
  const position = text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - expected) / text.length);
  const score =
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) /
    TOTAL_WEIGHT;
  return { start, end, quote, prefix, suffix, score };
}

/** Every exact occurrence of the quote in `text` (capped: a quote found hundreds of times says little by itself). */
export function exactOccurrences(text: string, quote: string, cap = 2000): number[] {
  const out: number[] = [];
  let at = text.indexOf(quote);
  while (at !== -1 && out.length < cap) {
    out.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return out;
}

/**
 * Approximate matches of the quote inside text[from, to), at most `maxErrors` edits, best first as scored.
 * Match ends are moved off the middle of a surrogate pair.
 */
export function approximateMatches(
  text: string,
  anchor: Anchor,
  from: number,
  to: number,
  maxErrors: number,
  expected: number,
): Candidate[] {
  const quote = anchor.exact;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo < 1) return [];
  const found = search(text.slice(lo, hi), quote, maxErrors);
  const out: Candidate[] = [];
  for (const m of found) {
    let s = lo + m.start;
    let e = lo + m.end;
    if (splitsPair(text, s)) s--;
    if (splitsPair(text, e)) e++;
    if (e <= s) continue;
    out.push(scoreCandidate(text, anchor, s, e, 1 - Math.min(1, m.errors / quote.length), expected));
  }
  out.sort((x, y) => y.score - x.score);
  return out;
}
