// Where a block of wrapped lines may break across a page: at a sentence end if possible (re-wrapping the rest),
// else between lines. Pagination uses it for long action and for dialogue that must continue with (MORE).

import { lastSentenceEnd, wrapRange, type TextRange } from './layout';

/** The lines that stay on this page and the (re-wrapped) lines that go to the next. */
export interface LineSplit {
  first: TextRange[];
  rest: TextRange[];
}

export interface SplitRules {
  /** Most lines that fit on this page. */
  maxFirst: number;
  /** Fewest lines of the block on each side of the break. */
  minBefore: number;
  minAfter: number;
  /** Wrap width of the block, to re-wrap what follows a mid-line sentence end. */
  width: number;
  /** End offset of the element in the script text. */
  end: number;
  /**
   * Break between any two lines when no sentence ends at a usable place, and count hard line breaks as sentence
   * ends (action); dialogue may do neither.
   */
  betweenLines: boolean;
}

/**
 * Splits `lines` (one element's wrapped lines, offsets into `text`) by `rules`, preferring the latest sentence end
 * that keeps the most text on this page. Returns null when no break obeys the rules.
 */
export function splitLines(text: string, lines: TextRange[], rules: SplitRules): LineSplit | null {
  const n = lines.length;
  const top = Math.min(rules.maxFirst, n - rules.minAfter);
  for (let k = top; k >= rules.minBefore; k--) {
    const last = lines[k - 1];
    const p = lastSentenceEnd(text, last.start, last.end, rules.betweenLines);
    if (p <= last.start) continue;
    if (p >= last.end) {
      // The sentence ends with the line: no re-wrap needed.
      return { first: lines.slice(0, k), rest: lines.slice(k) };
    }
    let e = p;
    while (e > last.start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    let s = p;
    while (s < rules.end && (text[s] === ' ' || text[s] === '\t')) s++;
    if (s < rules.end && text[s] === '\n') s++;
    if (s >= rules.end) continue;
    const rest = wrapRange(text, s, rules.end, rules.width);
    if (rest.length < rules.minAfter) continue;
    const first = lines.slice(0, k - 1);
    first.push({ start: last.start, end: e });
    return { first, rest };
  }
  if (rules.betweenLines && top >= rules.minBefore)
    return { first: lines.slice(0, top), rest: lines.slice(top) };
  return null;
}
