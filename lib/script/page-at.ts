// Which page holds a position in the script's text: notes, flags and exports name the page a line is on.
import type { Page } from './model';

/** Index of the last page starting at or before `offset` (pages are in text order), or -1 when none does. */
export function pageIndexAt(pages: readonly Page[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
