// Where the status bar's room item goes. Rooms are off until a user joins one, so the panel's first load carries
// only this: it asks the extension's storage whether any room was joined, and only then loads the room item (and
// with it the room store; the connection, with Yjs and the provider, loads later still, when a room connects).
import { useEffect, useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import { loadable } from '../ui/loadable';

/** The extension-storage key that lists the rooms this browser joined (components/rooms/room-store.ts). */
export const MEMBERSHIPS_KEY = 'rooms.memberships';

const RoomStatusItem = loadable(() => import('./RoomStatusItem').then((m) => m.RoomStatusItem), null);

let wanted = false;
const listeners = new Set<() => void>();

/** Says a room was joined (or is being joined): the status bar loads its room item. */
export function markRoomsWanted(): void {
  if (wanted) return;
  wanted = true;
  for (const l of [...listeners]) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The room item once any room is joined; nothing (and nothing loaded) before. */
export function RoomStatusSlot() {
  const on = useSyncExternalStore(subscribe, () => wanted);
  useEffect(() => {
    void browser.storage.local
      .get(MEMBERSHIPS_KEY)
      .then((got) => {
        const list = got[MEMBERSHIPS_KEY];
        if (Array.isArray(list) && list.length > 0) markRoomsWanted();
      })
      .catch(() => {});
  }, []);
  return on ? <RoomStatusItem /> : null;
}

// The end-to-end build only (a constant false in the shipped build, which drops this): lets a browser test make
// records through the same database and change feed as the views do, without driving every form.
if (import.meta.env && import.meta.env.SCRIPTSIDE_E2E) {
  void import('../../lib/db').then(({ db }) => {
    (globalThis as { __scriptsideE2E?: unknown }).__scriptsideE2E = { db };
  });
}
