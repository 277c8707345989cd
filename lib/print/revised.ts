// A revision's pages as they print: laid out (honouring the last locked draft's numbering: A-pages, ranges, OMITTED)
// or the PDF's own, the asterisked lines from comparing with the draft before, and the revision header.

import type { RevisionRecord } from '../script/records';
import { revisionDate, revisionHeader } from '../revision/colors';
import { pagesToReprint } from '../revision/reprint';
import { revisionPagesOf, type PageLayoutSettings } from '../revision/pages';
import type { PageLock } from '../script/locking';
import type { Page } from '../script/model';

/** The revision fields this needs (a stored record has them all). */
export type PrintableRevision = Pick<
  RevisionRecord,
  'id' | 'seq' | 'color' | 'date' | 'locked' | 'script' | 'pages'
>;

export interface RevisionPrint {
  /** Every page of the revision in order, as it prints. */
  pages: Page[];
  /** Asterisked line indexes by page label (pages with none are absent). */
  marks: Map<string, number[]>;
  /** Labels of the pages this revision changed, in page order (for a first draft, the pages its source marked). */
  revisedLabels: string[];
  /** "BLUE REVISION - 11/27/26"; absent for a first draft, which carries no revision header. */
  header?: string;
}

/**
 * What prints for `revision` of a script whose revisions (any order) are `all`: its pages, the marks against the
 * revision before it (by seq), the revised page labels, and the header. A first draft has its pages and the marks its
 * source printed (FDX revision marks, PDF asterisks), with no header of ours.
 * `storedLocks` are the locks saved when revisions were locked (lib/db/locks `storedLocks`); without them they are rebuilt.
 */
export function revisionPrint(
  revision: PrintableRevision,
  all: readonly PrintableRevision[],
  settings: PageLayoutSettings,
  storedLocks?: ReadonlyMap<string, PageLock>,
): RevisionPrint {
  // The same pages the panel and the Revisions view show (lib/revision/pages): locked numbering kept.
  const pages = revisionPagesOf(revision, all, settings, storedLocks);
  const reprint = pagesToReprint(revision, all, pages);
  const print: RevisionPrint = {
    pages,
    marks: new Map(reprint.map((r) => [r.label, r.markedLines])),
    revisedLabels: reprint.map((r) => r.label),
  };
  // A first draft carries no revision header of ours: its marked pages print under the header its source gave them.
  const first = !all.some((r) => r.seq < revision.seq);
  if (!first) print.header = revisionHeader(revision.color, revisionDate(revision.date));
  return print;
}
