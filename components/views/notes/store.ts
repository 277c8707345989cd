// Reading and writing notes, room sessions and the roster: live hooks over IndexedDB and small writes that turn
// storage failures into sentences. Deleting is soft, so Undo can bring a note back.
import { useLiveQuery } from 'dexie-react-hooks';
import { db, newId, now, today, toStorageError } from '../../../lib/db';
import type {
  NoteKind,
  NoteRecord,
  Placement,
  RoomSessionRecord,
  RosterMember,
  StoredAnchor,
} from '../../../lib/db';

/** Every note of a script (deleted ones too: Undo needs them), or undefined while loading. */
export function useScriptNotes(scriptId: string | undefined): NoteRecord[] | undefined {
  return useLiveQuery(
    () => (scriptId ? db.notes.where('scriptId').equals(scriptId).toArray() : []),
    [scriptId],
  );
}

/** The script's room sessions that are not deleted, newest first. */
export function useSessions(scriptId: string | undefined): RoomSessionRecord[] | undefined {
  return useLiveQuery(async () => {
    if (!scriptId) return [];
    const all = await db.sessions.where('scriptId').equals(scriptId).toArray();
    return all.filter((s) => s.deletedAt === undefined).sort((a, b) => b.startedAt - a.startedAt);
  }, [scriptId]);
}

/** The running session (started, not stopped) among `sessions`. */
export function runningSession(
  sessions: readonly RoomSessionRecord[] | undefined,
): RoomSessionRecord | undefined {
  return sessions?.find((s) => s.endedAt === undefined);
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** What a new note is made of. */
export interface NewNote {
  scriptId: string;
  revisionId: string;
  text: string;
  kind: NoteKind;
  speaker?: string;
  tags: string[];
  anchor?: StoredAnchor;
  sceneHeading?: string;
  parentId?: string;
}

/**
 * Stores a new note and returns it, in the room session running on its script at the moment it is written.
 * The session is looked up here, in the same transaction as the write, and never taken from a view's state: a
 * view learns of the running session a moment after it opens, and a note typed in that moment would otherwise
 * be stored outside the session and be missing from the minutes.
 */
export function addNote(n: NewNote): Promise<NoteRecord> {
  return guard(() =>
    db.transaction('rw', db.notes, db.sessions, async () => {
      const t = now();
      const session = await runningSessionOf(n.scriptId);
      const record: NoteRecord = {
        id: newId(),
        createdAt: t,
        updatedAt: t,
        placements: {},
        resolved: false,
        ...n,
        ...(session ? { sessionId: session.id } : {}),
      };
      await db.notes.add(record);
      return record;
    }),
  );
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

/** Changes a note (text, kind, speaker, tags, resolved, anchor). */
export function updateNote(
  id: string,
  changes: Partial<Omit<NoteRecord, 'id' | 'createdAt'>>,
): Promise<void> {
  return guard(async () => {
    await db.notes.update(id, { ...changes, updatedAt: now() });
  });
}

/** Soft-deletes a note and its replies; returns the ids deleted, for Undo. */
export function deleteNote(id: string): Promise<string[]> {
  return guard(() =>
    db.transaction('rw', db.notes, async () => {
      const t = now();
      const replies = await db.notes
        .filter((n) => n.parentId === id && n.deletedAt === undefined)
        .primaryKeys();
      const ids = [id, ...replies];
      await Promise.all(ids.map((i) => db.notes.update(i, { deletedAt: t, updatedAt: t })));
      return ids;
    }),
  );
}

/** Brings soft-deleted notes back. */
export function restoreNotes(ids: readonly string[]): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.notes, async () => {
      const t = now();
      await Promise.all(
        ids.map((i) =>
          db.notes
            .where('id')
            .equals(i)
            .modify((n) => {
              delete n.deletedAt;
              n.updatedAt = t;
            }),
        ),
      );
    }),
  );
}

/** Keeps the anchoring engine's placements of notes in a revision. */
export function savePlacements(placements: ReadonlyMap<string, Placement>): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.notes, async () => {
      for (const [id, p] of placements) {
        await db.notes
          .where('id')
          .equals(id)
          .modify((n) => {
            n.placements = { ...n.placements, [p.revisionId]: p };
          });
      }
    }),
  );
}

/** Starts a room session now (stopping any running one of the script). */
export function startSession(
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
  return guard(() =>
    db.transaction('rw', db.sessions, async () => {
      await db.sessions
        .where('scriptId')
        .equals(scriptId)
        .filter((x) => x.endedAt === undefined && x.deletedAt === undefined)
        .modify({ endedAt: t, updatedAt: t });
      await db.sessions.add(s);
      return s;
    }),
  );
}

/** Stops a session now. */
export function stopSession(id: string): Promise<void> {
  const t = now();
  return guard(async () => {
    await db.sessions.update(id, { endedAt: t, updatedAt: t });
  });
}

/** Replaces the script's roster. */
export function setRoster(scriptId: string, roster: RosterMember[]): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.scripts, async () => {
      const s = await db.scripts.get(scriptId);
      if (!s) return;
      await db.scripts.update(scriptId, { settings: { ...s.settings, roster }, updatedAt: now() });
    }),
  );
}
