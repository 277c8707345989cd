// Reads and small writes the views use: live scripts, a script's revisions, renaming, soft delete, settings.

import { db } from './database';
import { StorageError, toStorageError } from './errors';
import { now } from './ids';
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

/** A stored setting, or undefined. */
export async function getSetting<T = unknown>(key: string): Promise<T | undefined> {
  const rec = await db.settings.get(key);
  return rec?.value as T | undefined;
}

/** Stores a setting (any structured-clonable value). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  try {
    await db.settings.put({ key, value, updatedAt: now() });
  } catch (e) {
    throw toStorageError(e);
  }
}
