// Combining a backup with what is stored: records keep their ids, the newer edit (updatedAt) wins, and deletions
// travel as deletedAt, so two PAs in one room can merge each other's notes and flags in either order.

import { BACKUP_TABLES, emptyTables, type BackupRecord, type BackupTable, type BackupTables } from './format';

/** How a merge went, for the sentence the panel shows. */
export interface MergeCounts {
  added: number;
  updated: number;
  /** Incoming records not newer than the stored ones (stored kept). */
  kept: number;
}

/** The records to write, per table, and the counts. */
export interface MergePlan {
  put: BackupTables;
  counts: MergeCounts;
}

/** The key a record is stored under (settings use `key`, every other table `id`). */
export function recordKey(table: BackupTable, r: BackupRecord): string {
  return String(table === 'settings' ? r.key : r.id);
}

/** Time of the record's last change; a deletion is a change. */
function changedAt(r: BackupRecord): number {
  const u = typeof r.updatedAt === 'number' ? r.updatedAt : 0;
  const d = typeof r.deletedAt === 'number' ? r.deletedAt : 0;
  return Math.max(u, d);
}

/**
 * Decides what a merge writes. `stored(table, key)` returns the record already stored under that key. An incoming
 * record is written when nothing is stored under its key or when it changed later than the stored one; on a tie the
 * stored record stays (merging the same backup twice changes nothing).
 */
export function planMerge(
  incoming: BackupTables,
  stored: (table: BackupTable, key: string) => BackupRecord | undefined,
): MergePlan {
  const put = emptyTables();
  const counts: MergeCounts = { added: 0, updated: 0, kept: 0 };
  for (const table of BACKUP_TABLES) {
    for (const r of incoming[table]) {
      const old = stored(table, recordKey(table, r));
      if (!old) {
        put[table].push(r);
        counts.added++;
      } else if (changedAt(r) > changedAt(old)) {
        put[table].push(r);
        counts.updated++;
      } else {
        counts.kept++;
      }
    }
  }
  return { put, counts };
}
