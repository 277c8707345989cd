// Building a Page from laid-out lines, for locked pagination (lib/script/locking.ts lays each locked page out again
// with the paginator and labels the sheets itself). Line wrapping and page breaks come from lib/script/paginate.ts.

import type { Page, PageLine } from '../script/model';

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
