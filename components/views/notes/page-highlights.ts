// Marks the lines notes are on in the script's source page, when the user turns it on in the Notes view
// (components/platform/page-paint.ts: only in the source tab, invisible to the page's scripts).
import { paintInTab } from '../../platform/page-paint';

/** Marks `quotes` in the tab (HTML pages it was read from); resolves to how many were found. */
export async function highlightNotesInPage(
  tabId: number,
  sourceUrl: string | undefined,
  quotes: string[],
): Promise<number> {
  const r = await paintInTab(tabId, sourceUrl, { kind: 'notes', quotes });
  return typeof r === 'number' ? r : 0;
}

/** Removes the notes' marks from the tab. */
export async function clearNotesInPage(tabId: number): Promise<void> {
  await paintInTab(tabId, undefined, { kind: 'clear' });
}
