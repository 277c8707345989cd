// Node clients for room tests and the rooms benchmark: a HocuspocusProvider over `ws`, on a Y.Doc laid out as the
// extension lays out a shared script (meta {schema: 1}; one map per table of record id -> Y.Map of fields; a note's
// text a Y.Text).
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/**
 * `ws` with a standing error listener: the provider closes sockets that are still connecting when it retries or is
 * destroyed, and `ws` reports that as an 'error' event, which is uncaught once the provider has removed its own.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

export interface RoomClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Reasons the server gave for refusing this client (permission denied). */
  refusals: string[];
  /** Close codes and reasons of the client's socket. */
  closes: { code: number; reason: string }[];
  destroy(): void;
}

/** A client that never answers the server's pings: what a hung machine or a dead network path looks like. */
class HungWebSocket extends QuietWebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols, { autoPong: false });
  }
}

/**
 * Connects to `url`, room `room`, with invite `token`. Resolves at once; wait with `synced()`. With `hung`, the
 * client's socket never answers pings.
 */
export function connectClient(
  url: string,
  room: string,
  token: string,
  doc = new Y.Doc(),
  options: { hung?: boolean } = {},
): RoomClient {
  const refusals: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  const provider = new HocuspocusProvider({
    url,
    name: room,
    token,
    document: doc,
    WebSocketPolyfill: options.hung ? HungWebSocket : QuietWebSocket,
    // Reconnect quickly in tests (the default starts at 1 s).
    delay: 100,
    minDelay: 50,
    maxDelay: 500,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closes.push({ code: event.code, reason: String(event.reason ?? '') }),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return {
    doc,
    provider,
    refusals,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when `check()` is true, polling every 10 ms; rejects with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves when `client` has synced with the server. */
export function synced(client: RoomClient, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => client.provider.isSynced, 'the client to sync', timeoutMs);
}

/** The tables of the shared document layout. */
export const ROOM_TABLES = [
  'scripts',
  'revisions',
  'notes',
  'sessions',
  'flags',
  'dismissedSuggestions',
  'printJobs',
] as const;

/** Writes `meta` {schema: 1} (what the extension does when it shares a script). */
export function initRoomDoc(doc: Y.Doc): void {
  doc.transact(() => doc.getMap('meta').set('schema', 1));
}

/** Adds a note record with `text` (a Y.Text) and plain fields, as the extension writes one. */
export function addNote(doc: Y.Doc, id: string, text: string, fields: Record<string, unknown> = {}): void {
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({
      id,
      scriptId: 'script-1',
      kind: 'pitch',
      createdAt: Date.now(),
      ...fields,
    }))
      record.set(key, value);
    record.set('text', new Y.Text(text));
    doc.getMap('notes').set(id, record);
  });
}

/** The text of note `id` in `doc`, or undefined. */
export function noteText(doc: Y.Doc, id: string): string | undefined {
  const record = doc.getMap('notes').get(id) as Y.Map<unknown> | undefined;
  return (record?.get('text') as Y.Text | undefined)?.toString();
}
