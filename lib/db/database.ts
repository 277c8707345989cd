// The Dexie database "scriptside": every table and index, each schema version kept forever.
// Only extension pages open it (a content script's IndexedDB would belong to the web page).

import { Dexie, type EntityTable } from 'dexie';
import type {
  DismissedSuggestionRecord,
  FlagRecord,
  NoteRecord,
  PrintJobRecord,
  RevisionRecord,
  RoomSessionRecord,
  ScriptRecord,
  SettingRecord,
} from './schema';
import { storageFaultMiddleware } from './fault-injection';
import { CHANGE_CHANNEL, ChangeFeed, currentNativeTransaction, type ChangeListener } from './changes';

/** Indexes of schema version 1. Never edit a shipped version: add version(2) with an upgrade instead. */
export const SCHEMA_V1 = {
  scripts: 'id, updatedAt, *sourceKeys',
  revisions: 'id, scriptId, [scriptId+seq], textHash',
  notes: 'id, scriptId, revisionId, sessionId, updatedAt',
  sessions: 'id, scriptId',
  flags: 'id, scriptId, revisionId, status',
  dismissedSuggestions: 'id, [scriptId+key]',
  printJobs: 'id, scriptId, order, status',
  settings: 'key',
} as const;

export const DATABASE_NAME = 'scriptside';

/** The typed database. Construct a second instance (same name) only in tests or a second window. */
export class ScriptsideDB extends Dexie {
  scripts!: EntityTable<ScriptRecord, 'id'>;
  revisions!: EntityTable<RevisionRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  sessions!: EntityTable<RoomSessionRecord, 'id'>;
  flags!: EntityTable<FlagRecord, 'id'>;
  dismissedSuggestions!: EntityTable<DismissedSuggestionRecord, 'id'>;
  printJobs!: EntityTable<PrintJobRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  /** Every committed write, reported once (see changes.ts). */
  readonly changes: ChangeFeed;

  constructor(name = DATABASE_NAME) {
    // Chrome defaults to relaxed durability since 121; a revision the user read must survive a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    // The e2e build can make writes fail as a full disk would; the shipped build drops this (a constant false).
    // `import.meta.env` is Vite's: plain Node (benchmarks under tsx) has none.
    if (import.meta.env && import.meta.env.SCRIPTSIDE_E2E) this.use(storageFaultMiddleware);
    // Only the shipped database talks to the other pages; a test's second database keeps to itself.
    this.changes = new ChangeFeed(name === DATABASE_NAME ? CHANGE_CHANNEL : undefined, (table, keys) =>
      this.table(table).bulkGet(keys),
    );
    this.use(this.changes.middleware);
  }

  /**
   * Run `write` in one transaction over every table, its changes reported as 'remote': the room sync applies what
   * other assistants did through this, so its observer does not send those changes back to the room.
   */
  writeRemote<T>(write: () => Promise<T>): Promise<T> {
    return this.transaction('rw', this.tables, async () => {
      const native = currentNativeTransaction();
      if (!native) throw new Error('writeRemote: no transaction is running.');
      this.changes.markRemote(native);
      return write();
    });
  }
}

/** The one database instance the panel and its views use. */
export const db = new ScriptsideDB();

/**
 * Calls `listener` with every committed write to the database, once (see changes.ts), from this page and from the
 * other extension pages; returns the unsubscribe function. The one way outside lib/db to observe storage.
 */
export function onRecordChanges(listener: ChangeListener): () => void {
  return db.changes.subscribe(listener);
}
