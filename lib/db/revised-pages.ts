// The pages to reprint for a revision, with their header and asterisked lines: what the Revisions view lists and
// the print queue's "Queue revised pages" queues. A revision's pages themselves come from lib/revision/pages.

import { revisionPagesOf, type PageLayoutSettings } from '../revision/pages';
import type { ScriptComparison } from '../revision/compare';
import { pagesToReprint, previousRevision, type RevisedPage } from '../revision/reprint';
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

/** What a caller has already worked out for a revision, so `reprintPagesOf` does not lay out or compare again. */
export interface KnownReprintInputs {
  /** The revision's pages as `revisionPagesOf` gives them. */
  pages?: Page[];
  /** `compareScripts` of the revision before it (by seq) with it, on those pages. */
  comparison?: ScriptComparison;
}

export { previousRevision };

/**
 * The pages to reprint for `revision` (lib/revision/reprint pagesToReprint), with their asterisked lines' text.
 * `known` hands over pages and the comparison the caller has already (the Revisions view shows both anyway).
 */
export function reprintPagesOf(
  revision: RevisionRecord,
  all: readonly RevisionRecord[],
  settings: PageLayoutSettings,
  stored?: ReadonlyMap<string, PageLock>,
  known: KnownReprintInputs = {},
): ReprintPage[] {
  const pages = known.pages ?? revisionPagesOf(revision, all, settings, stored);
  return pagesToReprint(revision, all, pages, known.comparison).map((p) => ({
    ...p,
    markedText: p.markedLines.map((i) => pages[p.pageIndex]?.lines[i]?.text ?? ''),
  }));
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
