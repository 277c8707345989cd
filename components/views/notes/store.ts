// The Notes view's live reads (notes, room sessions) over lib/db, and the note, session and roster writes it uses,
// which live in lib/db (lib/db/notes.ts, sessions.ts, scripts.ts): this file only makes them live for React.
import {
  addNote,
  deleteNote,
  restoreNotes,
  runningSessionOf,
  scriptNotes,
  scriptSessions,
  updateNote,
  type NewNote,
  type NoteRecord,
  type RoomSessionRecord,
  type RosterMember,
} from '../../../lib/db';
import { startSession, stopSession } from '../../../lib/db/session-edits';
import { updateScriptSettings } from '../../../lib/db/script-edits';
import { useLive } from '../../platform/live';

export {
  addNote,
  deleteNote,
  restoreNotes,
  runningSessionOf,
  startSession,
  stopSession,
  updateNote,
  type NewNote,
};

/** Every note of a script (deleted ones too: Undo needs them), or undefined while loading. */
export function useScriptNotes(scriptId: string | undefined): NoteRecord[] | undefined {
  return useLive(() => (scriptId ? scriptNotes(scriptId) : []), [scriptId]);
}

/** The script's room sessions that are not deleted, newest first. */
export function useSessions(scriptId: string | undefined): RoomSessionRecord[] | undefined {
  return useLive(() => (scriptId ? scriptSessions(scriptId) : []), [scriptId]);
}

/** The running session (started, not stopped) among `sessions`. */
export function runningSession(
  sessions: readonly RoomSessionRecord[] | undefined,
): RoomSessionRecord | undefined {
  return sessions?.find((s) => s.endedAt === undefined);
}

/** Replaces the script's roster. */
export function setRoster(scriptId: string, roster: RosterMember[]): Promise<void> {
  return updateScriptSettings(scriptId, { roster });
}
