// A revision's pages as they print: laid out (honouring the last locked draft's numbering: A-pages, ranges, OMITTED)
// or the PDF's own, the asterisked lines from comparing with the draft before, and the revision header.

import type { RevisionRecord } from '../script/records';
import { compareScripts, revisedPages, revisionHeader } from '../revision';
import { ownMarks } from '../revision/source-marks';
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

/** The local date of an ISO yyyy-mm-dd (the date the user picked, not midnight UTC). */
export function revisionDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(NaN);
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
  const earlier = all.filter((r) => r.seq < revision.seq).sort((a, b) => a.seq - b.seq);
  // The same pages the panel and the Revisions view show (lib/revision/pages): locked numbering kept.
  const pages = revisionPagesOf(revision, all, settings, storedLocks);
  const previous = earlier.at(-1);
  if (!previous) {
    // A first draft's revised pages are those its source marked itself (an FDX's revised runs, a PDF's asterisks);
    // they print under the header the source gives them.
    const own = ownMarks(pages);
    return {
      pages,
      marks: new Map(own.map((m) => [m.page, m.lines])),
      revisedLabels: own.map((m) => m.page),
    };
  }
  const comparison = compareScripts(previous.script, revision.script, { newerPages: pages });
  const date = revisionDate(revision.date);
  const revised = revisedPages(comparison, pages, { color: revision.color, date });
  return {
    pages,
    marks: new Map(revised.map((r) => [r.label, r.markedLines])),
    revisedLabels: revised.map((r) => r.label),
    header: revisionHeader(revision.color, date),
  };
}
