// Starting a room session (which stops any other running on the script) and stopping one. (Reading sessions is
// sessions.ts.)

import { db } from './database';
import { toStorageError } from './errors';
import { newId, now, today } from './ids';
import type { RoomSessionRecord } from './schema';

/** Starts a room session now (stopping any running one of the script). */
export async function startSession(
  scriptId: string,
  title: string,
  attendees: string[],
): Promise<RoomSessionRecord> {
  const t = now();
  const s: RoomSessionRecord = {
    id: newId(),
    createdAt: t,
    updatedAt: t,
    scriptId,
    title,
    date: today(),
    attendees,
    startedAt: t,
  };
  try {
    return await db.transaction('rw', db.sessions, async () => {
      await db.sessions
        .where('scriptId')
        .equals(scriptId)
        .filter((x) => x.endedAt === undefined && x.deletedAt === undefined)
        .modify({ endedAt: t, updatedAt: t });
      await db.sessions.add(s);
      return s;
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Stops a session now. */
export async function stopSession(id: string): Promise<void> {
  const t = now();
  try {
    await db.sessions.update(id, { endedAt: t, updatedAt: t });
  } catch (e) {
    throw toStorageError(e);
  }
}
