// One answer to "what is this scene's number?" for every part of Scriptside (outline, palette `@`, Go to Scene, the
// pages, print, minutes, reports and CSV). Once a draft is locked its numbers (6A, 10B) live on the revision's laid-out
// pages, not in the script text, so a number counted from the elements alone would say 7 where the page says 6A.
import type { Page, Script } from './model';
import { lastStartingAt } from './page-at';

/** A scene heading and the number it carries in a revision. */
export interface SceneNumber {
  /** Index into script.elements of the heading. */
  element: number;
  /** The printed number: "6A" under a lock, the source's own "12", else its position "7". */
  number: string;
  heading: string;
  /** Offset of the heading in script.text. */
  start: number;
}

/**
 * The number of every scene heading of `script` as its revision shows and prints it, in script order: the number
 * printed beside the heading on `pages` (a locked draft's numbering is applied there, by lib/script/locking), else
 * the number the source gave it, else its position among the scenes (1, 2, 3 ...).
 */
export function sceneNumbers(script: Script, pages: readonly Page[]): SceneNumber[] {
  const printed = new Map<number, string>();
  for (const page of pages) {
    for (const line of page.lines) {
      // OMITTED lines carry the number of a scene that is gone; they belong to no element of this draft.
      if (line.sceneNumber === undefined || line.element === undefined || line.kind === 'omitted') continue;
      if (!printed.has(line.element)) printed.set(line.element, line.sceneNumber);
    }
  }
  const out: SceneNumber[] = [];
  script.elements.forEach((el, i) => {
    if (el.type !== 'scene_heading') return;
    out.push({
      element: i,
      number: printed.get(i) ?? el.sceneNumber ?? String(out.length + 1),
      heading: el.text,
      start: el.start,
    });
  });
  return out;
}

/**
 * Index of the scene holding `offset` (the last heading at or before it; scenes sorted by start), or -1 before the
 * first scene. The one answer for the outline, the note box, the minutes, the report and the CSV.
 */
export function sceneIndexAt(scenes: readonly { start: number }[], offset: number): number {
  return lastStartingAt(scenes, offset);
}

/** The scene holding `offset` (the last heading at or before it), or undefined before the first scene. */
export function sceneNumberAt(numbers: readonly SceneNumber[], offset: number): SceneNumber | undefined {
  const i = sceneIndexAt(numbers, offset);
  return i >= 0 ? numbers[i] : undefined;
}
