// Backup and restore against IndexedDB: export every table (or one script), restore through a temporary database
// (checked first, then merged or replaced in one transaction, so a bad backup changes nothing), and salvage what can
// be read from a database the current code cannot open.

import { Dexie } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  checkBackup,
  emptyTables,
  planMerge,
  recordKey,
  type Backup,
  type BackupRecord,
  type BackupScope,
  type BackupTable,
  type MergeCounts,
} from '../backup';
import { db as defaultDb, ScriptsideDB } from './database';
import { toStorageError } from './errors';
import { newId, now } from './ids';

/** The setting holding when the user last saved a backup (ms since the epoch). */
export const SETTING_LAST_BACKUP = 'backup.lastExportedAt';

/** A restore that did not happen; `message` ends by saying nothing was changed. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** What a restore did. */
export interface RestoreResult {
  mode: 'merge' | 'replace';
  scope: BackupScope;
  counts: MergeCounts;
  /** Set when the backup came from an older schema and was migrated. */
  migratedFrom?: number;
}

const SCRIPT_TABLES = [
  'revisions',
  'notes',
  'sessions',
  'flags',
  'dismissedSuggestions',
  'printJobs',
] as const;

async function readScope(database: ScriptsideDB, scope: BackupScope): Promise<Backup['tables']> {
  const tables = emptyTables();
  if (scope.kind === 'all') {
    for (const t of BACKUP_TABLES) tables[t] = (await database.table(t).toArray()) as BackupRecord[];
    return tables;
  }
  const script = await database.scripts.get(scope.scriptId);
  tables.scripts = script ? [script as unknown as BackupRecord] : [];
  for (const t of SCRIPT_TABLES) {
    tables[t] = (await database
      .table(t)
      .filter((r: BackupRecord) => r.scriptId === scope.scriptId)
      .toArray()) as BackupRecord[];
  }
  return tables;
}

/** Everything stored (or one script with its revisions, notes, sessions, flags and print jobs), read in one snapshot. */
export async function exportBackup(
  options: { scriptId?: string; database?: ScriptsideDB; at?: number } = {},
): Promise<Backup> {
  const database = options.database ?? defaultDb;
  try {
    return await database.transaction('r', database.tables, async () => {
      let scope: BackupScope = { kind: 'all' };
      if (options.scriptId) {
        const s = await database.scripts.get(options.scriptId);
        if (!s) throw new BackupError('That script is no longer stored.');
        scope = { kind: 'script', scriptId: s.id, title: s.title };
      }
      const tables = await readScope(database, scope);
      return {
        format: BACKUP_FORMAT,
        schemaVersion: BACKUP_SCHEMA_VERSION,
        exportedAt: options.at ?? now(),
        scope,
        tables,
      };
    });
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw toStorageError(e);
  }
}

/** Remembers that a backup was saved now (the Settings reminder reads it). */
export async function recordBackupSaved(at = now(), database: ScriptsideDB = defaultDb): Promise<void> {
  await database.settings.put({ key: SETTING_LAST_BACKUP, value: at, updatedAt: at });
}

/** When the user last saved a backup, if ever. */
export async function lastBackupAt(database: ScriptsideDB = defaultDb): Promise<number | undefined> {
  const v = (await database.settings.get(SETTING_LAST_BACKUP))?.value;
  return typeof v === 'number' ? v : undefined;
}

/** Writes the backup into a throw-away database and reads it back: IndexedDB itself checks every key and value. */
async function throughTemporaryDatabase(backup: Backup): Promise<Backup> {
  const temp = new ScriptsideDB(`scriptside-restore-${newId()}`);
  try {
    await temp.open();
    await temp.transaction('rw', temp.tables, async () => {
      for (const t of BACKUP_TABLES) await temp.table(t).bulkAdd(backup.tables[t]);
    });
    const tables = emptyTables();
    for (const t of BACKUP_TABLES) tables[t] = (await temp.table(t).toArray()) as BackupRecord[];
    return { ...backup, tables };
  } finally {
    temp.close();
    await Dexie.delete(temp.name).catch(() => undefined);
  }
}

const NOTHING_CHANGED = 'Nothing was changed.';

/**
 * Restores a backup file's text. 'merge' keeps ids and lets the newer edit win; 'replace' first removes what the
 * backup covers (everything, or that one script). The file is checked, migrated and passed through a temporary
 * database before the real one is touched, and the real one is written in a single transaction: all or nothing.
 */
export async function restoreBackup(
  text: string,
  mode: 'merge' | 'replace',
  options: { database?: ScriptsideDB; maxChars?: number } = {},
): Promise<RestoreResult> {
  const database = options.database ?? defaultDb;
  const checked = checkBackup(text, { maxChars: options.maxChars });
  if (!checked.ok) throw new BackupError(`${checked.error} ${NOTHING_CHANGED}`);
  let backup: Backup;
  try {
    backup = await throughTemporaryDatabase(checked.backup);
  } catch (e) {
    const why = toStorageError(e).code === 'quota' ? 'Storage is full.' : 'Its records could not be stored.';
    throw new BackupError(`This backup could not be restored: ${why} ${NOTHING_CHANGED}`, { cause: e });
  }
  try {
    const counts = await database.transaction('rw', database.tables, async () => {
      if (mode === 'replace') {
        const incoming = BACKUP_TABLES.reduce((n, t) => n + backup.tables[t].length, 0);
        await removeScope(database, backup.scope);
        for (const t of BACKUP_TABLES) await database.table(t).bulkPut(backup.tables[t]);
        return { added: incoming, updated: 0, kept: 0 };
      }
      const stored = new Map<BackupTable, Map<string, BackupRecord>>();
      for (const t of BACKUP_TABLES) {
        const keys = backup.tables[t].map((r) => recordKey(t, r));
        const found = (await database.table(t).bulkGet(keys)) as (BackupRecord | undefined)[];
        stored.set(t, new Map(found.flatMap((r) => (r ? [[recordKey(t, r), r] as const] : []))));
      }
      const plan = planMerge(backup.tables, (t, k) => stored.get(t)?.get(k));
      for (const t of BACKUP_TABLES) if (plan.put[t].length) await database.table(t).bulkPut(plan.put[t]);
      return plan.counts;
    });
    return {
      mode,
      scope: backup.scope,
      counts,
      ...(checked.migratedFrom !== undefined ? { migratedFrom: checked.migratedFrom } : {}),
    };
  } catch (e) {
    const err = toStorageError(e);
    throw new BackupError(
      err.code === 'quota' ? `Storage is full. ${NOTHING_CHANGED}` : `${err.message} ${NOTHING_CHANGED}`,
      { cause: e },
    );
  }
}

async function removeScope(database: ScriptsideDB, scope: BackupScope): Promise<void> {
  if (scope.kind === 'all') {
    for (const t of BACKUP_TABLES) await database.table(t).clear();
    return;
  }
  await database.scripts.delete(scope.scriptId);
  for (const t of SCRIPT_TABLES) {
    await database
      .table(t)
      .filter((r: BackupRecord) => r.scriptId === scope.scriptId)
      .delete();
  }
}

/** What could be read from a database the current code cannot open, and the tables that could not be read. */
export interface Salvage {
  backup: Backup;
  unreadable: string[];
}

/**
 * Reads every table it can from the database by name, whatever its version, without upgrading or deleting anything:
 * the "export what can be read" offered when the database cannot be opened.
 */
export async function salvageBackup(name = defaultDb.name, at = now()): Promise<Salvage> {
  const raw = new Dexie(name);
  const tables = emptyTables();
  const unreadable: string[] = [];
  let schemaVersion = BACKUP_SCHEMA_VERSION;
  try {
    await raw.open();
    // A newer database's records are labelled with its own version (Dexie stores version x 10), so older code
    // refuses to restore them.
    schemaVersion = Math.max(1, Math.floor((raw.backendDB()?.version ?? 10) / 10));
    for (const t of BACKUP_TABLES) {
      if (!raw.tables.some((x) => x.name === t)) continue;
      try {
        tables[t] = (await raw.table(t).toArray()) as BackupRecord[];
      } catch {
        unreadable.push(t);
      }
    }
  } catch {
    unreadable.push(...BACKUP_TABLES);
  } finally {
    raw.close();
  }
  return {
    backup: {
      format: BACKUP_FORMAT,
      schemaVersion,
      exportedAt: at,
      scope: { kind: 'all' },
      tables,
    },
    unreadable,
  };
}
