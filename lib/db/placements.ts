// Which notes and flags still wait for a place in a draft: a cheap read (no revision, no alignment code), so the
// panel can watch it live and load the placement policy (carry-forward.ts) only when there is work.

import { needsPlacement } from '../anchoring/place-of';
import { db } from './database';

/** How many of the script's live notes and flags have no placement in `revisionId` yet. */
export async function unplacedCount(scriptId: string, revisionId: string): Promise<number> {
  const [notes, flags] = await Promise.all([
    db.notes.where('scriptId').equals(scriptId).toArray(),
    db.flags.where('scriptId').equals(scriptId).toArray(),
  ]);
  return [...notes, ...flags].filter((i) => i.deletedAt === undefined && needsPlacement(i, revisionId))
    .length;
}
