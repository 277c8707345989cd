// Edits the Settings and Notes views make to a script: its per-script settings (paper, roster, ...) and bringing back
// what was soft-deleted. Apart from scripts.ts so they load with those views, not with the panel's first screen.

import { db } from './database';
import { StorageError, toStorageError } from './errors';
import { now } from './ids';
import type { SoftDeletableTable } from './scripts';
import type { ScriptSettings } from './schema';

/** Changes some of a script's settings (paper, roster, ...), the others kept, in one read-modify-write. */
export async function updateScriptSettings(
  scriptId: string,
  changes: Partial<ScriptSettings>,
): Promise<void> {
  try {
    await db.transaction('rw', db.scripts, async () => {
      const s = await db.scripts.get(scriptId);
      if (!s) throw new StorageError('not_found');
      await db.scripts.update(scriptId, { settings: { ...s.settings, ...changes }, updatedAt: now() });
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Brings back soft-deleted records (Undo after a delete). */
export async function undelete(table: SoftDeletableTable, ids: readonly string[]): Promise<void> {
  try {
    const t = now();
    await db.transaction('rw', db.table(table), async () => {
      await db
        .table(table)
        .where('id')
        .anyOf([...ids])
        .modify((r: { deletedAt?: number; updatedAt: number }) => {
          delete r.deletedAt;
          r.updatedAt = t;
        });
    });
  } catch (e) {
    throw toStorageError(e);
  }
}
