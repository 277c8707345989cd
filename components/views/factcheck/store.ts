// Fact-check flags and dismissed suggestions in storage: live reads for the view, badge and status bar, and writes
// that run read-modify-write inside one transaction so two panels never lose each other's changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { db, newId, now, toStorageError } from '../../../lib/db';
import type { FlagRecord, FlagStatus } from '../../../lib/db';
import { suggestionKey } from '../../../lib/factcheck/suggest';
import { editFlag, moveFlag, type FlagEdit } from '../../../lib/factcheck/workflow';

async function readScriptFlags(scriptId: string | undefined): Promise<FlagRecord[]> {
  if (!scriptId) return [];
  const all = await db.flags.where('scriptId').equals(scriptId).toArray();
  return all.filter((f) => f.deletedAt === undefined);
}

/** A script's flags that are not deleted (undefined while loading). */
export function useScriptFlags(scriptId: string | undefined): FlagRecord[] | undefined {
  const live = useLiveQuery(() => readScriptFlags(scriptId), [scriptId]);
  // The live query subscribes in an effect, after the view's first frame is painted; a plain read started while
  // rendering answers sooner, and the live result replaces it as soon as it arrives.
  const [first, setFirst] = useState<{ scriptId: string | undefined; flags: FlagRecord[] }>();
  const started = useRef<string | undefined | null>(null);
  if (started.current !== scriptId) {
    started.current = scriptId;
    readScriptFlags(scriptId).then(
      (flags) => setFirst({ scriptId, flags }),
      () => undefined, // the live query reports storage failures
    );
  }
  return live ?? (first && first.scriptId === scriptId ? first.flags : undefined);
}

// The count lives apart so the badge and status bar load without the workflow and suggestion engine.
export { useOpenFlagCount } from './count';

/** Keys of suggestions the user dismissed for a script. */
export function useDismissedKeys(scriptId: string | undefined): Set<string> | undefined {
  return useLiveQuery(async () => {
    if (!scriptId) return new Set<string>();
    const all = await db.dismissedSuggestions
      .where('[scriptId+key]')
      .between([scriptId, ''], [scriptId, '\uffff'])
      .toArray();
    return new Set(all.filter((d) => d.deletedAt === undefined).map((d) => d.key));
  }, [scriptId]);
}

/** Stores a new flag. */
export async function addFlag(flag: FlagRecord): Promise<void> {
  try {
    await db.flags.add(flag);
  } catch (e) {
    throw toStorageError(e);
  }
}

async function change(id: string, fn: (f: FlagRecord) => FlagRecord): Promise<void> {
  try {
    await db.transaction('rw', db.flags, async () => {
      const f = await db.flags.get(id);
      if (!f) throw new Error('That flag no longer exists.');
      await db.flags.put(fn(f));
    });
  } catch (e) {
    // A refused workflow step is the user's sentence already; storage failures get storage's sentence.
    if (e instanceof Error && e.name === 'FlagError') throw e;
    throw toStorageError(e);
  }
}

/** Moves a flag to a status, recording who and when. */
export function setFlagStatus(id: string, to: FlagStatus, by?: string): Promise<void> {
  return change(id, (f) => moveFlag(f, to, by, now()));
}

/** Applies an edit to a flag's fields (checked first: dates, links). */
export function updateFlag(id: string, edit: FlagEdit): Promise<void> {
  return change(id, (f) => editFlag(f, edit, now()));
}

/** Remembers that the user dismissed a suggestion for this script. */
export async function dismissSuggestion(scriptId: string, item: string): Promise<string> {
  const t = now();
  const id = newId();
  try {
    await db.dismissedSuggestions.add({ id, createdAt: t, updatedAt: t, scriptId, key: suggestionKey(item) });
    return id;
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Brings a dismissed suggestion back (Undo, or the dismissed list): its dismissal is soft-deleted. */
export async function restoreSuggestion(id: string): Promise<void> {
  const t = now();
  try {
    await db.dismissedSuggestions.update(id, { deletedAt: t, updatedAt: t });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The script's dismissed suggestions (id and item key), most recent first; undefined while loading. */
export function useDismissedList(scriptId: string | undefined): { id: string; key: string }[] | undefined {
  return useLiveQuery(async () => {
    if (!scriptId) return [];
    const all = await db.dismissedSuggestions
      .where('[scriptId+key]')
      .between([scriptId, ''], [scriptId, '\uffff'])
      .toArray();
    return all
      .filter((d) => d.deletedAt === undefined)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((d) => ({ id: d.id, key: d.key }));
  }, [scriptId]);
}
