// Checks and normalisation every text parser applies to its input before reading it:
// size cap, empty input, binary garbage, byte-order mark, mixed line endings.

import { MAX_SOURCE_CHARS, ScriptError } from './model';

/**
 * Longest line (Fountain) or paragraph (FDX) read; the rest of it is dropped with a warning. A real script line is a
 * paragraph at most (a page is about 3,300 characters); the cap bounds what any later step can be made to do.
 */
export const MAX_LINE_CHARS = 10_000;

/**
 * Returns the text with any BOM removed and every line ending as '\n', or throws a ScriptError a user can read
 * (empty, too large, binary). `what` names the source in messages ("This Fountain file").
 */
export function normaliseInput(text: string, what = 'This file'): string {
  if (typeof text !== 'string') throw new ScriptError('not_script', `${what} could not be read as text.`);
  if (text.length > MAX_SOURCE_CHARS) {
    throw new ScriptError(
      'too_large',
      `${what} is too large to be a script (${Math.round(text.length / 1e6)} million characters).`,
    );
  }
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (looksBinary(t)) throw new ScriptError('binary', `${what} is not text: it looks like binary data.`);
  t = t.replace(/\r\n?/g, '\n');
  if (t.trim() === '') throw new ScriptError('empty', `${what} is empty.`);
  return t;
}

/** True when the sample has NUL bytes or many control characters (a binary file read as text). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}
