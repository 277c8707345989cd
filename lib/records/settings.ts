// Every setting Scriptside stores, declared once: its key, the type of its value, the value it has until set, and the
// check a value must pass (what the panel writes, what a backup or a room brings, what is read back). Pure data and
// functions: lib/db/settings.ts turns each declaration into a typed item (`settings.theme.get()/set()`), and
// lib/records/validate.ts checks incoming settings against the same declarations.

import type { PageLock } from '../script/locking';

/** Theme choice in Settings: follow the browser, or force one. */
export const THEMES = ['auto', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Longest id a setting holds (a record id, a command id). */
const ID_CHARS = 200;
/** Most commands remembered as recently used (the palette shows a handful). */
const RECENT_COMMANDS_MAX = 100;
/** Most orphans one revision can list as dismissed. */
const DISMISSED_MAX = 100_000;
/** Longest "note:id" / "flag:id" entry in a dismissed list. */
const DISMISSED_ENTRY_CHARS = 400;
/** Longest unsaved note kept as a draft (a 1 MB note round-trips; the draft is the same text). */
const NOTE_DRAFT_CHARS = 8_000_000;

/** One setting: the key it is stored under, its value until set, and the check any value must pass. */
export interface SettingSpec<T> {
  key: string;
  fallback: T;
  valid(value: unknown): value is T;
}

/** Settings kept one per record (a revision's lock, a script's note draft): the key is prefix + the record's id. */
export interface SettingFamilySpec<T> {
  prefix: string;
  fallback: T;
  valid(value: unknown): value is T;
  /** The setting of one record. */
  of(id: string): SettingSpec<T>;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= ID_CHARS;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function setting<T>(key: string, fallback: T, valid: (v: unknown) => v is T): SettingSpec<T> {
  return { key, fallback, valid };
}

function family<T>(prefix: string, fallback: T, valid: (v: unknown) => v is T): SettingFamilySpec<T> {
  return { prefix, fallback, valid, of: (id) => ({ key: `${prefix}${id}`, fallback, valid }) };
}

/** The settings there is one of. */
export const SETTING_SPECS = {
  /** Light, dark, high contrast, or the browser's choice. */
  theme: setting<Theme>('ui.theme', 'auto', (v): v is Theme => (THEMES as readonly unknown[]).includes(v)),
  /** The script the last panel chose (the next panel opens on it); null: none chosen yet. */
  currentScriptId: setting<string | null>(
    'ui.currentScriptId',
    null,
    (v): v is string | null => v === null || isId(v),
  ),
  /** Command ids, most recently run first (the palette lists them first). */
  recentCommands: setting<string[]>(
    'ui.recentCommands',
    [],
    (v): v is string[] => Array.isArray(v) && v.length <= RECENT_COMMANDS_MAX && v.every(isId),
  ),
  /** When everything was last exported (ms since the epoch); null: never. */
  lastBackupAt: setting<number | null>(
    'backup.lastExportedAt',
    null,
    (v): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0),
  ),
} as const;

/** The settings kept one per record. */
export const SETTING_FAMILY_SPECS = {
  /**
   * A locked revision's page and scene numbering, by revision id; null while the revision is not locked. lib/db
   * recomputes it from the locked revision when a backup brings one, so only its shape is checked here.
   */
  revisionLock: family<PageLock | null>(
    'revision.lock.',
    null,
    (v): v is PageLock | null => v === null || isPlainObject(v),
  ),
  /** The orphans the user dismissed from a revision's list ("note:<id>", "flag:<id>"), by revision id. */
  dismissedOrphans: family<string[]>(
    'revision.dismissedOrphans.',
    [],
    (v): v is string[] =>
      Array.isArray(v) &&
      v.length <= DISMISSED_MAX &&
      v.every((x) => typeof x === 'string' && x.length <= DISMISSED_ENTRY_CHARS),
  ),
  /** The note being typed and not yet saved, by script id (it survives closing the panel). */
  noteDraft: family<string>(
    'notes.draft.',
    '',
    (v): v is string => typeof v === 'string' && v.length <= NOTE_DRAFT_CHARS,
  ),
} as const;

/** The declaration a stored key belongs to, or undefined for a key Scriptside does not know (kept as plain data). */
export function settingSpecOf(key: string): SettingSpec<unknown> | undefined {
  for (const spec of Object.values(SETTING_SPECS) as SettingSpec<unknown>[])
    if (spec.key === key) return spec;
  for (const fam of Object.values(SETTING_FAMILY_SPECS) as SettingFamilySpec<unknown>[]) {
    if (key.startsWith(fam.prefix)) return fam.of(key.slice(fam.prefix.length));
  }
  return undefined;
}
