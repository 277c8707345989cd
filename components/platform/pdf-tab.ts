// Firefox shows a PDF in its own pdf.js viewer, a page no extension may script (Chrome's viewer can be read by the
// page reader). Reading such a tab fetches the tab's own URL instead, and keeps the body only if it is a PDF.

import { browser } from 'wxt/browser';

/** Schemes whose documents Scriptside may fetch again; never the browser's own pages. */
const FETCHABLE = /^(https?|file):/i;
/** The first bytes of every PDF file. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/**
 * Far above any script PDF (a 150-page script is about 1 MB, a scanned one tens of MB); the download stops there
 * rather than fill memory with whatever the URL serves.
 */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

/** The PDF shown in a tab that cannot be scripted: its URL, title and bytes, or undefined if it is not a PDF. */
export async function fetchPdfShownInTab(
  tabId: number,
): Promise<{ url: string; title: string; bytes: Uint8Array } | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  // tab.url is only visible with host access to the tab's site, which fetching it needs too.
  const url = tab?.url;
  if (!url || !FETCHABLE.test(url)) return undefined;
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'include' });
  } catch {
    return undefined;
  }
  if (!res.ok || !res.body) return undefined;
  const bytes = await readCapped(res.body, MAX_PDF_BYTES);
  if (!bytes || !PDF_MAGIC.every((b, i) => bytes[i] === b)) return undefined;
  return { url, title: tab?.title ?? '', bytes };
}

/** The whole stream, or undefined once it passes `max` bytes (the download is cancelled there). */
async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // Not a PDF from its first bytes: stop at once instead of downloading the rest.
    const notPdf =
      chunks.length === 0 && value.length >= PDF_MAGIC.length && !PDF_MAGIC.every((b, i) => value[i] === b);
    if (size > max || notPdf) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
