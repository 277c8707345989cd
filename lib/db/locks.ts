// Where the lock of a locked revision is stored (the typed per-revision setting `settings.revisionLock(id)`, value a
// `PageLock`), and reading them back. Kept apart from lib/db/revised-pages so the panel can read locks without
// loading the layout and compare code.

import type { PageLock } from '../script/locking';
import type { RevisionRecord } from './schema';
import { settings, settingsOfMany } from './settings';

/** The stored locks of these revisions, by revision id. */
export async function storedLocks(
  revisions: readonly Pick<RevisionRecord, 'id' | 'locked'>[],
): Promise<Map<string, PageLock>> {
  const locked = revisions.filter((r) => r.locked).map((r) => r.id);
  const stored = await settingsOfMany(settings.revisionLock, locked);
  const out = new Map<string, PageLock>();
  for (const [id, lock] of stored) if (lock) out.set(id, lock);
  return out;
}
