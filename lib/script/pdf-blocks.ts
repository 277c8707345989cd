// How a PDF page's lines fall into runs (lines with no blank line between them) and where a run holds more than
// one element: the column bands a cue, a speech, a heading and a transition occupy, and the splits they imply.

import type { BodyLine } from './pdf-furniture';
import { cueText, isCaps, isHeadingLine, TRANSITION_END_RE } from './pdf-conventions';

/**
 * Indents, in characters from the margin, that tell a cue and its speech apart by position alone (any language).
 * A cue starts at least CUE_MIN_COL in (3.5"-3.7" from the paper edge is 20-22 characters; a script whose only
 * frequent column is the dialogue column puts its cues about 10 in), and its first speech line starts at least
 * SPEECH_STEP_COLS left of it. COLUMN_SLACK absorbs the fractions of a point drivers add to every position.
 */
export const CUE_MIN_COL = 8;
export const SPEECH_STEP_COLS = 2;
/**
 * A speech starts no further in than this: dialogue is 10-13 characters from the margin and parentheticals 15-19
 * (Fade In sets them wider than Final Draft); captions set right in stacked lines ("ON THE REVVING / OF THE
 * ENGINE WE", from about 40 in) also step left, but far out.
 */
export const MAX_SPEECH_COL = 24;
export const COLUMN_SLACK = 0.5;
/** Headings and action start within this many characters of the margin. */
export const MARGIN_COLS = 3;
/** A transition starts at least this far in (they are set right, from 6" on the paper). */
export const TRANSITION_MIN_COL = 20;

/**
 * Splits a run of lines with no blank line between them where a new element plainly starts: at a scene heading
 * printed right under a line ("TITLES: ONE WEEK LATER..." above "INT. STUDY ROOM - NIGHT"), after a transition
 * printed right above the next line ("CUT TO:" over "INT. HALL"), at a cue with its speech printed right under
 * an action or speech line, and at action printed right under a speech. Wrapped text never looks like these: a
 * heading opening must be in capitals at the margin, a transition set right and ending as transitions end, a cue
 * indented with its speech stepping back left.
 */
export function splitRuns(blocks: number[][], lines: readonly BodyLine[]): void {
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    for (let k = 1; k < block.length; k++) {
      const prev = lines[block[k - 1]];
      const line = lines[block[k]];
      const heading = line.col < MARGIN_COLS && isHeadingLine(line.text);
      const afterTransition =
        prev.col >= TRANSITION_MIN_COL && isCaps(prev.text) && TRANSITION_END_RE.test(prev.text.trim());
      // A cue right under an action or speech line or a dual dialogue's right column (the writer's software
      // squeezed out the blank line), its speech under it. It starts in another column than the line above (a
      // two-line cue continues its own column); parentheticals are never cue text.
      const next = k + 1 < block.length ? lines[block[k + 1]] : undefined;
      const cueAfterLine =
        Math.abs(prev.col - line.col) >= SPEECH_STEP_COLS - COLUMN_SLACK &&
        line.segments.length === 1 &&
        next !== undefined &&
        line.col >= CUE_MIN_COL - COLUMN_SLACK &&
        cueText(line.text) &&
        next.col >= MARGIN_COLS &&
        next.col <= Math.min(line.col - SPEECH_STEP_COLS, MAX_SPEECH_COL) + COLUMN_SLACK;
      // Action back at the margin right under a speech line: the speech has ended. (Not in dual dialogue, whose
      // left speech may start at the margin, and not right under the cue: a cue has a speech.)
      const cue = lines[block[0]];
      const actionAfterSpeech =
        k >= 2 &&
        cue.segments.length === 1 &&
        line.col < MARGIN_COLS &&
        prev.col >= MARGIN_COLS &&
        prev.col <= MAX_SPEECH_COL + COLUMN_SLACK &&
        cue.col >= CUE_MIN_COL - COLUMN_SLACK;
      if (heading || afterTransition || cueAfterLine || actionAfterSpeech) {
        blocks.splice(b + 1, 0, block.splice(k));
        break;
      }
    }
  }
}
