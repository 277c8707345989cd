// Checks a backup file before anything is written: size, JSON, format, schema version and every record's full shape
// (through lib/records, the one validation layer for records that arrive from outside).
// A backup is untrusted input (another machine, a damaged download), so every failure is a sentence, never a throw.

import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  decodeJson,
  type Backup,
  type BackupScope,
} from './format';
import { ownerOf, RECORD_LIMITS, RecordInvalid, validateRecord } from '../records/validate';
import { migrateBackup, MissingMigration, type Migrations, MIGRATIONS } from './migrate';

export type BackupCheck = { ok: true; backup: Backup; migratedFrom?: number } | { ok: false; error: string };

/** Limits on what a backup may hold; a 1,000-page script with its revisions is a few tens of MB. */
export const BACKUP_LIMITS = {
  /** Characters of the whole file. */
  chars: 256 * 1024 * 1024,
  /** Nesting depth of any value (a parsed script is about 6 deep). */
  depth: 40,
  idLength: 200,
} as const;

class Invalid extends Error {}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Rejects prototype keys and absurd nesting anywhere in the value (iteratively: no stack overflow). */
function walk(root: unknown, maxDepth: number): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null || v instanceof Date) continue;
    if (d > maxDepth) throw new Invalid('it is nested too deeply');
    if (Array.isArray(v)) {
      for (const x of v) stack.push([x, d + 1]);
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) throw new Invalid(`it contains a forbidden key "${k}"`);
      stack.push([(v as Record<string, unknown>)[k], d + 1]);
    }
  }
}

function need(cond: boolean, what: string): void {
  if (!cond) throw new Invalid(what);
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkScope(v: unknown): BackupScope {
  need(isPlain(v), 'its scope is missing');
  const s = v as Record<string, unknown>;
  if (s.kind === 'all') return { kind: 'all' };
  need(s.kind === 'script' && isStr(s.scriptId) && isStr(s.title), 'its scope is not understood');
  return { kind: 'script', scriptId: s.scriptId as string, title: s.title as string };
}

/**
 * Reads and checks a backup file's text. On success the backup is at the current schema version (older ones are
 * migrated); on failure `error` is a sentence for the user. Nothing here writes anywhere.
 */
export function checkBackup(
  text: string,
  options: { maxChars?: number; migrations?: Migrations; now?: number } = {},
): BackupCheck {
  const at = options.now ?? Date.now();
  const maxChars = options.maxChars ?? BACKUP_LIMITS.chars;
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > maxChars) {
    const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
    return {
      ok: false,
      error: `The file is too large for a backup (${mb(text.length)}; the limit is ${mb(maxChars)}).`,
    };
  }
  let raw: unknown;
  try {
    raw = decodeJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    // A RangeError is the parser running out of stack on absurd nesting, not a damaged file.
    if (e instanceof RangeError)
      return { ok: false, error: 'This backup is damaged: it is nested too deeply.' };
    return { ok: false, error: 'This file is not complete JSON: it may be cut off or damaged.' };
  }
  try {
    need(isPlain(raw) && (raw as Record<string, unknown>).format === BACKUP_FORMAT, 'NOT_BACKUP');
  } catch {
    return { ok: false, error: 'This file is not a Scriptside backup.' };
  }
  const o = raw as Record<string, unknown>;
  const version = o.schemaVersion;
  if (!Number.isSafeInteger(version) || (version as number) < 0) {
    return { ok: false, error: 'This backup has no schema version, so it cannot be read safely.' };
  }
  if ((version as number) > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Scriptside (schema ${version as number}). Update the extension to restore it.`,
    };
  }
  try {
    walk(raw, BACKUP_LIMITS.depth);
    need(isNum(o.exportedAt) && (o.exportedAt as number) >= 0, 'its export time is missing');
    need(
      (o.exportedAt as number) <= at + RECORD_LIMITS.clockAllowanceMs,
      "its export time is in the future (check this computer's clock)",
    );
    // No record in a file is newer than the file: later times are capped at its export time, exactly.
    const ctx = { now: o.exportedAt as number, allowanceMs: 0 };
    const scope = checkScope(o.scope);
    need(isPlain(o.tables), 'its tables are missing');
    const migrated = migrateBackup(
      o.tables as Record<string, unknown>,
      version as number,
      options.migrations ?? MIGRATIONS,
    );
    const tables = migrated as Record<string, unknown>;
    for (const k of Object.keys(tables)) {
      need((BACKUP_TABLES as readonly string[]).includes(k), `it has an unknown table "${k.slice(0, 40)}"`);
    }
    const out = {} as Backup['tables'];
    for (const t of BACKUP_TABLES) {
      const rows = tables[t] ?? [];
      need(Array.isArray(rows), `${t} is not a list`);
      const list = rows as unknown[];
      const seen = new Set<unknown>();
      const checked = list.map((r, i) => validateRecord(t, r, `${t}[${i}]`, ctx));
      checked.forEach((r, i) => {
        const id = t === 'settings' ? r.key : r.id;
        need(!seen.has(id), `${t}[${i}] repeats an id`);
        seen.add(id);
        if (scope.kind === 'script') {
          const owner = ownerOf(t, r);
          need(t !== 'settings' && owner === scope.scriptId, `${t}[${i}] belongs to another script`);
        }
      });
      out[t] = checked;
    }
    const backup: Backup = {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: o.exportedAt as number,
      scope,
      tables: out,
    };
    return version === BACKUP_SCHEMA_VERSION
      ? { ok: true, backup }
      : { ok: true, backup, migratedFrom: version as number };
  } catch (e) {
    if (e instanceof Invalid || e instanceof RecordInvalid)
      return { ok: false, error: `This backup is damaged: ${e.message}.` };
    if (e instanceof MissingMigration) return { ok: false, error: e.message };
    throw e;
  }
}
