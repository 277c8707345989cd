// Working a flag through the clearance workflow and editing it: each change a read-modify-write in one transaction,
// so two panels never lose each other's changes. (Reading flags and adding one are flags.ts.)

import { editFlag, moveFlag, type FlagEdit } from '../factcheck/workflow';
import { db } from './database';
import { toStorageError } from './errors';
import { now } from './ids';
import type { FlagRecord, FlagStatus } from './schema';

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
