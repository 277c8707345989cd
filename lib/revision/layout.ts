// Line layout the revision engine needs when no pagination is given: element lines at US screenplay widths,
// and filling lines into pages. A stand-in until lib/script/paginate.ts is available; same Page shape.

import type { ElementType, Page, PageLine, Script } from '../script/model';

export type Paper = 'letter' | 'a4';

/** Lines of text on one page: 55 on US Letter, 57 on A4. */
export function linesPerPage(paper: Paper = 'letter'): number {
  return paper === 'a4' ? 57 : 55;
}

// Indent from the left margin and width, in characters (10 per inch), per element type.
const COLUMNS: Partial<Record<ElementType, [number, number]>> = {
  dialogue: [10, 35],
  parenthetical: [15, 25],
  character: [20, 38],
  transition: [45, 15],
  lyrics: [10, 35],
};

/** Wraps text at word boundaries to `width` columns; returns [start, end) offsets of each line within `text`. */
export function wrapOffsets(text: string, width: number): [number, number][] {
  const out: [number, number][] = [];
  let lineStart = 0;
  for (const para of text.split('\n')) {
    let s = 0;
    while (s < para.length) {
      if (para.length - s <= width) {
        out.push([lineStart + s, lineStart + para.length]);
        break;
      }
      let cut = para.lastIndexOf(' ', s + width);
      if (cut <= s) cut = s + width;
      out.push([lineStart + s, lineStart + cut]);
      s = cut;
      while (para[s] === ' ') s++;
    }
    if (para.length === 0) out.push([lineStart, lineStart]);
    lineStart += para.length + 1;
  }
  return out;
}

/** The printed lines of one element (without blank lines around it). */
export function elementLines(script: Script, index: number): PageLine[] {
  const el = script.elements[index];
  if (el.type === 'page_break') return [];
  const [indent, width] = COLUMNS[el.type] ?? [0, 60];
  return wrapOffsets(el.text, width).map(([s, e]) => ({
    text: el.text.slice(s, e),
    kind: el.type,
    indent,
    element: index,
    start: el.start + s,
    end: el.start + e,
    sceneNumber: el.type === 'scene_heading' && s === 0 ? el.sceneNumber : undefined,
  }));
}

/** Lines per element taken from an existing pagination (layout furniture such as MORE/CONT'D dropped). */
export function elementLinesFromPages(script: Script, pages: Page[]): PageLine[][] {
  const out: PageLine[][] = script.elements.map(() => []);
  for (const p of pages) {
    for (const l of p.lines)
      if (l.element !== undefined && l.kind !== 'blank' && out[l.element]) out[l.element].push(l);
  }
  return out;
}

/** True when the element continues a speech (no blank line before it). */
export function continuesSpeech(script: Script, index: number): boolean {
  const t = script.elements[index]?.type;
  const p = script.elements[index - 1]?.type;
  return (
    (t === 'dialogue' || t === 'parenthetical') &&
    (p === 'character' || p === 'parenthetical' || p === 'dialogue')
  );
}

/** One element's lines ready to be placed, with what the page break rules need to know. */
export interface Block {
  element: number;
  lines: PageLine[];
  /** Blank lines before it when it is not first on the page. */
  spaceBefore: number;
  /** Scene headings and cues must not end a page. */
  keepWithNext: boolean;
  /** A page_break element: start a new page. */
  breakBefore: boolean;
}

/** Turns elements into blocks, using `lines` (per element) when given, else wrapping them here. */
export function blocksOf(script: Script, indexes: Iterable<number>, lines?: PageLine[][]): Block[] {
  const out: Block[] = [];
  for (const i of indexes) {
    const el = script.elements[i];
    out.push({
      element: i,
      lines: lines ? lines[i] : elementLines(script, i),
      spaceBefore: continuesSpeech(script, i) ? 0 : 1,
      keepWithNext: el.type === 'scene_heading' || el.type === 'character',
      breakBefore: el.type === 'page_break',
    });
  }
  return out;
}

/**
 * Fills blocks into pages of `capacity` lines. Blocks are not split unless one alone outgrows a page;
 * a heading or cue never ends a page. Returns the lines of each page.
 */
export function fillPages(blocks: Block[], capacity: number): PageLine[][] {
  const pages: PageLine[][] = [[]];
  let k = 0;
  while (k < blocks.length) {
    const b = blocks[k];
    let page = pages[pages.length - 1];
    if (b.breakBefore) {
      if (page.length > 0) pages.push([]);
      k++;
      continue;
    }
    // Size of this block plus those kept with it.
    let need = (page.length > 0 ? b.spaceBefore : 0) + b.lines.length;
    for (let q = k; blocks[q]?.keepWithNext && q + 1 < blocks.length; q++)
      need += blocks[q + 1].spaceBefore + Math.min(blocks[q + 1].lines.length, 2);
    if (page.length > 0 && page.length + need > capacity) {
      page = [];
      pages.push(page);
    }
    if (page.length > 0)
      for (let s = 0; s < b.spaceBefore; s++) page.push({ text: '', kind: 'blank', indent: 0 });
    for (const l of b.lines) {
      if (page.length >= capacity) {
        page = [];
        pages.push(page);
      }
      page.push(l);
    }
    k++;
  }
  if (pages.length > 1 && pages[pages.length - 1].length === 0) pages.pop();
  return pages;
}

/** Builds a Page from its lines. */
export function makePage(index: number, label: string, lines: PageLine[]): Page {
  const text = lines.filter((l) => l.start !== undefined);
  const els = lines.filter((l) => l.element !== undefined).map((l) => l.element as number);
  return {
    index,
    label,
    lines,
    firstElement: els.length ? Math.min(...els) : undefined,
    lastElement: els.length ? Math.max(...els) : undefined,
    start: text.length ? (text[0].start as number) : 0,
    end: text.length ? (text[text.length - 1].end as number) : 0,
  };
}

/** Paginates a script simply (no MORE/CONT'D): enough to place revision marks when no pages are given. */
export function layoutPages(script: Script, paper: Paper = 'letter'): Page[] {
  const blocks = blocksOf(script, script.elements.keys());
  return fillPages(blocks, linesPerPage(paper)).map((lines, i) => makePage(i, String(i + 1), lines));
}
