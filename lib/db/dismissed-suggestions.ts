// Fact-check suggestions the user dismissed, per script: the keys the suggestion list hides, the dismissed list, and
// dismissing or bringing one back (a soft delete of the dismissal, so it travels in a merge).

import { suggestionKey } from '../factcheck/key';
import { db } from './database';
import { toStorageError } from './errors';
import { newId, now } from './ids';
import type { DismissedSuggestionRecord } from './schema';
import { softDelete } from './scripts';

async function liveDismissals(scriptId: string): Promise<DismissedSuggestionRecord[]> {
  const all = await db.dismissedSuggestions
    .where('[scriptId+key]')
    .between([scriptId, ''], [scriptId, '\uffff'])
    .toArray();
  return all.filter((d) => d.deletedAt === undefined);
}

/** Keys of the suggestions the user dismissed for a script. */
export async function dismissedKeys(scriptId: string): Promise<Set<string>> {
  return new Set((await liveDismissals(scriptId)).map((d) => d.key));
}

/** The script's dismissed suggestions (id and item key), most recent first. */
export async function dismissedList(scriptId: string): Promise<{ id: string; key: string }[]> {
  return (await liveDismissals(scriptId))
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((d) => ({ id: d.id, key: d.key }));
}

/** Remembers that the user dismissed a suggestion for this script; returns the dismissal's id (for Undo). */
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
export function restoreSuggestion(id: string): Promise<void> {
  return softDelete('dismissedSuggestions', id);
}
