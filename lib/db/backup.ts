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
  type BackupTables,
  type MergeCounts,
} from '../backup';
import { ownerOf, SCRIPT_TABLES } from '../records/validate';
import { lockDraft } from '../script/locking';
import { SETTING_FAMILY_SPECS, SETTING_SPECS } from '../records/settings';
import { textHashOf } from './revisions';
import type { RevisionRecord } from './schema';
import { db as defaultDb, ScriptsideDB } from './database';
import { toStorageError } from './errors';
import { newId, now } from './ids';

/** The setting holding when the user last saved a backup (declared in lib/records/settings.ts). */
const SETTING_LAST_BACKUP = SETTING_SPECS.lastBackupAt.key;

/** A restore that did not happen; `message` ends by saying nothing was changed. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}

/** What a restore did. */
export type RestoreResult = RestorePreview;

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

/** What a restore will do (shown before it runs) or did. */
export interface RestoreCounts extends MergeCounts {
  /** Stored records the restore removes (replace) or marks deleted (a deletion in the backup). */
  deleted: number;
}

/** One script a restore touches, by title, for the "this will…" list shown before it runs. */
export interface ScriptChange {
  id: string;
  title: string;
  change: 'added' | 'changed' | 'deleted' | 'replaced';
}

/** What a restore will do, worked out without writing anything. */
export interface RestorePreview {
  mode: 'merge' | 'replace';
  scope: BackupScope;
  counts: RestoreCounts;
  scripts: ScriptChange[];
  migratedFrom?: number;
}

/** A restore's plan: the records to write, and (replace) the scope to clear first. */
interface RestorePlan {
  put: BackupTables;
  clear?: BackupScope;
  counts: RestoreCounts;
  scripts: ScriptChange[];
}

const isDeleted = (r: BackupRecord | undefined) => typeof r?.deletedAt === 'number';

/**
 * Derived fields are recomputed, never taken from the file: a revision's text hash (what a later read of the same
 * text is matched against) and a locked revision's page lock.
 */
async function recomputeDerived(backup: Backup): Promise<Backup> {
  const revisions = await Promise.all(
    backup.tables.revisions.map(async (r): Promise<BackupRecord> => ({
      ...r,
      textHash: await textHashOf((r.script as RevisionRecord['script']).text),
    })),
  );
  const byId = new Map(revisions.map((r) => [r.id as string, r as unknown as RevisionRecord]));
  const settings = backup.tables.settings.flatMap((s) => {
    const key = s.key as string;
    if (!key.startsWith(LOCK_PREFIX)) return [s];
    const r = byId.get(key.slice(LOCK_PREFIX.length));
    if (!r || !r.locked || r.pages.length === 0 || r.script.pages?.length) return [];
    return [{ ...s, value: lockDraft(r.script, r.pages) }];
  });
  return { ...backup, tables: { ...backup.tables, revisions, settings } };
}

const LOCK_PREFIX = SETTING_FAMILY_SPECS.revisionLock.prefix;

/**
 * Works out a restore against what is stored, inside the caller's transaction. Refuses (BackupError) any record
 * whose id is stored under another script, or that points at a revision, note or session of another script; drops
 * a current-script setting or a script's current revision that points nowhere valid.
 */
async function planRestore(
  database: ScriptsideDB,
  backup: Backup,
  mode: 'merge' | 'replace',
): Promise<RestorePlan> {
  const tables = backup.tables;
  const stored = new Map<BackupTable, Map<string, BackupRecord>>();
  for (const t of BACKUP_TABLES) {
    const keys = tables[t].map((r) => recordKey(t, r));
    const found = (await database.table(t).bulkGet(keys)) as (BackupRecord | undefined)[];
    stored.set(t, new Map(found.flatMap((r) => (r ? [[recordKey(t, r), r] as const] : []))));
  }
  // Ids crossing scripts: an incoming record may only replace a stored record of the same script.
  for (const t of BACKUP_TABLES) {
    if (t === 'settings') continue;
    tables[t].forEach((r, i) => {
      const old = stored.get(t)!.get(recordKey(t, r));
      if (old && ownerOf(t, old) !== ownerOf(t, r))
        throw new BackupError(
          `This backup is damaged: ${t}[${i}] has the id of a record of another script here. ${NOTHING_CHANGED}`,
        );
    });
  }
  // References: to a script, and to a revision, note or session of the same script (in the backup or stored).
  // Owners are gathered with one bulkGet per table: a long chain of native awaits would lose the transaction.
  const refs: [BackupTable, string, BackupTable, boolean][] = [
    ['revisions', 'scriptId', 'scripts', true],
    ['notes', 'scriptId', 'scripts', true],
    ['sessions', 'scriptId', 'scripts', true],
    ['flags', 'scriptId', 'scripts', true],
    ['dismissedSuggestions', 'scriptId', 'scripts', true],
    ['printJobs', 'scriptId', 'scripts', true],
    ['notes', 'revisionId', 'revisions', true],
    ['flags', 'revisionId', 'revisions', true],
    ['printJobs', 'revisionId', 'revisions', true],
    ['notes', 'parentId', 'notes', false],
    ['notes', 'sessionId', 'sessions', false],
    ['scripts', 'currentRevisionId', 'revisions', false],
  ];
  const owners = new Map<BackupTable, Map<string, BackupRecord>>();
  const wanted = new Map<BackupTable, Set<string>>();
  for (const t of BACKUP_TABLES) owners.set(t, new Map(tables[t].map((r) => [recordKey(t, r), r])));
  const want = (t: BackupTable, id: unknown) => {
    if (typeof id !== 'string' || owners.get(t)!.has(id)) return;
    if (!wanted.has(t)) wanted.set(t, new Set());
    wanted.get(t)!.add(id);
  };
  for (const [table, field, target] of refs) for (const r of tables[table]) want(target, r[field]);
  for (const s of tables.settings) if (s.key === 'ui.currentScriptId') want('scripts', s.value);
  for (const [t, ids] of wanted) {
    const keys = [...ids];
    const found = (await database.table(t).bulkGet(keys)) as (BackupRecord | undefined)[];
    found.forEach((r, i) => r && owners.get(t)!.set(keys[i], r));
  }
  const lookup = (t: BackupTable, id: string) => owners.get(t)!.get(id);
  const ownerIn = (t: BackupTable, id: string) => {
    const r = lookup(t, id);
    return r ? ownerOf(t, r) : undefined;
  };
  for (const [table, field, target, required] of refs) {
    if (table === 'scripts') continue;
    tables[table].forEach((r, i) => {
      const id = r[field];
      if (id === undefined) return;
      const owner = ownerIn(target, id as string);
      const expected = target === 'scripts' ? id : r.scriptId;
      if (owner === undefined && !required) return;
      if (owner !== expected)
        throw new BackupError(
          `This backup is damaged: ${table}[${i}].${field} points to ${owner === undefined ? 'nothing' : 'another script'}. ${NOTHING_CHANGED}`,
        );
    });
  }
  const put = emptyTables();
  for (const t of BACKUP_TABLES) put[t] = [...tables[t]];
  put.scripts = await Promise.all(
    put.scripts.map(async (s) => {
      const cur = s.currentRevisionId as string | undefined;
      if (cur === undefined || (await ownerIn('revisions', cur)) === s.id) return s;
      const { currentRevisionId: _dropped, ...rest } = s;
      return rest;
    }),
  );
  const settings: BackupRecord[] = [];
  for (const s of put.settings) {
    if (s.key === 'ui.currentScriptId' && typeof s.value === 'string') {
      const script = (tables.scripts.find((x) => x.id === s.value) ??
        (await database.scripts.get(s.value))) as BackupRecord | undefined;
      if (!script || isDeleted(script)) continue;
    }
    settings.push(s);
  }
  put.settings = settings;

  const scriptChanges: ScriptChange[] = [];
  if (mode === 'replace') {
    const inScope = await readScope(database, backup.scope);
    const incoming = new Map(BACKUP_TABLES.map((t) => [t, new Set(put[t].map((r) => recordKey(t, r)))]));
    let deleted = 0;
    let updated = 0;
    for (const t of BACKUP_TABLES) {
      for (const r of inScope[t]) {
        if (incoming.get(t)!.has(recordKey(t, r))) updated++;
        else deleted++;
      }
    }
    for (const s of inScope.scripts)
      if (!incoming.get('scripts')!.has(s.id as string))
        scriptChanges.push({ id: s.id as string, title: s.title as string, change: 'deleted' });
    for (const s of put.scripts)
      scriptChanges.push({
        id: s.id as string,
        title: s.title as string,
        change: isDeleted(s) ? 'deleted' : stored.get('scripts')!.has(s.id as string) ? 'replaced' : 'added',
      });
    const total = BACKUP_TABLES.reduce((n, t) => n + put[t].length, 0);
    return {
      put,
      clear: backup.scope,
      counts: { added: total - updated, updated, kept: 0, deleted },
      scripts: scriptChanges,
    };
  }
  const plan = planMerge(put, (t, k) => stored.get(t)?.get(k));
  let deleted = 0;
  for (const t of BACKUP_TABLES)
    for (const r of plan.put[t])
      if (isDeleted(r) && !isDeleted(stored.get(t)?.get(recordKey(t, r)))) deleted++;
  for (const s of plan.put.scripts) {
    const old = stored.get('scripts')!.get(s.id as string);
    const change = isDeleted(s) && !isDeleted(old) ? 'deleted' : old ? 'changed' : 'added';
    scriptChanges.push({ id: s.id as string, title: s.title as string, change });
  }
  // Scripts whose records change though the script record itself does not.
  const touched = new Set(
    BACKUP_TABLES.filter((t) => t !== 'scripts' && t !== 'settings').flatMap((t) =>
      plan.put[t].map((r) => r.scriptId as string),
    ),
  );
  for (const id of touched) {
    if (scriptChanges.some((c) => c.id === id)) continue;
    const s = (tables.scripts.find((x) => x.id === id) ?? (await database.scripts.get(id))) as
      BackupRecord | undefined;
    scriptChanges.push({ id, title: (s?.title as string) ?? 'Untitled', change: 'changed' });
  }
  return { put: plan.put, counts: { ...plan.counts, deleted }, scripts: scriptChanges };
}

/** Checks a backup's text and passes it through a temporary database; throws BackupError with a sentence. */
async function prepare(
  text: string,
  maxChars: number | undefined,
): Promise<{ backup: Backup; migratedFrom?: number }> {
  const checked = checkBackup(text, { maxChars });
  if (!checked.ok) throw new BackupError(`${checked.error} ${NOTHING_CHANGED}`);
  try {
    const backup = await throughTemporaryDatabase(await recomputeDerived(checked.backup));
    return { backup, migratedFrom: checked.migratedFrom };
  } catch (e) {
    const why = toStorageError(e).code === 'quota' ? 'Storage is full.' : 'Its records could not be stored.';
    throw new BackupError(`This backup could not be restored: ${why} ${NOTHING_CHANGED}`, { cause: e });
  }
}

function storageFailure(e: unknown): never {
  if (e instanceof BackupError) throw e;
  const err = toStorageError(e);
  throw new BackupError(
    err.code === 'quota' ? `Storage is full. ${NOTHING_CHANGED}` : `${err.message} ${NOTHING_CHANGED}`,
    { cause: e },
  );
}

/** Checks, plans and (when `write`) applies a restore in one transaction: the preview and the restore are one path. */
async function runRestore(
  text: string,
  mode: 'merge' | 'replace',
  options: { database?: ScriptsideDB; maxChars?: number },
  write: boolean,
): Promise<RestorePreview> {
  const database = options.database ?? defaultDb;
  const { backup, migratedFrom } = await prepare(text, options.maxChars);
  try {
    const plan = await database.transaction(write ? 'rw' : 'r', database.tables, async () => {
      const p = await planRestore(database, backup, mode);
      if (!write) return p;
      if (p.clear) await removeScope(database, p.clear);
      for (const t of BACKUP_TABLES) if (p.put[t].length) await database.table(t).bulkPut(p.put[t]);
      return p;
    });
    return {
      mode,
      scope: backup.scope,
      counts: plan.counts,
      scripts: plan.scripts,
      ...(migratedFrom !== undefined ? { migratedFrom } : {}),
    };
  } catch (e) {
    return storageFailure(e);
  }
}

/**
 * What restoring the backup's text would add, change and delete, without writing anything: the panel shows it and
 * asks before `restoreBackup` runs. Throws BackupError (with a sentence) for a backup that would be refused.
 */
export function previewRestore(
  text: string,
  mode: 'merge' | 'replace',
  options: { database?: ScriptsideDB; maxChars?: number } = {},
): Promise<RestorePreview> {
  return runRestore(text, mode, options, false);
}

/**
 * Restores a backup file's text. 'merge' keeps ids and lets the newer edit win; 'replace' first removes what the
 * backup covers (everything, or that one script). The file is checked record by record (lib/records), its derived
 * fields recomputed, passed through a temporary database, and checked against what is stored (no id may cross
 * scripts) before the real database is written in a single transaction: all or nothing.
 */
export function restoreBackup(
  text: string,
  mode: 'merge' | 'replace',
  options: { database?: ScriptsideDB; maxChars?: number } = {},
): Promise<RestoreResult> {
  return runRestore(text, mode, options, true);
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
