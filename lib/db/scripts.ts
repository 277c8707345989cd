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
import { settings } from './settings';

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

/** What a panel shows, as `readShownScript` reads it. */
export interface ShownScript {
  /** Scripts the user has not deleted, most recently changed first. */
  scripts: ScriptRecord[];
  /** The script shown; null when none is stored. */
  record: ScriptRecord | null;
  /** Its current revision, else its newest; null when it has none (or no script is stored). */
  revision: RevisionRecord | null;
  /** The locked drafts before that revision with their stored locks (`lockedRevisionsBefore`). */
  locked: { before: RevisionRecord[]; locks: Map<string, PageLock> };
}

/**
 * Everything a panel's first screen needs, in one read: the stored scripts, the script shown (`panelChoice`, the one
 * chosen in this panel; when it is undefined, the one last chosen in any panel if it still exists; else the most
 * recently changed), its revision and the locked drafts it is laid out with. One live query rather than a chain of
 * them: each link waited for the last one's answer, a render and a turn of Dexie's scheduler (~20 ms a link when a
 * panel opens).
 */
export async function readShownScript(panelChoice: string | null | undefined): Promise<ShownScript> {
  // The shared choice is read only while the panel has none of its own: read (and so watched) after that, every
  // choice made in any panel would read this panel's whole draft again.
  const [scripts, id] = await Promise.all([
    liveScripts(),
    panelChoice !== undefined ? panelChoice : settings.currentScriptId.get(),
  ]);
  const record = scripts.find((s) => s.id === id) ?? scripts[0] ?? null;
  const revision = record ? ((await shownRevision(record.id, record.currentRevisionId)) ?? null) : null;
  return { scripts, record, revision, locked: await lockedRevisionsBefore(revision) };
}
