// Checks a backup file before anything is written: size, JSON, format, schema version and every record's shape.
// A backup is untrusted input (another machine, a damaged download), so every failure is a sentence, never a throw.

import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  decodeJson,
  type Backup,
  type BackupRecord,
  type BackupScope,
  type BackupTable,
} from './format';
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
const NOTE_KINDS = new Set(['pitch', 'decision', 'question', 'todo', 'note']);
const FLAG_STATUSES = new Set(['open', 'researching', 'verified', 'cleared', 'not_clear', 'dismissed']);
const JOB_STATUSES = new Set(['queued', 'partly_printed', 'printed']);

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
const optNum = (v: unknown) => v === undefined || isNum(v);
const optStr = (v: unknown) => v === undefined || isStr(v);
const strList = (v: unknown) => Array.isArray(v) && v.every(isStr);

function checkRecord(table: BackupTable, r: unknown, at: string): void {
  need(isPlain(r), `${at} is not a record`);
  const o = r as BackupRecord;
  if (table === 'settings') {
    need(isStr(o.key) && o.key.length > 0 && o.key.length <= BACKUP_LIMITS.idLength, `${at}.key is missing`);
    need(isNum(o.updatedAt), `${at}.updatedAt is not a time`);
    return;
  }
  need(isStr(o.id) && o.id.length > 0 && o.id.length <= BACKUP_LIMITS.idLength, `${at}.id is missing`);
  need(isNum(o.createdAt) && isNum(o.updatedAt), `${at} has no createdAt/updatedAt time`);
  need(optNum(o.deletedAt), `${at}.deletedAt is not a time`);
  if (table !== 'scripts') need(isStr(o.scriptId), `${at}.scriptId is missing`);
  switch (table) {
    case 'scripts':
      need(isStr(o.title), `${at}.title is not text`);
      need(strList(o.sourceKeys), `${at}.sourceKeys is not a list of text`);
      need(isPlain(o.settings), `${at}.settings is missing`);
      break;
    case 'revisions': {
      need(isNum(o.seq), `${at}.seq is not a number`);
      need(isStr(o.color) && isStr(o.date) && isStr(o.textHash), `${at} lacks its colour, date or hash`);
      const s = o.script as Record<string, unknown> | undefined;
      need(isPlain(s) && isStr(s.text) && Array.isArray(s.elements), `${at}.script is not a parsed script`);
      need(Array.isArray(o.pages) && Array.isArray(o.titlePage), `${at} lacks its pages`);
      need(typeof o.locked === 'boolean', `${at}.locked is not true/false`);
      break;
    }
    case 'notes':
      need(isStr(o.revisionId), `${at}.revisionId is missing`);
      need(isStr(o.text), `${at}.text is not text`);
      need(NOTE_KINDS.has(o.kind as string), `${at}.kind is unknown`);
      need(strList(o.tags), `${at}.tags is not a list of text`);
      need(isPlain(o.placements), `${at}.placements is missing`);
      need(typeof o.resolved === 'boolean', `${at}.resolved is not true/false`);
      need(optStr(o.parentId) && optStr(o.speaker) && optStr(o.sessionId), `${at} has a bad reference`);
      break;
    case 'sessions':
      need(
        isStr(o.title) && isStr(o.date) && strList(o.attendees),
        `${at} lacks its title, date or attendees`,
      );
      need(isNum(o.startedAt) && optNum(o.endedAt), `${at} has a bad start or end time`);
      break;
    case 'flags':
      need(isStr(o.revisionId) && isStr(o.item) && isStr(o.question), `${at} lacks its item or question`);
      need(isPlain(o.anchor), `${at}.anchor is missing`);
      need(FLAG_STATUSES.has(o.status as string), `${at}.status is unknown`);
      need(Array.isArray(o.history) && Array.isArray(o.sources), `${at} lacks its history or sources`);
      break;
    case 'dismissedSuggestions':
      need(isStr(o.key), `${at}.key is not text`);
      break;
    case 'printJobs':
      need(isStr(o.revisionId) && strList(o.pages), `${at} lacks its revision or pages`);
      need(isNum(o.copies) && isNum(o.order), `${at} has a bad copy count or order`);
      need(JOB_STATUSES.has(o.status as string), `${at}.status is unknown`);
      break;
  }
}

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
  options: { maxChars?: number; migrations?: Migrations } = {},
): BackupCheck {
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
    need(isNum(o.exportedAt), 'its export time is missing');
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
      list.forEach((r, i) => {
        checkRecord(t, r, `${t}[${i}]`);
        const id = t === 'settings' ? (r as BackupRecord).key : (r as BackupRecord).id;
        need(!seen.has(id), `${t}[${i}] repeats an id`);
        seen.add(id);
        if (scope.kind === 'script') {
          const owner = t === 'scripts' ? (r as BackupRecord).id : (r as BackupRecord).scriptId;
          need(t !== 'settings' && owner === scope.scriptId, `${t}[${i}] belongs to another script`);
        }
      });
      out[t] = list as BackupRecord[];
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
    if (e instanceof Invalid) return { ok: false, error: `This backup is damaged: ${e.message}.` };
    if (e instanceof MissingMigration) return { ok: false, error: e.message };
    throw e;
  }
}
