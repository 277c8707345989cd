// Anchors: what a note or flag is attached to, as plain data (a quote with its context and its position), in the
// shape Hypothesis uses (TextQuoteSelector + TextPositionSelector) so it survives edits and serialises as is.

import type { StoredAnchor } from './types';
import type { Script } from '../script/model';

/** A note's or flag's anchor: the quoted text, 32 characters either side, its offsets and its element's id. */
export type Anchor = StoredAnchor;

/** Characters of context kept before and after the quote. */
export const CONTEXT_CHARS = 32;

/** Longest quote an anchor may hold: longer selections are a scene, not a passage, and make matching slow. */
export const MAX_QUOTE_CHARS = 2000;

export type AnchorErrorReason = 'empty' | 'too_long' | 'out_of_range' | 'splits_character';

/** Why an anchor could not be made. `message` is a sentence for the user. */
export class AnchorError extends Error {
  readonly reason: AnchorErrorReason;
  constructor(reason: AnchorErrorReason, message: string) {
    super(message);
    this.name = 'AnchorError';
    this.reason = reason;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair (inside one emoji, say). */
export function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** The context before `start`, without a lone low surrogate at its first character. */
function prefixBefore(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (splitsPair(text, from)) from++;
  return text.slice(from, start);
}

/** The context after `end`, without a lone high surrogate at its last character. */
function suffixAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (splitsPair(text, to)) to--;
  return text.slice(end, to);
}

/** Index of the element containing `offset` (or the one after it when it falls in a separator), by binary search. */
export function elementIndexAt(script: Script, offset: number): number {
  const els = script.elements;
  let lo = 0;
  let hi = els.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (els[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Makes the anchor for `script.text.slice(start, end)`. Throws an AnchorError for an empty quote, a quote over
 * MAX_QUOTE_CHARS, offsets outside the text, or offsets that cut a character (surrogate pair) in half.
 */
export function anchorAt(script: Script, start: number, end: number): Anchor {
  const text = script.text;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new AnchorError('out_of_range', `That selection (${start}-${end}) is outside the script text.`);
  }
  if (start === end) throw new AnchorError('empty', 'Select some script text to attach this to.');
  if (end - start > MAX_QUOTE_CHARS) {
    throw new AnchorError(
      'too_long',
      `That selection is ${end - start} characters long; attach notes to at most ${MAX_QUOTE_CHARS} characters.`,
    );
  }
  if (splitsPair(text, start) || splitsPair(text, end)) {
    throw new AnchorError('splits_character', 'That selection starts or ends in the middle of a character.');
  }
  const exact = text.slice(start, end);
  if (exact.trim() === '') throw new AnchorError('empty', 'Select some script text, not only blank space.');
  const anchor: Anchor = {
    exact,
    prefix: prefixBefore(text, start),
    suffix: suffixAfter(text, end),
    start,
    end,
  };
  if (script.elements.length > 0) {
    const el = script.elements[elementIndexAt(script, start)];
    if (el && el.start <= start && start < el.end) anchor.elementId = el.id;
  }
  return anchor;
}
