// The records Scriptside keeps in IndexedDB; lib/db/database.ts builds the Dexie tables from them. Each record type is
// declared by its domain module (lib/script, lib/notes, lib/factcheck, lib/print, lib/anchoring) and gathered here
// for lib/db's own use; nothing outside lib/db imports this file.
// Every record is sync-ready: a random id, createdAt/updatedAt (ms since epoch), and a soft-delete `deletedAt`.

export type { SyncFields } from '../sync-fields';
export type {
  SourceInfo,
  ScriptSettings,
  RosterMember,
  ScriptRecord,
  RevisionRecord,
} from '../script/records';
export type { StoredAnchor, Placement } from '../anchoring/types';
export type { NoteKind, NoteRecord, RoomSessionRecord } from '../notes/types';
export type { FlagCategory, FlagStatus, FlagRecord, DismissedSuggestionRecord } from '../factcheck/types';
export type { PrintJobStatus, PrintJobRecord } from '../print/types';

/** A setting by key (the panel's choices, and per-revision locks until they get a table of their own). */
export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}
