// The pages of a revision as they print, its lock honoured: the one answer to "what are this draft's pages", asked by
// the panel (and so the Fact-check list and its CSV), the Revisions view, the print queue, the clearance report, the
// minutes and locking itself. Two answers drifted apart before (one ignored a lock it could not find stored).

import { lockDraft, type PageLock } from '../script/locking';
import type { Page } from '../script/model';
import { paginate } from '../script/paginate-locked';
import type { RevisionRecord, ScriptSettings } from '../script/records';
import { storedPagesFit } from './stored-pages';

/** The script settings that decide a layout. */
export type PageLayoutSettings = Pick<ScriptSettings, 'paper' | 'sceneContinueds' | 'insertScheme'>;

/** The revision fields the pages depend on (a stored record has them all). */
export type PageRevision = Pick<RevisionRecord, 'id' | 'seq' | 'locked' | 'script' | 'pages'>;

/**
 * The lock a revision is laid out with: that of the latest locked revision before it with pages of its own layout
 * (a PDF keeps its own pages and fixes no later numbering). Its stored lock when there is one, else rebuilt from its
 * stored pages, which gives the same lock (`lockRevision` stores `lockDraft` of those pages): a one-script backup
 * restored elsewhere, for one, brings the locked pages but no stored lock.
 */
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

/** The pages a revision keeps whatever the settings: a PDF's own pages, a locked revision's stored pages. */
function ownPages(revision: PageRevision): Page[] | undefined {
  if (revision.script.pages?.length) return revision.script.pages;
  if (revision.locked && revision.pages.length > 0) return revision.pages;
  return undefined;
}

/**
 * A revision's pages as they print: a PDF's own pages; a locked revision's stored pages; otherwise laid out for the
 * script's paper, keeping the numbering of the latest locked revision before it (`lockBefore`). `all` holds the
 * script's revisions (any order; only earlier locked ones matter), `stored` the locks saved when they were locked.
 */
export function revisionPagesOf(
  revision: PageRevision,
  all: readonly PageRevision[],
  settings: PageLayoutSettings,
  stored?: ReadonlyMap<string, PageLock>,
): Page[] {
  const own = ownPages(revision);
  if (own) return own;
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

/**
 * `revisionPagesOf`, without laying out again when the pages stored with the revision are the ones the layout would
 * give (`storedPagesFit`): for the Revisions view and the notice after a reading, which open two 119-page drafts
 * at once. Pages stored by an older version of the paginator are taken as stored, as the Script view shows them.
 */
export function storedOrLaidOutPages(
  revision: PageRevision,
  all: readonly PageRevision[],
  settings: PageLayoutSettings,
  stored?: ReadonlyMap<string, PageLock>,
): Page[] {
  const fits =
    !ownPages(revision) &&
    storedPagesFit(revision, settings, lockBefore(revision, all, stored) !== undefined);
  return fits ? revision.pages : revisionPagesOf(revision, all, settings, stored);
}
