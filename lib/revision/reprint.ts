// The reprint list for a revision: which pages of the (locked) newer draft to print on the revision's colour,
// each with its header and the lines that carry an asterisk.

import type { Page } from '../script/model';
import type { RevisionRecord } from '../script/records';
import { revisionDate, revisionHeader, type RevisionColor } from './colors';
import { compareScripts, type ScriptComparison } from './compare';
import { ownMarks } from './source-marks';

/** One page to reprint. */
export interface RevisedPage {
  label: string;
  pageIndex: number;
  /** "BLUE REVISION - 11/27/26" */
  header: string;
  /** Line indexes (`page.lines[i]`) that get an asterisk in the right margin. */
  markedLines: number[];
}

/**
 * Pages to reprint for this revision, in page order: every page of `lockedPages` the comparison marked.
 * The comparison must have been made against the same pages (`compareScripts(..., { newerPages: lockedPages })`).
 */
export function revisedPages(
  comparison: ScriptComparison,
  lockedPages: Page[],
  revision: { color: RevisionColor; date: Date; dateFormat?: string },
): RevisedPage[] {
  const header = revisionHeader(revision.color, revision.date, revision.dateFormat);
  const byLabel = new Map(comparison.marks.map((m) => [m.page, m.lines]));
  const out: RevisedPage[] = [];
  lockedPages.forEach((p, i) => {
    const lines = byLabel.get(p.label);
    if (lines) out.push({ label: p.label, pageIndex: i, header, markedLines: lines });
  });
  return out;
}

/** The revision just before `revision` (by seq), which its revised pages are marked against; none for a first draft. */
export function previousRevision<R extends Pick<RevisionRecord, 'seq'>>(
  revision: R,
  all: readonly R[],
): R | undefined {
  return all.filter((r) => r.seq < revision.seq).sort((a, b) => b.seq - a.seq)[0];
}

/** The revision fields the reprint list needs (a stored record has them all). */
export type ReprintRevision = Pick<RevisionRecord, 'seq' | 'color' | 'date' | 'script'>;

/**
 * The pages to reprint for `revision`, laid out as `pages` (lib/revision/pages revisionPagesOf), against the revision
 * before it in `all` (by seq): in page order, each with the revision header ("BLUE REVISION - 11/27/26") and its
 * asterisked lines. For a first draft, the pages its source marked itself (FDX revision marks, PDF asterisks) under
 * the header the source printed; none when it marked none. The Revisions view, the print queue and the print page
 * all take their revised pages from here.
 */
export function pagesToReprint(
  revision: ReprintRevision,
  all: readonly ReprintRevision[],
  pages: Page[],
  /** `compareScripts` of the revision before it with this one on `pages`, when the caller has it already. */
  known?: ScriptComparison,
): RevisedPage[] {
  const previous = previousRevision(revision, all);
  const date = revisionDate(revision.date);
  if (!previous) {
    const fallback = revisionHeader(revision.color, date);
    return ownMarks(pages).map((m) => ({
      label: m.page,
      pageIndex: m.pageIndex,
      header: pages[m.pageIndex].revisionHeader ?? fallback,
      markedLines: m.lines,
    }));
  }
  const comparison = known ?? compareScripts(previous.script, revision.script, { newerPages: pages });
  return revisedPages(comparison, pages, { color: revision.color, date });
}
