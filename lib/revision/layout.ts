// Re-filling already laid-out element lines into pages, for locked pagination (pages keep their labels, so
// each locked page's content is filled on its own). Line wrapping itself comes from lib/script/paginate.ts.

import { LINES_PER_PAGE, type Paper } from '../script/layout';
import type { Page, PageLine, Script } from '../script/model';

export type { Paper } from '../script/layout';

/** Lines of text on one page: 55 on US Letter, 57 on A4. */
export function linesPerPage(paper: Paper = 'letter'): number {
  return LINES_PER_PAGE[paper];
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
  /** Scene headings, shots and cues must not end a page. */
  keepWithNext: boolean;
  /** A page_break element: start a new page. */
  breakBefore: boolean;
}

/** Turns elements into blocks with their printed lines (`lines[i]` for element i, from a pagination). */
export function blocksOf(script: Script, indexes: Iterable<number>, lines: PageLine[][]): Block[] {
  const out: Block[] = [];
  for (const i of indexes) {
    const el = script.elements[i];
    out.push({
      element: i,
      lines: lines[i],
      spaceBefore: continuesSpeech(script, i) ? 0 : 1,
      keepWithNext: el.type === 'scene_heading' || el.type === 'shot' || el.type === 'character',
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
