// The storage API the panel, the views and the platform code use; the only door to Dexie. One module per record
// type owns its reads and writes (scripts and revisions, notes, sessions, flags, print jobs, settings); modules that
// pull in heavy engine code load on their own path instead of through this index (print-queue.ts, carry-forward.ts,
// dismissed-suggestions.ts, revised-pages.ts, revision-edits.ts, backup.ts). `db` itself is for lib/db and tests
// only: eslint.config.js bans it in the UI.

export { db, ScriptsideDB, DATABASE_NAME, SCHEMA_V1, onRecordChanges } from './database';
export { CHANGE_CHANNEL, type ChangeListener, type ChangeOrigin, type RecordChange } from './changes';
export { openDatabase, onStorageEvent, type DbStatus, type StorageEvent } from './open';
export { newId, now, today } from './ids';
export { StorageError, toStorageError, type StorageErrorCode } from './errors';
export {
  liveScripts,
  getRevisions,
  latestRevision,
  renameScript,
  softDelete,
  getScript,
  getRevision,
  allRevisionsOf,
  hasStoredScripts,
  shownRevision,
  lockedRevisionsBefore,
  readShownScript,
  type ShownScript,
  type SoftDeletableTable,
} from './scripts';
export { settings, settingItem, settingsOfMany, SettingInvalid, type SettingItem } from './settings';
export {
  scriptNotes,
  sessionNotes,
  sessionNoteCount,
  addNote,
  updateNote,
  deleteNote,
  restoreNotes,
  type NewNote,
} from './notes';
export { scriptSessions, getSession, runningSessionOf } from './sessions';
export { scriptFlags, allFlagsOf, openFlagCount, addFlag } from './flags';
export { pagesNotPrintedOf } from './print-jobs';
// Storing a revision (storeRevision, textHashOf) is imported from './revisions' itself: re-exported here it would
// load with the panel's first screen.
export { DEFAULT_COLOR_SEQUENCE, defaultScriptSettings, nextColor } from './colors';
export type * from './schema';
