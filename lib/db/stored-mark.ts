// A small mark kept outside IndexedDB (the panel keeps it in the extension's storage.local) saying that scripts are
// stored. Chromium deletes an IndexedDB it finds damaged when it opens it (LevelDB "checksum mismatch", typically after
// the browser was killed in the middle of a large write) and starts an empty one without telling the page. Without
// this mark the panel would then greet the user as a new install; with it, the panel sees that the scripts it held
// are gone, says so and points to the last backup file.

import { db as defaultDb, type ScriptsideDB } from './database';
import { SETTING_SPECS } from '../records/settings';
import { now } from './ids';

/** Where the mark is kept: one value, outside IndexedDB (the platform supplies it; tests give a fake). */
export interface MarkArea {
  get(): Promise<unknown>;
  set(mark: StoredMark): Promise<void>;
  remove(): Promise<void>;
}

/** What the mark remembers: that scripts were stored, how many, and the user's last saved backup. */
export interface StoredMark {
  /** Scripts stored (deleted ones too) when the mark was last written; always at least 1. */
  scripts: number;
  /** When the mark was last written (ms since 1970). */
  at: number;
  /** When the user last saved a backup file, if ever (the setting lives in IndexedDB and is lost with it). */
  lastBackupAt?: number;
}

/** What storage holds compared with the mark, as the panel finds it at start-up. */
export type StoredDataState =
  | { kind: 'fresh' }
  | { kind: 'kept' }
  /** The mark says scripts were stored and the database holds none: the browser dropped it. */
  | { kind: 'lost'; mark: StoredMark };

/** What the database holds that the mark records. */
export interface StoredSummary {
  scripts: number;
  lastBackupAt?: number;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The mark read back from storage, or undefined when there is none (or it is not a mark: read as none). */
export function readMark(value: unknown): StoredMark | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (!Number.isInteger(v.scripts) || (v.scripts as number) < 1 || !isTime(v.at)) return undefined;
  return {
    scripts: v.scripts as number,
    at: v.at,
    ...(isTime(v.lastBackupAt) ? { lastBackupAt: v.lastBackupAt } : {}),
  };
}

/** Compares the mark with what the database holds now. */
export function judgeStoredData(mark: StoredMark | undefined, held: StoredSummary): StoredDataState {
  if (held.scripts > 0) return { kind: 'kept' };
  return mark ? { kind: 'lost', mark } : { kind: 'fresh' };
}

/**
 * The mark to keep once the database holds `held`: a new one while scripts are stored (undefined when `current`
 * already says the same), 'remove' when the database was emptied while this panel watched it (a replace with an
 * empty backup: the user's own doing), and undefined (leave it) while the loss found at start-up is not dealt with.
 */
export function nextMark(
  current: StoredMark | undefined,
  held: StoredSummary,
  startedAs: StoredDataState['kind'],
  at: number,
): StoredMark | 'remove' | undefined {
  if (held.scripts > 0) {
    const lastBackupAt = held.lastBackupAt ?? current?.lastBackupAt;
    if (current && current.scripts === held.scripts && current.lastBackupAt === lastBackupAt)
      return undefined;
    return { scripts: held.scripts, at, ...(lastBackupAt !== undefined ? { lastBackupAt } : {}) };
  }
  if (startedAs === 'lost' || !current) return undefined;
  return 'remove';
}

/** How many scripts the database holds (deleted ones too) and when the user last saved a backup. */
export async function storedSummary(database: ScriptsideDB = defaultDb): Promise<StoredSummary> {
  const [scripts, backup] = await Promise.all([
    database.scripts.count(),
    database.settings.get(SETTING_SPECS.lastBackupAt.key),
  ]);
  return isTime(backup?.value) ? { scripts, lastBackupAt: backup.value } : { scripts };
}

/**
 * At start-up: compares the mark with the database and, when scripts are stored, brings the mark up to date; gives
 * the state found and the mark kept now. A mark that cannot be read (storage.local failing) counts as 'kept': the
 * check must never stand between the user and the panel.
 */
export async function checkStoredData(
  area: MarkArea,
  database: ScriptsideDB = defaultDb,
  at = now(),
): Promise<{ state: StoredDataState; mark: StoredMark | undefined }> {
  const held = await storedSummary(database);
  let found: StoredMark | undefined;
  try {
    found = readMark(await area.get());
  } catch {
    return { state: { kind: 'kept' }, mark: undefined };
  }
  const state = judgeStoredData(found, held);
  return { state, mark: await keepMark(area, found, held, state.kind, at) };
}

/** Brings the mark up to date with what the database holds (see `nextMark`); gives the mark now stored. */
export async function keepMark(
  area: MarkArea,
  current: StoredMark | undefined,
  held: StoredSummary,
  startedAs: StoredDataState['kind'],
  at = now(),
): Promise<StoredMark | undefined> {
  const next = nextMark(current, held, startedAs, at);
  try {
    if (next === 'remove') await area.remove();
    else if (next) await area.set(next);
  } catch {
    // The mark is a safety net: storage.local failing must not break the panel (the next change tries again).
    return current;
  }
  return next === 'remove' ? undefined : (next ?? current);
}

/** The user read the loss notice and starts afresh: forget the mark (the next script stored writes a new one). */
export async function forgetMark(area: MarkArea): Promise<void> {
  await area.remove();
}
