// The laid-out script as a flat list of rows (a page header, then its lines) for the virtualised script view,
// with the lookups the view needs: line <-> row, and the text offsets covered by a run of lines.
import type { Page, PageLine } from '../../../lib/script/model';
import type { LineRef } from '../../workbench/state';

export type Row =
  | { kind: 'page'; page: number }
  | { kind: 'line'; page: number; line: number; ordinal: number }
  /** The note threads of the line `ordinal`, opened under it from its margin marker. */
  | { kind: 'thread'; ordinal: number };

export interface ScriptRows {
  rows: Row[];
  /** Every line in reading order. */
  lines: (LineRef & { row: number })[];
  /** Row index of each page's header. */
  pageRow: number[];
}

const NONE: ReadonlySet<number> = new Set();

/** Flattens pages into rows; `openThreads` (line ordinals) get a thread row under their line. */
export function buildRows(pages: Page[], openThreads: ReadonlySet<number> = NONE): ScriptRows {
  const rows: Row[] = [];
  const lines: ScriptRows['lines'] = [];
  const pageRow: number[] = [];
  pages.forEach((page, p) => {
    pageRow.push(rows.length);
    rows.push({ kind: 'page', page: p });
    page.lines.forEach((_, l) => {
      lines.push({ page: p, line: l, row: rows.length });
      rows.push({ kind: 'line', page: p, line: l, ordinal: lines.length - 1 });
      if (openThreads.has(lines.length - 1)) rows.push({ kind: 'thread', ordinal: lines.length - 1 });
    });
  });
  return { rows, lines, pageRow };
}

/** A row's stable key for the virtualiser: the same page, line or thread keeps its key when rows come and go. */
export function rowKey(row: Row | undefined): string {
  if (!row) return '';
  return row.kind === 'page' ? `p${row.page}` : row.kind === 'line' ? `l${row.ordinal}` : `t${row.ordinal}`;
}

/** Position of a line in reading order, or -1. */
export function ordinalOf(sr: ScriptRows, ref: LineRef): number {
  const row = sr.pageRow[ref.page];
  if (row === undefined) return -1;
  // The page's first line follows its header; thread rows only come after lines, so count from there.
  const head = sr.rows[row + 1];
  if (!head || head.kind !== 'line') return -1;
  const o = head.ordinal + ref.line;
  const at = sr.lines[o];
  return at && at.page === ref.page && at.line === ref.line ? o : -1;
}

function lineAt(pages: Page[], ref: LineRef): PageLine | undefined {
  return pages[ref.page]?.lines[ref.line];
}

/**
 * Offsets into script.text covered by the lines from ordinal `a` to `b` (either order). Lines without text (blank,
 * MORE, CONTINUED) add nothing; a run of only such lines gives an empty range at the next text.
 */
export function rangeOfLines(sr: ScriptRows, pages: Page[], a: number, b: number, textLength: number) {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  let start = Infinity;
  let end = -Infinity;
  for (let i = from; i <= to; i++) {
    const line = lineAt(pages, sr.lines[i]);
    if (line?.start === undefined || line.end === undefined) continue;
    start = Math.min(start, line.start);
    end = Math.max(end, line.end);
  }
  if (start !== Infinity) return { start, end };
  for (let i = to + 1; i < sr.lines.length; i++) {
    const line = lineAt(pages, sr.lines[i]);
    if (line?.start !== undefined) return { start: line.start, end: line.start };
  }
  return { start: textLength, end: textLength };
}

/** The first line whose text contains (or follows) an offset, as an ordinal; -1 if none. */
export function ordinalAtOffset(sr: ScriptRows, pages: Page[], offset: number): number {
  for (let i = 0; i < sr.lines.length; i++) {
    const line = lineAt(pages, sr.lines[i]);
    if (line?.end !== undefined && line.end >= offset && line.start !== undefined) return i;
  }
  return -1;
}
