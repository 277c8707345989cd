// Where the lock of a locked revision is stored (a setting per revision, value a `PageLock`), and reading them back.
// Kept apart from lib/db/revised-pages so the panel can read locks without loading the layout and compare code.

import type { PageLock } from '../script/locking';
import { db } from './database';
import type { RevisionRecord } from './schema';

/** Settings key of the lock stored when a revision is locked (value: a `PageLock`). */
export function lockSettingKey(revisionId: string): string {
  return `revision.lock.${revisionId}`;
}

/** The stored locks of these revisions, by revision id. */
export async function storedLocks(
  revisions: readonly Pick<RevisionRecord, 'id' | 'locked'>[],
): Promise<Map<string, PageLock>> {
  const locked = revisions.filter((r) => r.locked);
  const rows = await db.settings.bulkGet(locked.map((r) => lockSettingKey(r.id)));
  const out = new Map<string, PageLock>();
  rows.forEach((row, i) => {
    if (row?.value) out.set(locked[i].id, row.value as PageLock);
  });
  return out;
}
