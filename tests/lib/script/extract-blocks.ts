// Test helper: the block extraction the content script does in a live page, written over a jsdom Document so the
// web-page reader can be tested in Node. It follows the contract documented on `PageBlock` in lib/script/blocks.ts.
import type { PageBlock } from '../../../lib/script/blocks';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'tr',
  'ul',
  'body',
  'center',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** Rendered text of an inline subtree: whitespace collapsed as HTML does, <br> as a line break. */
function inlineText(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3) out += (child.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toLowerCase();
      if (tag === 'br') out += '\n';
      else if (!SKIP_TAGS.has(tag)) out += inlineText(child);
    }
  });
  return out;
}

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) {
    const tag = c.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag) && (c.textContent ?? '').trim() !== '') return true;
    if (!BLOCK_TAGS.has(tag) && hasBlockChild(c)) return true;
  }
  return false;
}

function classChain(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'html'; e = e.parentElement) {
    const c = e.getAttribute('class');
    if (c) parts.push(c.trim());
  }
  return parts.join(' ');
}

/** One PageBlock per text-holding element without block children, in document order. */
export function extractBlocks(doc: Document): PageBlock[] {
  const out: PageBlock[] = [];
  const visit = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'pre') {
      out.push({ text: el.textContent ?? '', tag, className: classChain(el) });
      return;
    }
    if (BLOCK_TAGS.has(tag) && !hasBlockChild(el)) {
      const text = inlineText(el)
        .split('\n')
        .map((l) => l.trim())
        .join('\n')
        .trim();
      if (text) {
        const bold =
          el.querySelector('b, strong') !== null &&
          (el.querySelector('b, strong')?.textContent ?? '').trim() === text;
        out.push({ text, tag, className: classChain(el), ...(bold ? { bold } : {}) });
      }
      return;
    }
    for (const c of Array.from(el.children)) visit(c);
  };
  if (doc.body) visit(doc.body);
  return out;
}
