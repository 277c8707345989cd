// The pages to reprint for a revision, with their header and asterisked lines: what the Revisions view lists and
// the print queue's "Queue revised pages" queues. A revision's pages themselves come from lib/revision/pages.

import {
  compareScripts,
  revisedPages,
  revisionHeader,
  type RevisedPage,
  type ScriptComparison,
} from '../revision';
import { revisionPagesOf, type PageLayoutSettings } from '../revision/pages';
import { ownMarks } from '../revision/source-marks';
import type { PageLock } from '../script/locking';
import type { Page } from '../script/model';
import { db } from './database';
import { storedLocks } from './locks';
import { getRevisions } from './scripts';
import type { RevisionRecord } from './schema';

/** A page to reprint, with the text of its asterisked lines (what the user checks before queueing it). */
export interface ReprintPage extends RevisedPage {
  /** The asterisked lines' text, in page order (blank for an OMITTED or furniture line with no text). */
  markedText: string[];
}

/** The local date of an ISO yyyy-mm-dd (the date the user picked, not midnight UTC). */
export function localDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date();
}

/** What a caller has already worked out for a revision, so `reprintPagesOf` does not lay out or compare again. */
export interface KnownReprintInputs {
  /** The revision's pages as `revisionPagesOf` gives them. */
  pages?: Page[];
  /** `compareScripts` of the revision before it (by seq) with it, on those pages. */
  comparison?: ScriptComparison;
}

/** The revision just before `revision` (by seq), which its revised pages are marked against; none for a first draft. */
export function previousRevision<R extends Pick<RevisionRecord, 'seq'>>(
  revision: R,
  all: readonly R[],
): R | undefined {
  return all.filter((r) => r.seq < revision.seq).sort((a, b) => b.seq - a.seq)[0];
}

/**
 * The pages to reprint for `revision` against the revision before it (by seq): labels in page order, each with
 * the revision header ("BLUE REVISION - 11/27/26") and its asterisked lines. For a first draft, the pages its source
 * marked itself (FDX revision marks, PDF asterisks) under the header the source printed; none when it marked none.
 * `known` hands over pages and the comparison the caller has already (the Revisions view shows both anyway).
 */
export function reprintPagesOf(
  revision: RevisionRecord,
  all: readonly RevisionRecord[],
  settings: PageLayoutSettings,
  stored?: ReadonlyMap<string, PageLock>,
  known: KnownReprintInputs = {},
): ReprintPage[] {
  const previous = previousRevision(revision, all);
  const pages = known.pages ?? revisionPagesOf(revision, all, settings, stored);
  if (!previous) {
    const fallback = revisionHeader(revision.color, localDate(revision.date));
    return ownMarks(pages).map((m) => ({
      label: m.page,
      pageIndex: m.pageIndex,
      header: pages[m.pageIndex].revisionHeader ?? fallback,
      markedLines: m.lines,
      markedText: m.lines.map((i) => pages[m.pageIndex].lines[i]?.text ?? ''),
    }));
  }
  const comparison =
    known.comparison ?? compareScripts(previous.script, revision.script, { newerPages: pages });
  return revisedPages(comparison, pages, { color: revision.color, date: localDate(revision.date) }).map(
    (p) => ({
      ...p,
      markedText: p.markedLines.map((i) => pages[p.pageIndex]?.lines[i]?.text ?? ''),
    }),
  );
}

/**
 * The pages to reprint for a stored revision (for the print queue's "Queue revised pages"): labels, header and
 * asterisked lines, honouring locked numbering. Empty for a first draft; throws RangeError for an unknown revision.
 */
export async function getRevisedPages(scriptId: string, revisionId: string): Promise<ReprintPage[]> {
  const [script, revisions] = await Promise.all([db.scripts.get(scriptId), getRevisions(scriptId)]);
  const revision = revisions.find((r) => r.id === revisionId);
  if (!script || !revision) throw new RangeError('That revision is no longer stored.');
  return reprintPagesOf(revision, revisions, script.settings, await storedLocks(revisions));
}
