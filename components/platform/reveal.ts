// Scrolls the script's source page to a quoted line and marks it for a moment (components/platform/page-paint.ts:
// only in the tab the script was read from, invisible to the page's scripts).
import { paintInTab } from './page-paint';

/** Reveals the quote in the tab when the tab is the script's source; resolves false otherwise or when not found. */
export async function revealInPage(
  tabId: number,
  where: { quote: string; start?: number; end?: number; sourceUrl?: string },
): Promise<boolean> {
  return (await paintInTab(tabId, where.sourceUrl, { kind: 'reveal', quote: where.quote })) === true;
}
