// One room's live connection, in the panel (an MV3 service worker is suspended when idle, and a WebSocket with it).
// Loaded lazily, only when a room is joined: it brings Yjs, the Hocuspocus provider and y-indexeddb.
//
// Order on start: the room's document is loaded from this browser's copy (y-indexeddb), the script's records are
// reconciled with it (changes made while no panel was open are found by updatedAt and pushed), and only then is
// the server contacted. Local changes reach the document through the database's change feed; what others changed
// is checked (lib/records/validate.ts) and stored marked remote, so it is never sent back.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { onRecordChanges, type RecordChange } from '../../lib/db';
import { guardReadOnly, readScriptRecords, storeRoomRecords } from '../../lib/db/room-sync';
import { DOC_SCHEMA, docSchema, docScriptIds } from '../../lib/sync/doc';
import { RecordSync, type RefusedRecord, type RemoteRecord } from '../../lib/sync/record-sync';
import { peersOf } from './peers';
import type { Membership, Presence, RoomHandle, RoomHooks } from './room-store';
import { errorSentence } from '../../lib/error-sentence';

/**
 * The application heartbeat: the panel sends the room server's stateless ping this often and the server answers
 * (a page cannot answer WebSocket pings itself). A WebSocket to a hung server stays "open" for a long time (39 s was
 * measured without this), so a connection that hears nothing for HEARTBEAT_TIMEOUT_MS is closed and the next
 * server is tried.
 */
export const HEARTBEAT_MS = 2_000;
export const HEARTBEAT_TIMEOUT_MS = 3 * HEARTBEAT_MS;
/** The room server's heartbeat message (server/room-server.ts HEARTBEAT.ping); it answers with a pong. */
const HEARTBEAT_PING = 'scriptside-ping';
/** setTimeout's longest delay (about 24.8 days); a longer invite is checked again when the panel next opens. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Remote changes arriving together are stored in one write (a burst of 1,000 notes is one transaction). */
const REMOTE_BATCH_MS = 30;
/** The y-indexeddb database holding this browser's copy of a room's document. */
const localDocName = (room: string) => `scriptside-room-${room}`;

/** Starts a room's connection. `mode` 'share' puts `membership.scriptId` into an empty room. */
export function startRoom(
  membership: Membership,
  mode: 'join' | 'share',
  hooks: RoomHooks,
  presence: Presence,
): RoomHandle {
  const connection = new RoomConnection(membership, mode, hooks);
  // Not awaited: another panel of this browser may hold the room for as long as it stays open (see holdLock).
  void connection.start(presence).catch((e: unknown) => {
    hooks.update({
      status: 'refused',
      message: errorSentence(e, 'The room could not be joined.'),
    });
  });
  return connection;
}

class RoomConnection implements RoomHandle {
  private readonly doc = new Y.Doc();
  private persistence: IndexeddbPersistence | undefined;
  private socket: HocuspocusProviderWebsocket | undefined;
  private provider: HocuspocusProvider | undefined;
  private sync: RecordSync | undefined;
  private readonly cleanups: (() => void)[] = [];
  private readonly cleanupsOnStop: (() => void)[] = [];
  private serverIndex = 0;
  private readOnly: boolean;
  private stopped = false;
  private refused = false;
  private flushing: Promise<void> = Promise.resolve();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private releaseLock: (() => void) | undefined;
  private presence: Presence = {};
  private ownSession: { id: string; title: string } | undefined;

  constructor(
    private membership: Membership,
    private readonly mode: 'join' | 'share',
    private readonly hooks: RoomHooks,
  ) {
    this.readOnly = membership.role === 'viewer';
  }

  async start(presence: Presence): Promise<void> {
    if (this.membership.expiresAt !== undefined && this.membership.expiresAt <= Date.now()) {
      this.hooks.update({
        status: 'refused',
        message: 'The invite has expired: ask for a new one, then join again.',
      });
      return;
    }
    // One panel per room talks to the server (two would each push the same local change); another panel of this
    // browser waits, and its changes reach the first one through the change feed's channel.
    await this.holdLock();
    if (this.stopped) return;
    this.persistence = new IndexeddbPersistence(localDocName(this.membership.room), this.doc);
    await this.persistence.whenSynced;
    if (this.stopped) return;
    if (this.mode === 'join' && this.membership.scriptId) await this.begin(this.membership.scriptId);
    this.connect(presence);
  }

  private holdLock(): Promise<void> {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    if (!locks) return Promise.resolve();
    return new Promise<void>((acquired) => {
      let first = true;
      void locks.request(`scriptside-room:${this.membership.room}`, { ifAvailable: true }, async (lock) => {
        if (!lock && first) {
          first = false;
          this.hooks.update({
            status: 'waiting',
            message: 'Connected in another Scriptside panel of this browser.',
          });
          // Wait for the other panel to close, then take over.
          void locks.request(`scriptside-room:${this.membership.room}`, () => this.held(acquired));
          return;
        }
        await this.held(acquired);
      });
    });
  }

  private held(acquired: () => void): Promise<void> {
    acquired();
    return new Promise<void>((release) => {
      this.releaseLock = release;
      // Left before the other panel let go: hand the room straight back.
      if (this.stopped) release();
    });
  }

  private connect(presence: Presence): void {
    const servers = this.membership.servers;
    this.socket = new HocuspocusProviderWebsocket({
      url: servers[0],
      messageReconnectTimeout: HEARTBEAT_TIMEOUT_MS,
      maxDelay: 5_000,
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: this.membership.room,
      document: this.doc,
      token: this.membership.token,
    });
    const provider = this.provider;
    const beat = setInterval(() => {
      if (this.socket?.status === WebSocketStatus.Connected) provider.sendStateless(HEARTBEAT_PING);
    }, HEARTBEAT_MS);
    this.cleanupsOnStop.push(() => clearInterval(beat));
    // An invite ends at its expiry even mid-session (the server checks only when a connection opens).
    const expiresAt = this.membership.expiresAt;
    if (expiresAt !== undefined && expiresAt - Date.now() <= MAX_TIMER_MS) {
      const expire = setTimeout(
        () => {
          this.refused = true;
          this.hooks.update({
            status: 'refused',
            message: 'The invite has expired: ask for a new one, then join again.',
          });
          this.socket?.disconnect();
        },
        Math.max(0, expiresAt - Date.now()),
      );
      this.cleanupsOnStop.push(() => clearTimeout(expire));
    }
    this.hooks.update({ server: servers[0] });
    this.socket.on('disconnect', () => {
      if (this.stopped || this.refused) return;
      // Fail over: the next attempt goes to the next address of the invite.
      this.serverIndex = (this.serverIndex + 1) % servers.length;
      if (this.socket) this.socket.configuration.url = servers[this.serverIndex];
      this.hooks.update({ status: 'offline', server: servers[this.serverIndex], message: undefined });
    });
    this.socket.on('status', ({ status }: { status: WebSocketStatus }) => {
      if (status === WebSocketStatus.Connecting) this.hooks.update({ status: 'connecting' });
    });
    provider.on('authenticated', ({ scope }: { scope: string }) => {
      if (scope === 'readonly' && !this.readOnly) this.becomeReadOnly();
      this.hooks.update({ status: 'connected', message: undefined, readOnly: this.readOnly });
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      this.refused = true;
      this.hooks.update({
        status: 'refused',
        message: `The room server refused this invite${reason ? ` (${reason.slice(0, 200).replace(/\.$/, '')})` : ''}. Ask for a new one.`,
      });
      // A refused token will not become valid by retrying.
      this.socket?.disconnect();
    });
    provider.on('synced', () => void this.onSynced());
    const awareness = provider.awareness;
    if (awareness) {
      const peers = () => this.hooks.update({ peers: peersOf(awareness.getStates(), this.doc.clientID) });
      awareness.on('change', peers);
      this.presence = presence;
      this.publishPresence();
    }
    provider.attach();
  }

  private async onSynced(): Promise<void> {
    const schema = docSchema(this.doc);
    if (typeof schema === 'number' && schema > DOC_SCHEMA) {
      this.hooks.update({
        status: 'refused',
        message: 'This room was written by a newer Scriptside: update it.',
      });
      await this.stop(false);
      return;
    }
    if (this.sync) return;
    const inRoom = docScriptIds(this.doc);
    if (this.mode === 'share') {
      const own = this.membership.scriptId;
      if (!own) return;
      const other = inRoom.find((id) => id !== own);
      if (other) {
        this.hooks.update({
          status: 'refused',
          message: 'This room already holds another script: join it instead, or ask for a new room.',
        });
        await this.stop(false);
        return;
      }
      if (this.readOnly) {
        this.hooks.update({
          status: 'refused',
          message: 'A viewer’s invite cannot share a script: ask for an editor’s.',
        });
        await this.stop(false);
        return;
      }
      await this.begin(own);
      return;
    }
    if (inRoom.length === 0) {
      this.hooks.update({ message: 'The room holds no script yet: an editor shares one into it.' });
      const scripts = this.doc.getMap('scripts');
      const wait = () => {
        if (this.sync || docScriptIds(this.doc).length === 0) return;
        scripts.unobserve(wait);
        void this.onSynced();
      };
      scripts.observe(wait);
      return;
    }
    // A room holds one script; the oldest entry is it if a peer ever added more.
    await this.begin(inRoom[0]);
  }

  /** Starts syncing the shared script: reconciliation, then the two directions. */
  private async begin(scriptId: string): Promise<void> {
    if (this.sync) return;
    const sync = new RecordSync(this.doc, { scriptId, readOnly: this.readOnly });
    this.sync = sync;
    if (this.readOnly) this.cleanups.push(guardReadOnly(scriptId));
    const local = await readScriptRecords(scriptId);
    const result = sync.reconcile(local);
    await this.store(result.incoming, result.refused);
    this.cleanups.push(sync.onRemoteChange(() => this.scheduleFlush()));
    this.cleanups.push(
      onRecordChanges((changes) => {
        // Changes this panel or another page of this browser made; the room's own writes are 'remote' and skipped.
        sync.applyLocal(changes);
        this.noteOwnSession(changes);
      }),
    );
    if (this.membership.scriptId !== scriptId) this.hooks.remember({ scriptId });
    this.membership = { ...this.membership, scriptId };
    this.hooks.update({ message: undefined });
    this.hooks.showScript(scriptId);
  }

  private becomeReadOnly(): void {
    this.readOnly = true;
    const scriptId = this.membership.scriptId;
    if (this.sync) {
      // Rebuilt read-only: from now on nothing local is written into the room.
      this.sync.destroy();
      this.sync = undefined;
      for (const c of this.cleanups.splice(0)) c();
      if (scriptId) void this.begin(scriptId);
    }
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== undefined) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flushing = this.flushing.then(() => this.flush());
    }, REMOTE_BATCH_MS);
  }

  private async flush(): Promise<void> {
    const sync = this.sync;
    if (!sync || this.stopped) return;
    const { records, refused } = sync.take();
    await this.store(records, refused);
  }

  private async store(records: RemoteRecord[], refused: RefusedRecord[]): Promise<void> {
    const all = [...refused];
    try {
      const result = await storeRoomRecords(records);
      this.sync?.settle(result.stored);
      all.push(...result.refused);
    } catch (e) {
      this.hooks.notice(`Changes from the room could not be stored: ${errorSentence(e)}`, 'error');
    }
    if (all.length) {
      const first = all[0];
      this.hooks.notice(
        `${all.length === 1 ? 'A record' : `${all.length} records`} from the room ${all.length === 1 ? 'was' : 'were'} refused (${first.reason}). Everything else was kept.`,
        'warning',
      );
    }
  }

  setPresence(p: Presence): void {
    this.presence = p;
    this.publishPresence();
  }

  /**
   * Whose room session is running: a session record is shared with the room like any other, so "mine" is the one
   * this browser started (a local write of a running session), not any running session of the script.
   */
  private noteOwnSession(changes: readonly RecordChange[]): void {
    let changed = false;
    for (const c of changes) {
      if (c.table !== 'sessions' || c.origin !== 'local' || c.type !== 'put') continue;
      const s = c.value as { id: string; title?: unknown; endedAt?: unknown; deletedAt?: unknown };
      if (s.endedAt === undefined && s.deletedAt === undefined) {
        this.ownSession = { id: s.id, title: typeof s.title === 'string' ? s.title : '' };
        changed = true;
      } else if (this.ownSession?.id === s.id) {
        this.ownSession = undefined;
        changed = true;
      }
    }
    if (changed) this.publishPresence();
  }

  private publishPresence(): void {
    const awareness = this.provider?.awareness;
    if (!awareness) return;
    awareness.setLocalStateField('user', {
      name: this.membership.name,
      initials: this.membership.initials,
      role: this.readOnly ? 'viewer' : 'editor',
      revisionId: this.presence.revisionId,
      offset: this.presence.offset,
      session: this.ownSession?.title || undefined,
    });
  }

  async stop(forget: boolean): Promise<void> {
    this.stopped = true;
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    await this.flushing.catch(() => {});
    for (const c of [...this.cleanups.splice(0), ...this.cleanupsOnStop.splice(0)]) c();
    this.sync?.destroy();
    this.provider?.destroy();
    this.socket?.destroy();
    if (forget) await this.persistence?.clearData();
    else await this.persistence?.destroy();
    this.releaseLock?.();
    this.hooks.update({ peers: [] });
  }
}
