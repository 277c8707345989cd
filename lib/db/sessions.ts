// Room sessions in storage: a script's sessions and the one running (the status bar shows it from the first screen).
// Starting and stopping one are session-edits.ts, loaded with the Notes view.

import { db } from './database';
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
