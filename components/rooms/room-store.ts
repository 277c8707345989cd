// The panel's rooms: which rooms this browser has joined (kept in the extension's own storage, not in the database:
// a backup never carries a room's token), the state of each connection, and who else is in each room. Loaded with
// the panel, so it stays small: the connection (Yjs, the Hocuspocus provider) is imported only when a room is joined.
// Off by default: with no room joined, nothing here opens a connection or sends a request.
import { useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import type { Invite, RoomRole } from '../../lib/sync/invite';
import { markRoomsWanted, MEMBERSHIPS_KEY } from './RoomStatusSlot';
import { errorSentence } from '../../lib/error-sentence';

/** A room this browser has joined, as remembered between sessions. */
export interface Membership {
  room: string;
  servers: string[];
  token: string;
  role: RoomRole;
  expiresAt?: number;
  /** The shared script's id, once known (after sharing, or after the first copy of a joined room arrived). */
  scriptId?: string;
  /** What others see of this assistant. */
  name: string;
  initials: string;
}

/** Another assistant in the room, from the room's presence ("awareness"). */
export interface Peer {
  clientId: number;
  name: string;
  initials: string;
  /** The draft they are looking at, and the script offset of the line they are on in it. */
  revisionId?: string;
  offset?: number;
  /** The title of their running room session, if one runs. */
  session?: string;
  role: RoomRole;
}

export type RoomStatus = 'connecting' | 'connected' | 'offline' | 'refused' | 'waiting';

/** One joined room as the panel shows it. */
export interface RoomState {
  membership: Membership;
  status: RoomStatus;
  /** The server address in use. */
  server?: string;
  /** A sentence about the state (why it was refused, "the room holds no script yet"). */
  message?: string;
  /** True once the server said this connection may only read. */
  readOnly: boolean;
  peers: Peer[];
}

/** What the panel tells the room about this assistant besides their name: the draft and line they are on. */
export interface Presence {
  revisionId?: string;
  offset?: number;
}

/** The connection's side, as the store drives it (components/rooms/connection.ts). */
export interface RoomHandle {
  setPresence(p: Presence): void;
  stop(forget: boolean): Promise<void>;
}

/** Hooks the connection reports through. */
export interface RoomHooks {
  update(patch: Partial<Omit<RoomState, 'membership'>>): void;
  remember(patch: Partial<Membership>): void;
  notice(message: string, severity: 'info' | 'warning' | 'error'): void;
  /** The shared script is known and stored: the panel may show it. */
  showScript(scriptId: string): void;
}

const states = new Map<string, RoomState>();
const handles = new Map<string, RoomHandle>();
const listeners = new Set<() => void>();
const noticeListeners = new Set<(message: string, severity: 'info' | 'warning' | 'error') => void>();
const scriptListeners = new Set<(scriptId: string) => void>();
let snapshot: RoomState[] = [];
let presence: Presence = {};
let started = false;
let pendingScript: string | undefined;

function changed() {
  snapshot = [...states.values()];
  for (const l of [...listeners]) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Every joined room's state (re-rendering when any changes). */
export function useRooms(): RoomState[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** The room the script `scriptId` is shared in, if any. */
export function useRoomOf(scriptId: string | undefined): RoomState | undefined {
  const rooms = useRooms();
  return scriptId ? rooms.find((r) => r.membership.scriptId === scriptId) : undefined;
}

/** Reports room notices (a refused record, a lost connection) to `listener`, e.g. the workbench's notifications. */
export function onRoomNotice(listener: (message: string, severity: 'info' | 'warning' | 'error') => void) {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

/** Calls `listener` when a joined room's script has arrived and should be shown. */
export function onRoomScript(listener: (scriptId: string) => void) {
  scriptListeners.add(listener);
  // The script may have arrived before the status item that listens had loaded.
  if (pendingScript) {
    listener(pendingScript);
    pendingScript = undefined;
  }
  return () => scriptListeners.delete(listener);
}

async function loadMemberships(): Promise<Membership[]> {
  const got = await browser.storage.local.get(MEMBERSHIPS_KEY);
  const list = got[MEMBERSHIPS_KEY];
  return Array.isArray(list) ? (list as Membership[]) : [];
}

async function saveMemberships(): Promise<void> {
  await browser.storage.local.set({ [MEMBERSHIPS_KEY]: [...states.values()].map((s) => s.membership) });
}

function hooksFor(room: string): RoomHooks {
  return {
    update(patch) {
      const s = states.get(room);
      if (!s) return;
      states.set(room, { ...s, ...patch });
      changed();
    },
    remember(patch) {
      const s = states.get(room);
      if (!s) return;
      states.set(room, { ...s, membership: { ...s.membership, ...patch } });
      changed();
      void saveMemberships();
    },
    notice(message, severity) {
      for (const l of [...noticeListeners]) l(message, severity);
    },
    showScript(scriptId) {
      if (scriptListeners.size === 0) pendingScript = scriptId;
      for (const l of [...scriptListeners]) l(scriptId);
    },
  };
}

async function connect(membership: Membership, mode: 'join' | 'share'): Promise<void> {
  markRoomsWanted();
  states.set(membership.room, {
    membership,
    status: 'connecting',
    readOnly: membership.role === 'viewer',
    peers: [],
  });
  changed();
  // Loaded only now: Yjs and the provider are not part of the panel's first load.
  const { startRoom } = await import('./connection');
  const handle = startRoom(membership, mode, hooksFor(membership.room), presence);
  handles.set(membership.room, handle);
}

/** Connects the rooms joined earlier (on panel start). With none, does nothing at all. */
export async function startRooms(): Promise<void> {
  if (started) return;
  started = true;
  const list = await loadMemberships();
  for (const m of list) {
    // A room being joined right now (the click that loaded this) is connected already.
    if (states.has(m.room)) continue;
    await connect(m, 'join').catch((e: unknown) =>
      hooksFor(m.room).notice(errorSentence(e, 'The room could not be joined.'), 'error'),
    );
  }
}

/**
 * Joins a room with an invite (`mode` 'join': the room's script comes to this panel) or shares the script
 * `scriptId` into it ('share'). Call after the host permission was granted.
 */
export async function joinRoom(
  invite: Invite,
  who: { name: string; initials: string },
  mode: 'join' | 'share',
  scriptId?: string,
): Promise<void> {
  const old = handles.get(invite.room);
  if (old) await leaveRoom(invite.room, false);
  const membership: Membership = {
    room: invite.room,
    servers: invite.servers,
    token: invite.token,
    role: invite.role,
    expiresAt: invite.expiresAt,
    scriptId: mode === 'share' ? scriptId : undefined,
    name: who.name,
    initials: who.initials,
  };
  await connect(membership, mode);
  await saveMemberships();
}

/** Leaves a room: the connection closes and the room's local copy of its document is dropped; records stay. */
export async function leaveRoom(room: string, save = true): Promise<void> {
  const handle = handles.get(room);
  handles.delete(room);
  states.delete(room);
  changed();
  await handle?.stop(true);
  if (save) await saveMemberships();
}

/** Tells every joined room where this assistant is (the draft and the line). */
export function setPresence(p: Presence): void {
  presence = { ...presence, ...p };
  for (const h of handles.values()) h.setPresence(presence);
}
