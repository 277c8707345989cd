// "This document is a draft of…": a TV episode's drafts often arrive as differently named PDFs, so a reading can land
// in a script of its own. Moving its drafts into the script it belongs to makes them that script's next revisions.

import { db } from './database';
import { nextColor } from './colors';
import { StorageError, toStorageError } from './errors';
import { now } from './ids';
import type { RevisionRecord } from './schema';

export interface MoveDraftsResult {
  /** How many revisions became revisions of the target script. */
  moved: number;
  /** The target's revision shown after the move (the last one moved). */
  currentRevisionId?: string;
}

/**
 * Moves every draft of script `fromId` (with its notes, flags, room sessions and print jobs) into script `targetId` as
 * its next revisions, in the order they arrived, each with the next colour of the target's sequence. The target's
 * notes and flags are carried into the moved drafts; later reads of the moved script's page or file go to the target;
 * the emptied script is soft-deleted. One rw transaction: all of it or nothing.
 */
export async function moveDraftsInto(fromId: string, targetId: string): Promise<MoveDraftsResult> {
  if (fromId === targetId) return { moved: 0 };
  // Loaded before the transaction: awaiting anything but IndexedDB inside one commits it early.
  const { carryForwardInto } = await import('./carry-forward');
  try {
    return await db.transaction(
      'rw',
      [db.scripts, db.revisions, db.notes, db.flags, db.sessions, db.printJobs],
      async () => {
        const [from, target] = await Promise.all([db.scripts.get(fromId), db.scripts.get(targetId)]);
        if (!from || from.deletedAt !== undefined || !target || target.deletedAt !== undefined) {
          throw new StorageError('not_found', 'That script is no longer stored: nothing was moved.');
        }
        const inOrder = (scriptId: string) =>
          db.revisions.where('[scriptId+seq]').between([scriptId, -Infinity], [scriptId, Infinity]);
        const targetKeys = (await inOrder(targetId).keys()) as unknown as [string, number][];
        let seq = targetKeys.reduce((m, k) => Math.max(m, k[1]), 0);
        let color = (
          await inOrder(targetId)
            .reverse()
            .filter((r) => r.deletedAt === undefined)
            .first()
        )?.color;
        const moving = (await inOrder(fromId).toArray()).filter((r) => r.deletedAt === undefined);
        const t = now();
        const moved: RevisionRecord[] = [];
        for (const r of moving) {
          seq += 1;
          color = nextColor(target.settings.colorSequence, color);
          moved.push({ ...r, scriptId: targetId, seq, color, locked: false, updatedAt: t });
        }
        await db.revisions.bulkPut(moved);
        const reassign = { scriptId: targetId, updatedAt: t };
        await db.notes.where('scriptId').equals(fromId).modify(reassign);
        await db.flags.where('scriptId').equals(fromId).modify(reassign);
        await db.sessions.where('scriptId').equals(fromId).modify(reassign);
        await db.printJobs.where('scriptId').equals(fromId).modify(reassign);
        // The target's notes and flags follow into each moved draft, oldest first, as if it had been read there.
        for (const r of moved) await carryForwardInto(r);
        const sourceKeys = [...new Set([...target.sourceKeys, ...from.sourceKeys])];
        const last = moved.at(-1);
        await db.scripts.update(targetId, {
          sourceKeys,
          currentRevisionId: last?.id ?? target.currentRevisionId,
          updatedAt: t,
        });
        await db.scripts.update(fromId, { sourceKeys: [], deletedAt: t, updatedAt: t });
        return { moved: moved.length, currentRevisionId: last?.id };
      },
    );
  } catch (e) {
    throw e instanceof StorageError ? e : toStorageError(e);
  }
}
