// Opening the database and telling the UI when storage needs the user (blocked upgrade, update in another window).

import { db as defaultDb, type ScriptsideDB } from './database';
import { StorageError, toStorageError } from './errors';

/** What the panel shows while it starts: ready, or why storage cannot be used, in a sentence. */
export type DbStatus =
  { ok: true } | { ok: false; reason: 'blocked' | 'quota' | 'newer' | 'failed'; message: string };

/** Events the UI must react to after start-up. */
export type StorageEvent = { type: 'versionchange'; message: string } | { type: 'blocked'; message: string };

const listeners = new Set<(e: StorageEvent) => void>();

/** Subscribes to storage events; returns the unsubscribe function. */
export function onStorageEvent(listener: (e: StorageEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(e: StorageEvent): void {
  for (const l of listeners) l(e);
}

const wired = new WeakSet<ScriptsideDB>();

function wire(database: ScriptsideDB): void {
  if (wired.has(database)) return;
  wired.add(database);
  database.on('versionchange', () => {
    // A newer Scriptside (another window, an update) wants to upgrade: let it, and ask this page to reload.
    database.close();
    emit({
      type: 'versionchange',
      message: 'Scriptside was updated in another window. Reload this panel to continue.',
    });
    return false;
  });
}

const BLOCKED_MESSAGE =
  'Scriptside is open in another window with an older version. Close other Scriptside windows to continue.';

/**
 * Opens the database. Resolves with a status rather than throwing, so the panel can show the sentence.
 * When the open is blocked by another window it resolves 'blocked' at once; the open goes on and finishes
 * when the other window closes (a 'blocked' StorageEvent is emitted as well).
 */
export async function openDatabase(database: ScriptsideDB = defaultDb): Promise<DbStatus> {
  wire(database);
  if (database.isOpen()) return { ok: true };
  let onBlocked: (() => void) | undefined;
  const blocked = new Promise<DbStatus>((resolve) => {
    onBlocked = () => {
      emit({ type: 'blocked', message: BLOCKED_MESSAGE });
      resolve({ ok: false, reason: 'blocked', message: BLOCKED_MESSAGE });
    };
    database.on('blocked', onBlocked);
  });
  const opened = database.open().then(
    (): DbStatus => {
      // Dexie 4 opens a database a newer Scriptside upgraded; a write from this code could drop fields it does not
      // know, so refuse it (Settings' salvage export still reads it) until the extension is updated.
      if ((database.backendDB()?.version ?? 0) > database.verno * 10) {
        database.close();
        return {
          ok: false,
          reason: 'newer',
          message: new StorageError('newer').message,
        };
      }
      return { ok: true };
    },
    (e: unknown): DbStatus => {
      const err = toStorageError(e);
      const reason = err.code === 'quota' || err.code === 'newer' ? err.code : 'failed';
      return { ok: false, reason, message: err.message };
    },
  );
  try {
    return await Promise.race([opened, blocked]);
  } finally {
    if (onBlocked) database.on('blocked').unsubscribe(onBlocked);
  }
}
