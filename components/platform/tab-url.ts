// A tab's address, as the browser tells it: only for a tab Scriptside may read (activeTab or the optional host
// permission), else undefined. One place for the panel following its tab, the PDF fetch and the page marks.
import { browser } from 'wxt/browser';

/** The tab's URL, or undefined when the tab is gone or its address is not Scriptside's to know. */
export async function tabUrlOf(tabId: number | undefined): Promise<string | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return (await browser.tabs.get(tabId)).url || undefined;
  } catch {
    return undefined;
  }
}
