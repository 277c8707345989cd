// Room notes in storage: the reads the Notes view, the margin and the minutes make, and every write to a note
// (add in the running session, edit, delete with its replies, bring back). Deleting is soft, so Undo can bring a
// note back and a merge can carry the deletion.

import { db } from './database';
import { toStorageError } from './errors';
import { newId, now } from './ids';
import { runningSessionOf } from './sessions';
import type { NoteKind, NoteRecord, StoredAnchor } from './schema';

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Every note of a script, deleted ones too (Undo needs them). */
export async function scriptNotes(scriptId: string): Promise<NoteRecord[]> {
  return db.notes.where('scriptId').equals(scriptId).toArray();
}

/** Every note taken in a room session, deleted ones too. */
export async function sessionNotes(sessionId: string): Promise<NoteRecord[]> {
  return db.notes.where('sessionId').equals(sessionId).toArray();
}

/** How many live notes were taken in a session (replies are part of their note's thread, not counted). */
export async function sessionNoteCount(sessionId: string): Promise<number> {
  return db.notes
    .where('sessionId')
    .equals(sessionId)
    .filter((n) => n.deletedAt === undefined && !n.parentId)
    .count();
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
