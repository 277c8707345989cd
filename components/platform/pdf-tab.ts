// Firefox shows a PDF in its own pdf.js viewer, a page no extension may script (Chrome's viewer can be read by the
// page reader). Reading such a tab fetches the tab's own URL instead, and keeps the body only if it is a PDF.

import { browser } from 'wxt/browser';
import { ScriptError } from '../../lib/script/model';
import { fetchTabPdf, MAX_PDF_BYTES } from './fetch-pdf';

/** Schemes whose documents Scriptside may fetch again; never the browser's own pages. */
const FETCHABLE = /^(https?|file):/i;

export { MAX_PDF_BYTES };

/**
 * The PDF shown in a tab that cannot be scripted: its URL, title and bytes, or undefined if it is not a PDF (or
 * cannot be downloaded). Fetched by fetchTabPdf: the tab's own URL only, streamed with the byte cap; a PDF over the
 * cap throws a ScriptError saying so.
 */
export async function fetchPdfShownInTab(
  tabId: number,
  signal?: AbortSignal,
): Promise<{ url: string; title: string; bytes: Uint8Array } | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  // tab.url is only visible with host access to the tab's site, which fetching it needs too.
  const url = tab?.url;
  if (!url || !FETCHABLE.test(url)) return undefined;
  try {
    const bytes = await fetchTabPdf(url, { tabUrl: url, signal });
    return { url, title: tab?.title ?? '', bytes };
  } catch (e) {
    if (e instanceof ScriptError && (e.code === 'too_large' || e.code === 'cancelled')) throw e;
    return undefined;
  }
}
