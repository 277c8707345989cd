// Scrolls the page to a quoted line and highlights it with the CSS Custom Highlight API (the page's DOM is not changed).

import { browser } from 'wxt/browser';

/** Runs in the page: finds `quote` in the text and highlights it. Self-contained (executeScript serialises it). */
function highlightInPage(quote: string): boolean {
  const want = quote.replace(/\s+/g, ' ').trim();
  if (!want || !document.body) return false;
  // Build a flat text of the page with the text node behind each character, whitespace collapsed like `want`.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; from: number }[] = [];
  let flat = '';
  const map: { node: Text; offset: number }[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    nodes.push({ node: n, from: flat.length });
    const data = n.data;
    for (let i = 0; i < data.length; i++) {
      const ch = /\s/.test(data[i]) ? ' ' : data[i];
      if (ch === ' ' && flat.endsWith(' ')) continue;
      flat += ch;
      map.push({ node: n, offset: i });
    }
  }
  const at = flat.indexOf(want);
  if (at < 0) return false;
  const start = map[at];
  const end = map[at + want.length - 1];
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (css?.highlights && HighlightCtor) {
    css.highlights.set('scriptside-reveal', new HighlightCtor(range));
    if (!document.getElementById('scriptside-reveal-style')) {
      const style = document.createElement('style');
      style.id = 'scriptside-reveal-style';
      style.textContent = '::highlight(scriptside-reveal){background-color:#ffd54f;color:#000}';
      document.head.append(style);
    }
  }
  start.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Scrolls the tab to the quoted text and highlights it; resolves false when the text is not in the page. */
export async function revealInPage(
  tabId: number,
  where: { quote: string; start?: number; end?: number },
): Promise<boolean> {
  try {
    const [r] = await browser.scripting.executeScript({
      target: { tabId },
      func: highlightInPage,
      args: [where.quote.slice(0, 20_000)],
    });
    return r?.result === true;
  } catch {
    return false;
  }
}
