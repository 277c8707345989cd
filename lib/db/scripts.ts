// Scripts and their revisions as the panel reads them (the live scripts, a script's revisions, the revision shown,
// the locked drafts a draft is laid out with) and the small edits its first screen makes (rename, delete). Storing a
// new reading is revisions.ts; a script's settings and undelete are script-edits.ts; colours, dates and locks are
// revision-edits.ts (kept apart so the views that use them load them, not the panel's first screen).

import { db } from './database';
import { StorageError, toStorageError } from './errors';
import { now } from './ids';
import type { PageLock } from '../script/locking';
import { storedLocks } from './locks';
import type { RevisionRecord, ScriptRecord } from './schema';

/** Scripts the user has not deleted, most recently changed first. */
export async function liveScripts(): Promise<ScriptRecord[]> {
  const all = await db.scripts.orderBy('updatedAt').reverse().toArray();
  return all.filter((s) => s.deletedAt === undefined);
}

/** A script's revisions that are not deleted, in order of arrival (seq ascending). */
export async function getRevisions(scriptId: string): Promise<RevisionRecord[]> {
  const all = await db.revisions
    .where('[scriptId+seq]')
    .between([scriptId, -Infinity], [scriptId, Infinity])
    .toArray();
  return all.filter((r) => r.deletedAt === undefined);
}

/** The newest revision of a script that is not deleted. */
export async function latestRevision(scriptId: string): Promise<RevisionRecord | undefined> {
  // A backwards cursor stops at the newest kept draft instead of loading every draft's whole script.
  return db.revisions
    .where('[scriptId+seq]')
    .between([scriptId, -Infinity], [scriptId, Infinity])
    .reverse()
    .filter((r) => r.deletedAt === undefined)
    .first();
}

/** Renames a script (an empty title is refused). */
export async function renameScript(id: string, title: string): Promise<void> {
  const clean = title.trim();
  if (!clean) throw new RangeError('A script needs a title.');
  try {
    const n = await db.scripts.update(id, { title: clean, updatedAt: now() });
    if (n === 0) throw new StorageError('not_found');
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Tables whose records carry the sync fields and can be soft-deleted. */
export type SoftDeletableTable =
  'scripts' | 'revisions' | 'notes' | 'sessions' | 'flags' | 'dismissedSuggestions' | 'printJobs';

/** Marks a record deleted (kept, so the deletion can travel in a merge). */
export async function softDelete(table: SoftDeletableTable, id: string): Promise<void> {
  const t = now();
  try {
    await db.table(table).update(id, { deletedAt: t, updatedAt: t });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** A stored script (a deleted one too), or undefined. */
export async function getScript(id: string): Promise<ScriptRecord | undefined> {
  return db.scripts.get(id);
}

/** A stored revision (a deleted one too), or undefined. */
export async function getRevision(id: string): Promise<RevisionRecord | undefined> {
  return db.revisions.get(id);
}

/** Every revision of a script, deleted ones too (a carried item names the draft it came from even if deleted). */
export async function allRevisionsOf(scriptId: string): Promise<RevisionRecord[]> {
  return db.revisions.where('scriptId').equals(scriptId).toArray();
}

/** True when at least one script is stored (deleted ones count: a backup would hold them). */
export async function hasStoredScripts(): Promise<boolean> {
  return (await db.scripts.count()) > 0;
}

/** The revision the panel shows for a script: `currentRevisionId` when it is still there, else the newest. */
export async function shownRevision(
  scriptId: string,
  currentRevisionId?: string,
): Promise<RevisionRecord | undefined> {
  const chosen = currentRevisionId ? await db.revisions.get(currentRevisionId) : undefined;
  if (chosen && chosen.deletedAt === undefined) return chosen;
  return latestRevision(scriptId);
}

/**
 * The locked drafts before `revision` with their stored locks (what lib/revision/pages `revisionPagesOf` needs to
 * lay it out with the lock that applies); none for a PDF's own pages or when there is no revision.
 */
export async function lockedRevisionsBefore(
  revision: Pick<RevisionRecord, 'scriptId' | 'seq' | 'script'> | null | undefined,
): Promise<{ before: RevisionRecord[]; locks: Map<string, PageLock> }> {
  if (!revision || revision.script.pages?.length) return { before: [], locks: new Map() };
  const before = await db.revisions
    .where('[scriptId+seq]')
    .between([revision.scriptId, -Infinity], [revision.scriptId, revision.seq], true, false)
    .filter((r) => r.locked && r.deletedAt === undefined)
    .toArray();
  return { before, locks: await storedLocks(before) };
}
