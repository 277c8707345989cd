// Which page holds a position in the script's text: notes, flags and exports name the page a line is on. The same
// search answers "which scene" (lib/script/scene-numbers sceneIndexAt).
import type { Page } from './model';

/** Index of the last page starting at or before `offset` (pages are in text order), or -1 when none does. */
export function pageIndexAt(pages: readonly Page[], offset: number): number {
  return lastStartingAt(pages, offset);
}

/**
 * Label of the page holding `offset` (a PDF's own label, or the laid-out page's); `before` when no page starts at or
 * before it.
 */
export function pageLabelAt(pages: readonly Page[], offset: number, before = ''): string {
  const i = pageIndexAt(pages, offset);
  return i >= 0 ? pages[i].label : before;
}

/** Index of the last span starting at or before `offset` (spans sorted by start), or -1 when none does. */
export function lastStartingAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
