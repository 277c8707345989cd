// Fact-check flags in storage: a script's flags, the open count the badge and status bar show, and adding a flag
// (what the panel's first screen needs: Ctrl+Alt+K flags from the Script view). Working a flag through its statuses
// and editing it are flag-edits.ts, loaded with the Fact-check view.

import { db } from './database';
import { toStorageError } from './errors';
import type { FlagRecord } from './schema';
import { isOpen } from '../factcheck/open';

/** A script's flags that are not deleted. */
export async function scriptFlags(scriptId: string): Promise<FlagRecord[]> {
  const all = await db.flags.where('scriptId').equals(scriptId).toArray();
  return all.filter((f) => f.deletedAt === undefined);
}

/** Every flag of a script, deleted ones too. */
export async function allFlagsOf(scriptId: string): Promise<FlagRecord[]> {
  return db.flags.where('scriptId').equals(scriptId).toArray();
}

/** How many of a script's flags are open or being researched. */
export async function openFlagCount(scriptId: string): Promise<number> {
  return db.flags
    .where('scriptId')
    .equals(scriptId)
    .filter((f) => f.deletedAt === undefined && isOpen(f.status))
    .count();
}

/** Stores a new flag. */
export async function addFlag(flag: FlagRecord): Promise<void> {
  try {
    await db.flags.add(flag);
  } catch (e) {
    throw toStorageError(e);
  }
}
