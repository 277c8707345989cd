// A revision's pages honouring the last locked draft (A-pages, ranges, OMITTED), and the pages to reprint for it
// with their header and asterisked lines: what the Revisions view shows and the print queue queues.

import { compareScripts, revisedPages, revisionHeader, type RevisedPage } from '../revision';
import { ownMarks } from '../revision/source-marks';
import { lockDraft, type PageLock } from '../script/locking';
import type { Page } from '../script/model';
import { paginate } from '../script/paginate-locked';
import { db } from './database';
import { getRevisions } from './scripts';
import { settings, settingsOfMany } from './settings';
import type { RevisionRecord, ScriptSettings } from './schema';

type LayoutSettings = Pick<ScriptSettings, 'paper' | 'sceneContinueds' | 'insertScheme'>;
type PageRevision = Pick<RevisionRecord, 'id' | 'seq' | 'locked' | 'script' | 'pages'>;

/** The lock a revision is laid out with: that of the latest locked revision before it (stored, else rebuilt). */
export function lockBefore(
  revision: PageRevision,
  all: readonly PageRevision[],
  stored: ReadonlyMap<string, PageLock> = new Map(),
): PageLock | undefined {
  const locked = all
    .filter((r) => r.seq < revision.seq && r.locked && r.pages.length > 0 && !r.script.pages?.length)
    .sort((a, b) => b.seq - a.seq)[0];
  if (!locked) return undefined;
  return stored.get(locked.id) ?? lockDraft(locked.script, locked.pages);
}

/**
 * A revision's pages as they print: a PDF's own pages; a locked revision's stored pages; otherwise laid out for the
 * script's paper, keeping the numbering of the latest locked revision before it.
 */
export function revisionPagesOf(
  revision: PageRevision,
  all: readonly PageRevision[],
  settings: LayoutSettings,
  stored?: ReadonlyMap<string, PageLock>,
): Page[] {
  if (revision.script.pages?.length) return revision.script.pages;
  if (revision.locked && revision.pages.length > 0) return revision.pages;
  const lock = lockBefore(revision, all, stored);
  // Scene numbers print only when the source numbers its scenes or a lock fixed them: a spec draft gains none.
  const sceneNumbers = !!lock || revision.script.elements.some((e) => e.sceneNumber !== undefined);
  return paginate(revision.script, {
    paper: settings.paper,
    sceneContinueds: settings.sceneContinueds,
    sceneNumbers,
    insertScheme: settings.insertScheme,
    lock,
  });
}

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

/**
 * The pages to reprint for `revision` against the revision before it (by seq): labels in page order, each with
 * the revision header ("BLUE REVISION - 11/27/26") and its asterisked lines. For a first draft, the pages its source
 * marked itself (FDX revision marks, PDF asterisks) under the header the source printed; none when it marked none.
 */
export function reprintPagesOf(
  revision: RevisionRecord,
  all: readonly RevisionRecord[],
  settings: LayoutSettings,
  stored?: ReadonlyMap<string, PageLock>,
): ReprintPage[] {
  const previous = all.filter((r) => r.seq < revision.seq).sort((a, b) => b.seq - a.seq)[0];
  const pages = revisionPagesOf(revision, all, settings, stored);
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
  const comparison = compareScripts(previous.script, revision.script, { newerPages: pages });
  return revisedPages(comparison, pages, { color: revision.color, date: localDate(revision.date) }).map(
    (p) => ({
      ...p,
      markedText: p.markedLines.map((i) => pages[p.pageIndex]?.lines[i]?.text ?? ''),
    }),
  );
}

/** The stored locks of these revisions, by revision id. */
export async function storedLocks(revisions: readonly RevisionRecord[]): Promise<Map<string, PageLock>> {
  const locked = revisions.filter((r) => r.locked).map((r) => r.id);
  const stored = await settingsOfMany(settings.revisionLock, locked);
  const out = new Map<string, PageLock>();
  for (const [id, lock] of stored) if (lock) out.set(id, lock);
  return out;
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
