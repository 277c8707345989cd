// The reprint list for a revision: which pages of the (locked) newer draft to print on the revision's colour,
// each with its header and the lines that carry an asterisk.

import type { Page } from '../script/model';
import { revisionHeader, type RevisionColor } from './colors';
import type { ScriptComparison } from './compare';

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
