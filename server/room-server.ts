// The room server: Hocuspocus behind our own HTTP/WebSocket listener (for message limits and the socket guard),
// with invites checked on every connection, viewers read-only, a size limit per room, and the rooms' store.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { InviteError, checkInvite, type RoomRole } from './auth.ts';
import type { RoomServerConfig } from './config.ts';
import type { RoomLog } from './log.ts';
import { RoomPersistence } from './persistence.ts';
import { readMessageHead, readSyncPayload } from './protocol.ts';
import { RoomRedis } from './redis.ts';
import { CLOSE, SocketGuard } from './socket-guard.ts';
import { openFileStore } from './store/file-store.ts';
import { openPgliteStore, openPostgresStore } from './store/sql-store.ts';
import type { RoomStore } from './store/types.ts';

/** What a connection's hooks know about it after authentication. */
interface RoomContext {
  role: RoomRole;
  /** Invite expiry, epoch ms. */
  expMs: number;
}

/** The application heartbeat a browser sends (it cannot send WebSocket pings): a stateless message, answered. */
export const HEARTBEAT = { ping: 'scriptside-ping', pong: 'scriptside-pong' } as const;

export interface RunningRoomServer {
  /** The port it listens on (useful with --port 0). */
  port: number;
  /** ws://host:port */
  url: string;
  /** Stops accepting, closes connections, writes every waiting change and closes the store. */
  stop(): Promise<void>;
}

/** True when `update` decodes as a Yjs (v1) update. */
function isReadableUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

async function openStore(config: RoomServerConfig): Promise<RoomStore> {
  if (config.store === 'postgres') return openPostgresStore(config.postgresUrl!);
  if (config.store === 'pglite') return openPgliteStore(config.dataDir);
  return openFileStore(config.dataDir);
}

/** Starts a room server with `config`; resolves once it listens. */
export async function startRoomServer(config: RoomServerConfig, log: RoomLog): Promise<RunningRoomServer> {
  const store = await openStore(config);
  const persistence = new RoomPersistence(store, config.storeDelayMs, log);
  const guards = new WeakMap<IncomingMessage, SocketGuard>();
  // onDisconnect has no request, only Hocuspocus's socket id: the guard is found by it (removed when the socket closes).
  const guardsBySocketId = new Map<string, SocketGuard>();
  const sockets = new Set<WebSocket>();
  const viewerWritesLogged = new WeakSet<object>();

  const policy: Extension = {
    extensionName: 'RoomPolicy',
    async onAuthenticate({ token, documentName, request, connectionConfig, socketId }) {
      const guard = guards.get(request);
      if (guard && !guardsBySocketId.has(socketId)) {
        guardsBySocketId.set(socketId, guard);
        guard.onClose(() => guardsBySocketId.delete(socketId));
      }
      try {
        const invite = await checkInvite(config.secret, token, documentName);
        // Hocuspocus refuses a read-only connection's changes (it answers them with a failed sync status).
        connectionConfig.readOnly = invite.role === 'viewer';
        guard?.authenticate(documentName);
        log('joined', { room: documentName, role: invite.role });
        return { role: invite.role, expMs: invite.exp * 1000 } satisfies RoomContext;
      } catch (error) {
        const reason = error instanceof InviteError ? error.reason : 'The invite could not be checked.';
        const code = error instanceof InviteError ? error.code : 'error';
        log('refused', { room: documentName, code });
        guard?.refuse(reason);
        // Hocuspocus sends `reason` to the client as the permission-denied message.
        throw { reason };
      }
    },
    async connected({ connection, context, documentName, request }) {
      const { expMs } = context as RoomContext;
      // A token is checked at connect; a connection must not outlive it.
      guards.get(request)?.expireAt(expMs, () => {
        log('expired', { room: documentName });
        connection.close({ code: CLOSE.expired.code, reason: CLOSE.expired.reason });
        guards.get(request)?.close(CLOSE.expired);
      });
    },
    async beforeHandleMessage({ connection, update, documentName, context }) {
      const request = connection.request;
      const head = readMessageHead(update);
      if (!head?.writes) return;
      if ((context as RoomContext).expMs <= Date.now()) {
        guards.get(request)?.close(CLOSE.expired);
        throw CLOSE.expired;
      }
      if (connection.readOnly) {
        if (!viewerWritesLogged.has(connection)) {
          viewerWritesLogged.add(connection);
          log('viewer-write-refused', { room: documentName });
        }
        return; // Hocuspocus refuses it.
      }
      // Yjs swallows an update it cannot read (it logs and goes on), so a peer sending garbage would never be
      // closed: decode it here first. Decoding costs about as much as applying, and only editors' writes get here.
      const payload = readSyncPayload(update);
      if (!payload || !isReadableUpdate(payload)) {
        log('closed-garbage', { room: documentName, bytes: update.byteLength });
        guards.get(request)?.close(CLOSE.garbage);
        throw CLOSE.garbage;
      }
      const bytes = persistence.documentBytes.get(documentName) ?? 0;
      if (bytes + update.byteLength > config.maxDocumentBytes) {
        log('room-full', { room: documentName, bytes });
        guards.get(request)?.close(CLOSE.tooLarge);
        throw CLOSE.tooLarge;
      }
    },
    async onDisconnect({ socketId, documentName }) {
      guardsBySocketId.get(socketId)?.deauthenticate(documentName);
    },
    async onStateless({ connection, payload }) {
      if (payload === HEARTBEAT.ping) connection.sendStateless(HEARTBEAT.pong);
    },
  };

  const extensions: Extension[] = [policy, persistence];
  if (config.redisUrl) extensions.push(new RoomRedis(config.redisUrl, config.name, log));
  const hocuspocus = new Hocuspocus({
    name: config.name,
    quiet: true,
    extensions,
    // Our socket guard pings; Hocuspocus's own ping only detaches documents and leaves the socket open.
    timeout: Math.max(config.heartbeatMs * 4, 30_000),
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  const http = createServer((request, response) => {
    // A health check for load balancers and the test harness; it tells nothing about rooms' content.
    if (request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true, name: config.name, rooms: hocuspocus.getDocumentsCount() }));
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Scriptside room server: connect with a WebSocket.\n');
  });
  http.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.once('close', () => sockets.delete(ws));
      // A frame over maxPayload, a bad frame: ws closes the socket and reports here (without a listener: a crash).
      ws.on('error', (error) => log('socket-error', { error: error.message }));
      const guard = new SocketGuard(ws, {
        authTimeoutMs: config.authTimeoutMs,
        heartbeatMs: config.heartbeatMs,
        log,
      });
      guards.set(request, guard);
      hocuspocus.handleConnection(ws, request);
      // Put the guard in front of Hocuspocus's own message listener: only admitted messages reach it.
      const listeners = ws.listeners('message') as ((data: Buffer, isBinary: boolean) => void)[];
      ws.removeAllListeners('message');
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (!guard.admit(data)) return;
        for (const listener of listeners) listener.call(ws, data, isBinary);
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  log('listening', { host: config.host, port, store: store.kind, redis: Boolean(config.redisUrl) });

  let stopping: Promise<void> | undefined;
  return {
    port,
    url: `ws://${config.host}:${port}`,
    stop: () =>
      (stopping ??= (async () => {
        http.close();
        for (const ws of sockets) ws.terminate();
        await persistence.flushAll();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        await store.close();
        log('stopped', {});
      })()),
  };
}
