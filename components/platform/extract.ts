// Reads a script out of a web page. `readThisDocument` runs in the page (injected on demand with
// scripting.executeScript, so it must not use anything outside its own body) and in the panel on HTML files.

import type { PageExtract } from '../../lib/reading/page-extract';
import type { PageBlock } from '../../lib/script/blocks';

/**
 * Extracts the page's script: a PDF's URL, the largest <pre> (IMSDb style), one block per formatted element
 * (screenplain and similar), or the body's text. Self-contained on purpose: executeScript serialises the function.
 * `docArg` is a parsed HTML file; without it the current page is read.
 */
export function readThisDocument(docArg?: Document, urlArg?: string): PageExtract {
  const doc = docArg ?? document;
  const url = urlArg ?? doc.location?.href ?? '';
  const title = (doc.title || '').slice(0, 8000);
  const contentType = doc.contentType || 'text/html';
  const MAX = 8_000_000;
  const view = doc.defaultView;
  const rendered = !docArg && !!view;
  const base = { url: url.slice(0, 8000), title, contentType };

  // A PDF only when the tab itself is one: the browser's viewer (its document is the PDF, or holds nothing but the
  // viewer's own embed). A web page that embeds some other PDF is read as a page, never fetched as a PDF.
  const only = doc.body?.children.length === 1 ? doc.body.children[0] : undefined;
  const viewerEmbed =
    !!only &&
    only.tagName.toLowerCase() === 'embed' &&
    only.getAttribute('type') === 'application/pdf' &&
    ['', 'about:blank', url].includes(only.getAttribute('src') ?? '');
  if (contentType === 'application/pdf' || viewerEmbed) {
    return { ...base, kind: 'pdf' };
  }
  const body = doc.body;
  if (!body) return { ...base, kind: 'text', text: '' };
  if (contentType === 'text/plain') {
    return { ...base, kind: 'text', text: (body.textContent ?? '').slice(0, MAX) };
  }

  const textOf = (el: Element): string => {
    if (rendered) return (el as HTMLElement).innerText ?? '';
    // No layout in a parsed file: walk text nodes, <br> is a line break, whitespace collapses outside <pre>.
    let out = '';
    const walk = (n: Node, pre: boolean) => {
      n.childNodes.forEach((c) => {
        if (c.nodeType === 3) out += pre ? (c.nodeValue ?? '') : (c.nodeValue ?? '').replace(/\s+/g, ' ');
        else if (c.nodeType === 1) {
          const tag = (c as Element).tagName.toLowerCase();
          if (tag === 'br') out += '\n';
          else if (tag !== 'script' && tag !== 'style' && tag !== 'template') walk(c, pre || tag === 'pre');
        }
      });
    };
    walk(el, el.tagName.toLowerCase() === 'pre');
    return out;
  };

  const bodyText = textOf(body);
  const pres = Array.from(doc.querySelectorAll('pre'));
  let largest: Element | undefined;
  let largestLen = 0;
  for (const p of pres) {
    const len = (p.textContent ?? '').length;
    if (len > largestLen) {
      largest = p;
      largestLen = len;
    }
  }
  if (largest && largestLen > 1000 && largestLen > bodyText.length * 0.5) {
    return { ...base, kind: 'pre', text: (largest.textContent ?? '').slice(0, MAX) };
  }

  const SCRIPT_CLASS = /scene|slug|heading|character|dialog|parenthetical|transition|action/i;
  const BLOCK_TAGS = new Set([
    'p',
    'div',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'li',
    'dd',
    'dt',
    'blockquote',
    'center',
    'td',
    'section',
    'article',
    'header',
    'footer',
  ]);
  const marked = Array.from(body.querySelectorAll('[class]')).filter((e) =>
    SCRIPT_CLASS.test(e.getAttribute('class') ?? ''),
  );
  if (marked.length >= 5) {
    // The container: the nearest ancestor holding most of the marked elements.
    let container: Element = marked[0].parentElement ?? body;
    while (container !== body && container.parentElement) {
      const inside = marked.filter((m) => container.contains(m)).length;
      if (inside >= marked.length * 0.8) break;
      container = container.parentElement;
    }
    const hasBlockChild = (el: Element) =>
      Array.from(el.children).some(
        (c) => BLOCK_TAGS.has(c.tagName.toLowerCase()) && (c.textContent ?? '').trim() !== '',
      );
    const boxLeft = (el: Element) => {
      if (!rendered || !view) return 0;
      const s = view.getComputedStyle(el);
      return (
        el.getBoundingClientRect().left +
        (parseFloat(s.paddingLeft) || 0) +
        (parseFloat(s.borderLeftWidth) || 0)
      );
    };
    const origin = boxLeft(container);
    const blocks: PageBlock[] = [];
    let total = 0;
    const visit = (el: Element) => {
      for (const child of Array.from(el.children)) {
        const tag = child.tagName.toLowerCase();
        if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
        if (rendered && view) {
          const s = view.getComputedStyle(child);
          if (s.display === 'none' || s.visibility === 'hidden') continue;
        }
        if (!BLOCK_TAGS.has(tag) || hasBlockChild(child)) {
          if (BLOCK_TAGS.has(tag) || child.children.length > 0) visit(child);
          continue;
        }
        const text = textOf(child)
          .replace(/\u00a0/g, ' ')
          .split('\n')
          .map((l) => l.replace(/[ \t]+/g, ' ').trim())
          .join('\n')
          .trim();
        if (!text) continue;
        const classes: string[] = [];
        for (let a: Element | null = child; a && a !== container; a = a.parentElement) {
          const c = (a.getAttribute('class') ?? '').trim();
          if (c) classes.push(c);
        }
        const block: PageBlock = {
          text: text.slice(0, 200_000),
          tag,
          className: classes.join(' ').slice(0, 2000),
        };
        if (rendered && view) {
          const s = view.getComputedStyle(child);
          block.indent = Math.round(boxLeft(child) - origin + (parseFloat(s.textIndent) || 0));
          block.bold = (parseInt(s.fontWeight, 10) || 400) >= 600;
          block.centered = s.textAlign === 'center';
        } else {
          block.bold =
            /^(b|strong|h[1-6])$/.test(tag) ||
            !!child.querySelector(':scope > b:only-child, :scope > strong:only-child');
          block.centered = /center/i.test(block.className) || tag === 'center';
        }
        total += block.text.length;
        if (blocks.length >= 100_000 || total > MAX) return;
        blocks.push(block);
      }
    };
    visit(container);
    if (blocks.length >= 5) return { ...base, kind: 'blocks', blocks };
  }
  return { ...base, kind: 'text', text: bodyText.slice(0, MAX) };
}
