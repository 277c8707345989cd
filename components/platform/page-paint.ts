// Marks lines in the tab's own page: the notes' lines (when the user turns it on in the Notes view) and the line a
// "reveal" scrolls to. Only in the tab the script was read from (matched by its address), only on a user action, and
// invisible to the page's own scripts: nothing goes into the CSS highlight registry, the page's stylesheets or any
// element the page can read. The marks are boxes in a *closed* shadow root, created and kept from Scriptside's
// isolated world (the page sees one empty, zero-sized element and cannot look inside it).
import { browser } from 'wxt/browser';
import { sameDocument } from './fetch-pdf';

/** What to paint. */
export type PaintOp =
  { kind: 'notes'; quotes: string[] } | { kind: 'reveal'; quote: string } | { kind: 'clear' };

/**
 * Runs in the page's isolated world (executeScript serialises it: self-contained). Returns how many quotes were
 * found (notes), or whether the quote was found (reveal).
 */
function paintInPage(op: PaintOp): number | boolean {
  type State = {
    host: HTMLElement;
    layer: HTMLElement;
    notes: Range[];
    reveal: Range | null;
    timer: number;
    draw: () => void;
  };
  const g = globalThis as unknown as { __scriptsidePaint?: State };
  const locate = (quotes: string[]): (Range | null)[] => {
    if (!document.body) return quotes.map(() => null);
    const map: { node: Text; offset: number }[] = [];
    let flat = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentElement?.tagName;
      if (parent === 'SCRIPT' || parent === 'STYLE') continue;
      const data = n.data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        // Whitespace as the panel folds it (space, tab, line ends, no-break space), without a regex per character.
        const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160;
        if (space && flat.endsWith(' ')) continue;
        flat += space ? ' ' : data[i];
        map.push({ node: n, offset: i });
      }
    }
    return quotes.map((q) => {
      const want = q.replace(/\s+/g, ' ').trim();
      if (!want) return null;
      const at = flat.indexOf(want);
      if (at < 0) return null;
      const r = document.createRange();
      r.setStart(map[at].node, map[at].offset);
      const end = map[at + want.length - 1];
      r.setEnd(end.node, end.offset + 1);
      return r;
    });
  };
  let st = g.__scriptsidePaint;
  if (!st || !st.host.isConnected) {
    const host = document.createElement('div');
    host.style.cssText =
      'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;pointer-events:none;z-index:2147483647';
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent =
      '.n,.r{position:absolute;mix-blend-mode:multiply}' +
      '.n{background:rgba(255,213,79,.45);border-bottom:1px dotted #8a6d00}' +
      '.r{background:#ffd54f;outline:2px solid #b58900}';
    const layer = document.createElement('div');
    root.append(style, layer);
    document.documentElement.append(host);
    const state: State = {
      host,
      layer,
      notes: [],
      reveal: null,
      timer: 0,
      draw: () => {
        const boxes: HTMLElement[] = [];
        const add = (r: Range, cls: string) => {
          for (const rect of Array.from(r.getClientRects())) {
            const b = document.createElement('div');
            b.className = cls;
            b.style.left = `${rect.left + scrollX}px`;
            b.style.top = `${rect.top + scrollY}px`;
            b.style.width = `${rect.width}px`;
            b.style.height = `${rect.height}px`;
            boxes.push(b);
          }
        };
        for (const r of state.notes) add(r, 'n');
        if (state.reveal) add(state.reveal, 'r');
        state.layer.replaceChildren(...boxes);
      },
    };
    addEventListener('resize', () => state.draw());
    st = g.__scriptsidePaint = state;
  }
  const s = st;
  if (op.kind === 'clear') {
    s.notes = [];
    s.reveal = null;
    s.draw();
    return true;
  }
  if (op.kind === 'notes') {
    s.notes = locate(op.quotes).filter((r): r is Range => r !== null);
    s.draw();
    return s.notes.length;
  }
  const [range] = locate([op.quote]);
  if (!range) return false;
  s.reveal = range;
  s.draw();
  clearTimeout(s.timer);
  // A reveal is a moment's pointer, not a lasting mark.
  s.timer = setTimeout(() => {
    s.reveal = null;
    s.draw();
  }, 4000) as unknown as number;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** True when the tab shows the page the script was read from (same address but for the #fragment). */
export async function isSourceTab(tabId: number, sourceUrl: string | undefined): Promise<boolean> {
  if (!sourceUrl) return false;
  try {
    const url = (await browser.tabs.get(tabId)).url;
    return !!url && sameDocument(url, sourceUrl);
  } catch {
    return false;
  }
}

/** Paints in the tab when it is the script's source page; resolves to the page function's answer, or false. */
export async function paintInTab(
  tabId: number,
  sourceUrl: string | undefined,
  op: PaintOp,
): Promise<number | boolean> {
  if (op.kind !== 'clear' && !(await isSourceTab(tabId, sourceUrl))) return false;
  const arg: PaintOp =
    op.kind === 'notes'
      ? { kind: 'notes', quotes: op.quotes.slice(0, 2000).map((q) => q.slice(0, 2000)) }
      : op.kind === 'reveal'
        ? { kind: 'reveal', quote: op.quote.slice(0, 20_000) }
        : op;
  try {
    const [r] = await browser.scripting.executeScript({ target: { tabId }, func: paintInPage, args: [arg] });
    return typeof r?.result === 'number' || typeof r?.result === 'boolean' ? r.result : false;
  } catch {
    return false;
  }
}
