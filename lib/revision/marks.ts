// Revision marks: which printed lines of the newer draft get an asterisk, and which pages therefore changed.
// Changed words mark the lines they are on; a deletion marks the line at the deletion point.

import type { Page } from '../script/model';

/** The asterisked lines of one page of the newer draft. */
export interface PageMarks {
  /** The page's label ("12", "12A", "15-16"). */
  page: string;
  pageIndex: number;
  /** Line indexes on the page (`page.lines[i]`), ascending. */
  lines: number[];
}

interface LineRef {
  page: number;
  line: number;
  start: number;
  end: number;
}

/** Collects marks against a pagination; each `mark*` call adds to it, `result` reads them in page order. */
export class MarkSheet {
  private readonly byElement = new Map<number, LineRef[]>();
  private readonly omitted = new Map<string, LineRef>();
  private readonly marked: Set<number>[];

  constructor(private readonly pages: Page[]) {
    this.marked = pages.map(() => new Set<number>());
    pages.forEach((p, pi) =>
      p.lines.forEach((l, li) => {
        const ref = { page: pi, line: li, start: l.start ?? -1, end: l.end ?? -1 };
        if (l.kind === 'omitted' && l.sceneNumber) this.omitted.set(l.sceneNumber, ref);
        if (l.element === undefined || l.kind === 'blank') return;
        const list = this.byElement.get(l.element);
        if (list) list.push(ref);
        else this.byElement.set(l.element, [ref]);
      }),
    );
  }

  /** Marks every line of an element (added or moved). */
  markElement(element: number): void {
    for (const r of this.byElement.get(element) ?? []) this.marked[r.page].add(r.line);
  }

  /** Marks the lines of an element that show any of [start, end) (offsets into the newer text). */
  markRange(element: number, start: number, end: number): void {
    const refs = this.byElement.get(element) ?? [];
    let hit = false;
    for (const r of refs) {
      if (r.start < end && start < r.end) {
        this.marked[r.page].add(r.line);
        hit = true;
      }
    }
    if (!hit) this.markPoint(element, start);
  }

  /** Marks the line of an element holding offset `at` (a deletion point); its last line if past its end. */
  markPoint(element: number, at: number): void {
    const refs = this.byElement.get(element) ?? [];
    if (refs.length === 0) return;
    const r =
      refs.find((x) => at >= x.start && at <= x.end) ??
      (at < refs[0].start ? refs[0] : refs[refs.length - 1]);
    this.marked[r.page].add(r.line);
  }

  /** Marks the last line of an element (text deleted just after it) or, for -1, the first line of the draft. */
  markAfter(element: number): void {
    if (element < 0) {
      const first = this.pages.findIndex((p) => p.lines.some((l) => l.kind !== 'blank'));
      if (first >= 0) this.marked[first].add(this.pages[first].lines.findIndex((l) => l.kind !== 'blank'));
      return;
    }
    const refs = this.byElement.get(element) ?? [];
    if (refs.length) this.marked[refs[refs.length - 1].page].add(refs[refs.length - 1].line);
  }

  /** Marks the OMITTED line of a scene number, if the pages show one; returns whether it did. */
  markOmitted(sceneNumber: string | undefined): boolean {
    const r = sceneNumber ? this.omitted.get(sceneNumber) : undefined;
    if (r) this.marked[r.page].add(r.line);
    return !!r;
  }

  result(): PageMarks[] {
    const out: PageMarks[] = [];
    this.marked.forEach((set, i) => {
      if (set.size)
        out.push({ page: this.pages[i].label, pageIndex: i, lines: [...set].sort((a, b) => a - b) });
    });
    return out;
  }
}
