// A note's text in a room is a Y.Text: a local edit goes in as the few inserts and deletes that turn the text the
// panel last knew into the text it has now, so two assistants editing one note both keep their words. Replacing the
// whole text instead would make one assistant's version win and the other's words vanish.
import { diffChars } from 'diff';
import type * as Y from 'yjs';

/**
 * Past this many changed characters the character diff gives up (it is quadratic in the edit size) and the changed
 * middle is replaced as one block: a paste of a whole new page into a note, where merging letter by letter means
 * nothing anyway.
 */
export const MAX_DIFF_EDIT = 2_000;

/** One step that turns `before` into `after`: at `at` (an offset in `before`), delete `remove` chars, insert `insert`. */
export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

/** The edits that turn `before` into `after`, in order of position: a shared prefix and suffix, a diff between. */
export function textEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  const oldMid = before.slice(head, before.length - tail);
  const newMid = after.slice(head, after.length - tail);
  if (!oldMid || !newMid) return [{ at: head, remove: oldMid.length, insert: newMid }];
  const parts = diffChars(oldMid, newMid, { maxEditLength: MAX_DIFF_EDIT });
  if (!parts) return [{ at: head, remove: oldMid.length, insert: newMid }];
  const edits: TextEdit[] = [];
  let at = head;
  for (const part of parts) {
    if (part.added) {
      const last = edits[edits.length - 1];
      // A removal straight followed by an addition is one replacement at the same place.
      if (last && last.at + last.remove === at && last.insert === '') last.insert = part.value;
      else edits.push({ at, remove: 0, insert: part.value });
    } else if (part.removed) {
      edits.push({ at, remove: part.value.length, insert: '' });
      at += part.value.length;
    } else {
      at += part.value.length;
    }
  }
  return edits;
}

/**
 * Maps each offset of `base` to the offset of the same place in `current`, the text the room has now (which may have
 * moved on with other assistants' edits since `base`). Offsets inside a stretch another assistant replaced map to
 * the end of their replacement, so a local insertion there lands after the other's words rather than inside them.
 */
function offsetMap(base: string, current: string): (offset: number) => number {
  const edits = textEdits(base, current);
  return (offset) => {
    let shift = 0;
    for (const e of edits) {
      if (offset < e.at) break;
      if (offset < e.at + e.remove) return e.at + shift + e.insert.length;
      // An insertion exactly at the offset stays before it: the other's words come first, ours after.
      shift += e.insert.length - e.remove;
    }
    return offset + shift;
  };
}

/**
 * Applies the local change `base` -> `local` to `text` (a Y.Text that may hold other assistants' edits made since
 * `base`), as minimal inserts and deletes. Call inside a Y transaction. Returns whether anything changed.
 */
export function applyTextChange(text: Y.Text, base: string, local: string): boolean {
  const edits = textEdits(base, local);
  if (edits.length === 0) return false;
  const current = text.toString();
  const map = current === base ? (o: number) => o : offsetMap(base, current);
  // From the end backwards, so earlier offsets stay valid as later edits are made.
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i];
    const from = map(e.at);
    const to = e.remove > 0 ? Math.max(from, map(e.at + e.remove)) : from;
    if (to > from) text.delete(from, Math.min(to, text.length) - from);
    if (e.insert) text.insert(Math.min(from, text.length), e.insert);
  }
  return true;
}
