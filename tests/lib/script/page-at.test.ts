// Which page and which scene hold a position in the script's text: the one search every view, export and report uses.
import { describe, expect, it } from 'vitest';
import { pageIndexAt, pageLabelAt } from '../../../lib/script/page-at';
import type { Page } from '../../../lib/script/model';
import { sceneIndexAt } from '../../../lib/script/scene-numbers';

const page = (index: number, label: string, start: number, end: number): Page => ({
  index,
  label,
  lines: [],
  start,
  end,
});
// A title page's text sits before page 1 in some PDFs: offsets below 100 are on no page.
const PAGES = [page(0, '1', 100, 199), page(1, '1A', 200, 299), page(2, '2', 300, 399)];

describe('page at an offset', () => {
  it('gives the last page starting at or before the offset', () => {
    expect(pageIndexAt(PAGES, 100), 'the first character of page 1').toBe(0);
    expect(pageIndexAt(PAGES, 250), 'inside the A-page').toBe(1);
    expect(pageIndexAt(PAGES, 5000), 'past the end: the last page').toBe(2);
    expect(pageLabelAt(PAGES, 250), 'its label').toBe('1A');
  });

  it('says what the caller asks for before the first page', () => {
    expect(pageIndexAt(PAGES, 50), 'no page').toBe(-1);
    expect(pageLabelAt(PAGES, 50), 'no label by default').toBe('');
    expect(pageLabelAt(PAGES, 50, PAGES[0].label), "the caller's fallback").toBe('1');
    expect(pageLabelAt([], 50), 'no pages at all').toBe('');
  });

  it('answers the scene question with the same search', () => {
    const scenes = [{ start: 120 }, { start: 260 }];
    expect(sceneIndexAt(scenes, 119), 'before the first heading').toBe(-1);
    expect(sceneIndexAt(scenes, 260), 'at a heading').toBe(1);
    expect(sceneIndexAt(scenes, 200), 'between headings').toBe(0);
  });
});
