// The Scriptside backup file: a versioned JSON document holding every table (or one script's records), and the
// encoding that lets values JSON cannot carry (Dates, NaN, Infinity, -0) come back exactly as they were stored.

import { RECORD_TABLES } from '../records/validate';

/** The `format` field of every backup file; anything else is not a Scriptside backup. */
export const BACKUP_FORMAT = 'scriptside-backup';

/** The database schema version this code writes; older backups are migrated up to it (lib/backup/migrate.ts). */
export const BACKUP_SCHEMA_VERSION = 1;

/** The tables a backup carries, in the order they are written and restored. */
export const BACKUP_TABLES = RECORD_TABLES;

export type BackupTable = (typeof BACKUP_TABLES)[number];

/** A stored record as the backup sees it: plain data with at least an id (or a key, for settings). */
export type BackupRecord = Record<string, unknown>;

export type BackupTables = Record<BackupTable, BackupRecord[]>;

/** What a backup holds: everything, or one script with its revisions, notes, flags and print jobs. */
export type BackupScope = { kind: 'all' } | { kind: 'script'; scriptId: string; title: string };

/** A whole backup, decoded. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** ms since the epoch. */
  exportedAt: number;
  scope: BackupScope;
  tables: BackupTables;
}

/** Empty tables, for building a backup. */
export function emptyTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables;
}

// A tagged object stands for a value JSON has no literal for. Stored records never hold an object whose only key
// is one of these tags, so the tags cannot be confused with user data; user text is always a string.
const DATE = '$date';
const NUMBER = '$number';

function encodeValue(this: unknown, key: string, value: unknown): unknown {
  // `value` has already been through Date.prototype.toJSON; the holder still has the Date itself.
  const raw = (this as Record<string, unknown>)[key];
  if (raw instanceof Date) return { [DATE]: Number.isNaN(raw.getTime()) ? 'invalid' : raw.toISOString() };
  if (typeof raw === 'number' && (!Number.isFinite(raw) || Object.is(raw, -0))) {
    return { [NUMBER]: Object.is(raw, -0) ? '-0' : String(raw) };
  }
  return value;
}

function decodeValue(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === DATE) {
      const iso = (value as Record<string, unknown>)[DATE];
      if (typeof iso === 'string') return new Date(iso === 'invalid' ? NaN : iso);
    }
    if (keys.length === 1 && keys[0] === NUMBER) {
      const n = (value as Record<string, unknown>)[NUMBER];
      if (n === '-0') return -0;
      if (n === 'NaN' || n === 'Infinity' || n === '-Infinity') return Number(n);
    }
  }
  return value;
}

/** The backup as the text of a .json file (two-space indented, so a person can read it). */
export function encodeBackup(backup: Backup): string {
  return JSON.stringify(backup, encodeValue, 2);
}

/** JSON.parse with the backup's tags turned back into Dates and special numbers. Throws SyntaxError. */
export function decodeJson(text: string): unknown {
  return JSON.parse(text, decodeValue);
}

/** A file name for the backup: "scriptside-backup-2026-11-27.json" or "scriptside-the-cold-open-2026-11-27.json". */
export function backupFileName(backup: Pick<Backup, 'scope' | 'exportedAt'>): string {
  const d = new Date(backup.exportedAt);
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  if (backup.scope.kind === 'all') return `scriptside-backup-${day}.json`;
  const slug =
    backup.scope.title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'script';
  return `scriptside-${slug}-${day}.json`;
}

/** Days after which Settings reminds the user to save a backup. */
export const BACKUP_REMINDER_DAYS = 7;

/** The reminder sentence for Settings, or undefined when the last backup is recent (or there is nothing to lose). */
export function backupReminder(
  lastBackupAt: number | undefined,
  at: number,
  hasData: boolean,
): string | undefined {
  if (!hasData) return undefined;
  if (lastBackupAt === undefined)
    return 'You have never saved a backup. Save one now: uninstalling Scriptside erases its data.';
  const days = Math.floor((at - lastBackupAt) / 86_400_000);
  if (days < BACKUP_REMINDER_DAYS) return undefined;
  return `Your last backup is ${days} days old. Save a new one to keep recent notes and flags safe.`;
}
