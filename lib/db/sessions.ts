// Room sessions in storage: a script's sessions, the one running, starting (which stops any other) and stopping.

import { db } from './database';
import { toStorageError } from './errors';
import { newId, now, today } from './ids';
import type { RoomSessionRecord } from './schema';

/** A script's room sessions that are not deleted, newest first. */
export async function scriptSessions(scriptId: string): Promise<RoomSessionRecord[]> {
  const all = await db.sessions.where('scriptId').equals(scriptId).toArray();
  return all.filter((s) => s.deletedAt === undefined).sort((a, b) => b.startedAt - a.startedAt);
}

/** A stored session (a deleted one too), or undefined. */
export async function getSession(id: string): Promise<RoomSessionRecord | undefined> {
  return db.sessions.get(id);
}

/** The session running on a script now (started, not stopped, not deleted), read from storage. */
export async function runningSessionOf(scriptId: string): Promise<RoomSessionRecord | undefined> {
  const open = await db.sessions
    .where('scriptId')
    .equals(scriptId)
    .filter((s) => s.endedAt === undefined && s.deletedAt === undefined)
    .toArray();
  // startSession stops the others, so there is at most one; after a merged restore keep the newest.
  return open.sort((a, b) => b.startedAt - a.startedAt)[0];
}

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
