// Fact-check flags in storage: a script's flags, the open count the badge and status bar show, and every write to a
// flag (add, move through the workflow, edit), each a read-modify-write in one transaction so two panels never lose
// each other's changes.

import { editFlag, moveFlag, type FlagEdit } from '../factcheck/workflow';
import { db } from './database';
import { toStorageError } from './errors';
import { now } from './ids';
import type { FlagRecord, FlagStatus } from './schema';
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

async function change(id: string, fn: (f: FlagRecord) => FlagRecord): Promise<void> {
  try {
    await db.transaction('rw', db.flags, async () => {
      const f = await db.flags.get(id);
      if (!f) throw new Error('That flag no longer exists.');
      await db.flags.put(fn(f));
    });
  } catch (e) {
    // A refused workflow step is the user's sentence already; storage failures get storage's sentence.
    if (e instanceof Error && e.name === 'FlagError') throw e;
    throw toStorageError(e);
  }
}

/** Moves a flag to a status, recording who and when. */
export function setFlagStatus(id: string, to: FlagStatus, by?: string): Promise<void> {
  return change(id, (f) => moveFlag(f, to, by, now()));
}

/** Applies an edit to a flag's fields (checked first: dates, links). */
export function updateFlag(id: string, edit: FlagEdit): Promise<void> {
  return change(id, (f) => editFlag(f, edit, now()));
}
