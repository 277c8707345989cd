// Marks lines in the tab's own page: the notes' lines (when the user turns it on in the Notes view) and the line a
// "reveal" scrolls to. Only in the tab the script was read from (matched by its address), only on a user action, and
// invisible to the page's own scripts: nothing goes into the CSS highlight registry, the page's stylesheets or any
// element the page can read. The marks are boxes in a *closed* shadow root, created and kept from Scriptside's
// isolated world (the page sees one empty, zero-sized element and cannot look inside it).
import { browser } from 'wxt/browser';
import { sameDocument } from './fetch-pdf';
import { tabUrlOf } from './tab-url';

/** What to paint. */
export type PaintOp =
  { kind: 'notes'; quotes: string[] } | { kind: 'reveal'; quote: string } | { kind: 'clear' };

/**
 * Runs in the page's isolated world (executeScript serialises it: self-contained). Returns how many quotes were
 * found (notes), or whether the quote was found (reveal).
 */
function paintInPage(op: PaintOp): number | boolean {
  /** A found quote: the text nodes it spans, from `start` in the first to `end` in the last. */
  type Mark = { nodes: Text[]; start: number; end: number };
  type State = {
    host: HTMLElement;
    layer: HTMLElement;
    revealLayer: HTMLElement;
    notes: Mark[];
    reveal: Mark | null;
    timer: number;
    draw: () => void;
  };
  const g = globalThis as unknown as { __scriptsidePaint?: State };
  const locate = (quotes: string[]): (Mark | null)[] => {
    if (!document.body) return quotes.map(() => null);
    const texts: Text[] = [];
    const map: { node: number; offset: number }[] = [];
    let flat = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const parent = n.parentElement?.tagName;
      if (parent === 'SCRIPT' || parent === 'STYLE') continue;
      texts.push(n);
      const data = n.data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        // Whitespace as the panel folds it (space, tab, line ends, no-break space), without a regex per character.
        const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160;
        if (space && flat.endsWith(' ')) continue;
        flat += space ? ' ' : data[i];
        map.push({ node: texts.length - 1, offset: i });
      }
    }
    return quotes.map((q) => {
      const want = q.replace(/\s+/g, ' ').trim();
      if (!want) return null;
      const at = flat.indexOf(want);
      if (at < 0) return null;
      const first = map[at];
      const last = map[at + want.length - 1];
      return { nodes: texts.slice(first.node, last.node + 1), start: first.offset, end: last.offset + 1 };
    });
  };
  /** The marks' text line boxes in page coordinates, each drawn once. */
  const boxesOf = (marks: Mark[]): HTMLElement[] => {
    const seen = new Set<string>();
    const out: HTMLElement[] = [];
    for (const m of marks) {
      m.nodes.forEach((n, i) => {
        if (!n.isConnected) return;
        const part = document.createRange();
        part.setStart(n, i === 0 ? Math.min(m.start, n.length) : 0);
        part.setEnd(n, i === m.nodes.length - 1 ? Math.min(m.end, n.length) : n.length);
        for (const rect of Array.from(part.getClientRects())) {
          const left = rect.left + scrollX;
          const top = rect.top + scrollY;
          const key = `${Math.round(left)},${Math.round(top)},${Math.round(rect.width)}`;
          if (rect.width === 0 || seen.has(key)) continue;
          seen.add(key);
          const b = document.createElement('div');
          b.style.left = `${left}px`;
          b.style.top = `${top}px`;
          b.style.width = `${rect.width}px`;
          b.style.height = `${rect.height}px`;
          out.push(b);
        }
      });
    }
    return out;
  };
  let st = g.__scriptsidePaint;
  if (!st || !st.host.isConnected) {
    const host = document.createElement('div');
    host.style.cssText =
      'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;pointer-events:none;z-index:2147483647';
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // Each layer is drawn solid and blended as a whole (group opacity), so overlapping notes do not darken the text.
    style.textContent =
      '.l{position:absolute;top:0;left:0;mix-blend-mode:multiply}' +
      '.n{opacity:.45}.n div{position:absolute;background:#ffd54f;border-bottom:1px dotted #8a6d00}' +
      '.r{opacity:.8}.r div{position:absolute;background:#ffd54f;outline:2px solid #b58900}';
    const layer = document.createElement('div');
    layer.className = 'l n';
    const revealLayer = document.createElement('div');
    revealLayer.className = 'l r';
    root.append(style, layer, revealLayer);
    document.documentElement.append(host);
    const state: State = {
      host,
      layer,
      revealLayer,
      notes: [],
      reveal: null,
      timer: 0,
      draw: () => {
        state.layer.replaceChildren(...boxesOf(state.notes));
        state.revealLayer.replaceChildren(...boxesOf(state.reveal ? [state.reveal] : []));
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
    s.notes = locate(op.quotes).filter((m): m is Mark => m !== null);
    s.draw();
    return s.notes.length;
  }
  const [mark] = locate([op.quote]);
  if (!mark) return false;
  s.reveal = mark;
  s.draw();
  clearTimeout(s.timer);
  // A reveal is a moment's pointer, not a lasting mark.
  s.timer = setTimeout(() => {
    s.reveal = null;
    s.draw();
  }, 4000) as unknown as number;
  mark.nodes[0].parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** True when the tab shows the page the script was read from (same address but for the #fragment). */
export async function isSourceTab(tabId: number, sourceUrl: string | undefined): Promise<boolean> {
  if (!sourceUrl) return false;
  const url = await tabUrlOf(tabId);
  return !!url && sameDocument(url, sourceUrl);
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
