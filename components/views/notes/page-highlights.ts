// Highlights the lines notes are on in the tab's own document, with the CSS Custom Highlight API (the page's DOM is
// not changed). Uses its own highlight name, so the single "reveal" highlight of components/platform stays separate.
import { browser } from 'wxt/browser';

/** Runs in the page: highlights every quote found in its text. Self-contained (executeScript serialises it). */
function paintNotes(quotes: string[]): number {
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !HighlightCtor || !document.body) return 0;
  const map: { node: Text; offset: number }[] = [];
  let flat = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const data = n.data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i]);
      if (space && flat.endsWith(' ')) continue;
      flat += space ? ' ' : data[i];
      map.push({ node: n, offset: i });
    }
  }
  const ranges: Range[] = [];
  for (const q of quotes) {
    const want = q.replace(/\s+/g, ' ').trim();
    if (!want) continue;
    const at = flat.indexOf(want);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(map[at].node, map[at].offset);
    const end = map[at + want.length - 1];
    r.setEnd(end.node, end.offset + 1);
    ranges.push(r);
  }
  css.highlights.set('scriptside-notes', new HighlightCtor(...ranges));
  if (!document.getElementById('scriptside-notes-style')) {
    const style = document.createElement('style');
    style.id = 'scriptside-notes-style';
    style.textContent =
      '::highlight(scriptside-notes){background-color:rgba(255,213,79,.45);text-decoration:underline dotted}';
    document.head.append(style);
  }
  return ranges.length;
}

/** Highlights `quotes` in the tab (HTML pages; a PDF viewer or a page Scriptside may not read is left alone). */
export async function highlightNotesInPage(tabId: number, quotes: string[]): Promise<number> {
  try {
    const [r] = await browser.scripting.executeScript({
      target: { tabId },
      func: paintNotes,
      args: [quotes.slice(0, 2000).map((q) => q.slice(0, 2000))],
    });
    return typeof r?.result === 'number' ? r.result : 0;
  } catch {
    return 0;
  }
}
