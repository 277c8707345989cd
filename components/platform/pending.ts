// Requests the background hands to the panel (context menu, keyboard command): kept in storage.session until taken.

import { browser } from 'wxt/browser';
import { validatePendingAction, type PendingAction } from '../../lib/messaging/messages';

export const PENDING_KEY = 'pendingAction';

/** Takes (reads and clears) the request waiting for the panel, if any and if it is well-formed. */
export async function takePendingAction(): Promise<PendingAction | undefined> {
  const got = await browser.storage.session.get(PENDING_KEY);
  const raw: unknown = got[PENDING_KEY];
  if (raw === undefined) return undefined;
  await browser.storage.session.remove(PENDING_KEY);
  const checked = validatePendingAction(raw);
  // Older than a minute: the user has moved on (the panel was closed when it was made).
  return checked.ok && Date.now() - checked.value.at < 60_000 ? checked.value : undefined;
}

/** Calls `handle` with each request as it arrives (and with one already waiting); returns the unsubscribe function. */
export function onPendingAction(handle: (action: PendingAction) => void): () => void {
  const pick = () => void takePendingAction().then((a) => a && handle(a));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && PENDING_KEY in changes) pick();
  };
  browser.storage.onChanged.addListener(listener);
  pick();
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Asks the browser to keep Scriptside's data through storage pressure; logs what it granted and the space used. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  const { usage, quota } = await navigator.storage.estimate();
  console.info(`[scriptside] storage persisted=${persisted} usage=${usage} quota=${quota}`);
  return persisted;
}
