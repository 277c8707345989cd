// The storage API the panel, the views and the platform code use; the only door to Dexie.

export { db, ScriptsideDB, DATABASE_NAME, SCHEMA_V1 } from './database';
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
  getSetting,
  setSetting,
  type SoftDeletableTable,
} from './queries';
export {
  storeRevision,
  textHashOf,
  normaliseForHash,
  defaultScriptSettings,
  type StoreRevisionInput,
  type StoreRevisionResult,
} from './revisions';
export { DEFAULT_COLOR_SEQUENCE, nextColor } from './colors';
export { moveDraftsInto, type MoveDraftsResult } from './move-drafts';
export type * from './schema';
