// Two room-server instances over a private PostgreSQL and Redis: a note crosses instances, a killed instance loses
// nothing (also a change it only relayed through Redis), a restarted cluster has every room back from PostgreSQL,
// instances starting at once on an empty database do not race, and a Redis subscriber that lost Redis resyncs.
import { Socket, createServer, type Server } from 'node:net';
import pg from 'pg';
import * as Y from 'yjs';
import { openPostgresStore } from '../../server/store/sql-store.ts';
import {
  addNote,
  connectClient,
  initRoomDoc,
  noteText,
  synced,
  waitFor,
  type RoomClient,
} from './clients.ts';
import { makeInvite, roomInfra, startRoomCluster, startRoomInstance } from './harness.mjs';

const infra = roomInfra();
if (!infra.ok) console.warn(infra.reason);

/** Long enough that the origin instance is certainly killed before it writes (the trap test relies on it). */
const STORE_DELAY_MS = 1_500;

let cluster: Awaited<ReturnType<typeof startRoomCluster>>;
const clients: RoomClient[] = [];
const connect = (url: string, room: string, token: string) => {
  const client = connectClient(url, room, token);
  clients.push(client);
  return client;
};

/** The room as PostgreSQL holds it: every stored update applied to a fresh document. */
async function storedRoom(room: string): Promise<Y.Doc> {
  const db = new pg.Client({ connectionString: cluster.postgres!.url });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT data FROM scriptside_room_updates WHERE room = $1 ORDER BY id', [
      room,
    ]);
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.data as Uint8Array);
    return doc;
  } finally {
    await db.end();
  }
}

describe.skipIf(!infra.ok)('rooms over PostgreSQL and Redis, two instances', () => {
  beforeAll(async () => {
    // The two instances start at once on an empty database (startRoomCluster starts them together).
    cluster = await startRoomCluster({ instances: 2, args: ['--store-delay', String(STORE_DELAY_MS)] });
  }, 60_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await cluster?.stop();
  });

  it('carries a note written on one instance to a client of the other', async () => {
    const token = await makeInvite('room-a', 'editor');
    const [one, two] = cluster.instances;
    const a = connect(one.url, 'room-a', token);
    const b = connect(two.url, 'room-a', token);
    await Promise.all([synced(a), synced(b)]);
    initRoomDoc(a.doc);
    addNote(a.doc, 'note-1', 'From the first instance');
    await waitFor(
      () => noteText(b.doc, 'note-1') === 'From the first instance',
      'the note on the other instance',
    );
    addNote(b.doc, 'note-2', 'And back');
    await waitFor(() => noteText(a.doc, 'note-2') === 'And back', 'the reply on the first instance');
  });

  it('stores a change that arrived through Redis even if its origin instance dies right after', async () => {
    const token = await makeInvite('room-trap', 'editor');
    const [one, two] = cluster.instances;
    const origin = connect(one.url, 'room-trap', token);
    const watcher = connect(two.url, 'room-trap', token);
    await Promise.all([synced(origin), synced(watcher)]);
    addNote(origin.doc, 'relayed', 'Only instance two can still store this');
    await waitFor(() => noteText(watcher.doc, 'relayed') !== undefined, 'the note through Redis');
    // The origin dies inside its store delay: it never writes the note. Only instance two, which received it
    // through Redis, can have stored it.
    await one.kill();
    origin.provider.destroy();
    await waitFor(() => two.logs.length > 0, 'instance two to be alive');
    await new Promise((r) => setTimeout(r, STORE_DELAY_MS + 1_000));
    const stored = await storedRoom('room-trap');
    expect(noteText(stored, 'relayed'), 'PostgreSQL has the relayed note').toBe(
      'Only instance two can still store this',
    );
    expect(noteText(await storedRoom('room-a'), 'note-1'), 'and the earlier room').toBe(
      'From the first instance',
    );
  });

  it('brings every room back from PostgreSQL after all instances stop', async () => {
    for (const instance of cluster.instances) if (instance.alive()) await instance.stop();
    const fresh = await cluster.addInstance('after-restart');
    const client = connect(fresh.url, 'room-a', await makeInvite('room-a', 'editor'));
    await synced(client);
    expect(noteText(client.doc, 'note-1')).toBe('From the first instance');
    expect(noteText(client.doc, 'note-2')).toBe('And back');
  });

  it('creates its table safely when several instances start at once on an empty database', async () => {
    const admin = new pg.Client({ connectionString: cluster.postgres!.url });
    await admin.connect();
    await admin.query('CREATE DATABASE race_test');
    await admin.end();
    const url = cluster.postgres!.url.replace(/\/postgres$/, '/race_test');
    // In one process, so the starts really overlap (separate processes start tens of ms apart and rarely collide).
    const opened = await Promise.allSettled(Array.from({ length: 8 }, () => openPostgresStore(url)));
    for (const result of opened) if (result.status === 'fulfilled') await result.value.close();
    const failures = opened.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(failures, 'every instance started').toEqual([]);
    // And a server process on it works end to end.
    const instance = await startRoomInstance({ name: 'race-check', postgresUrl: url });
    await instance.stop();
  });

  it("merges a room's log in PostgreSQL into one row, keeping rows appended meanwhile", async () => {
    const store = await openPostgresStore(cluster.postgres!.url);
    try {
      const change = (key: string) => {
        const doc = new Y.Doc();
        doc.getMap('notes').set(key, key);
        return Y.encodeStateAsUpdate(doc);
      };
      for (const key of ['a', 'b', 'c']) await store.append('room-log', [change(key)]);
      // A compaction and an append at once: the append must survive whichever commits first.
      await Promise.all([store.compact('room-log'), store.append('room-log', [change('d')])]);
      const doc = new Y.Doc();
      const rows = await store.load('room-log');
      for (const row of rows) Y.applyUpdate(doc, row);
      expect([...doc.getMap('notes').keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(rows.length, 'a, b and c merged into one row (d may be merged or not)').toBeLessThanOrEqual(2);
    } finally {
      await store.close();
    }
  });

  it('resyncs an instance whose Redis connection was cut while the others kept writing', async () => {
    const proxy = await redisProxy(cluster.redis!.port);
    const cut = await startRoomInstance({
      name: 'behind-proxy',
      postgresUrl: cluster.postgres!.url,
      redisUrl: `redis://127.0.0.1:${proxy.port}`,
    });
    try {
      const other = cluster.instances.find((instance) => instance.alive())!;
      const token = await makeInvite('room-resync', 'editor');
      const writer = connect(other.url, 'room-resync', token);
      const reader = connect(cut.url, 'room-resync', token);
      await Promise.all([synced(writer), synced(reader)]);
      addNote(writer.doc, 'before', 'Before the cut');
      await waitFor(() => noteText(reader.doc, 'before') !== undefined, 'the first note');
      await proxy.cut();
      addNote(writer.doc, 'during', 'Written while Redis was cut');
      await new Promise((r) => setTimeout(r, 300));
      expect(noteText(reader.doc, 'during'), 'nothing crosses while cut').toBeUndefined();
      await proxy.restore();
      await waitFor(() => noteText(reader.doc, 'during') !== undefined, 'the note after the resync', 10_000);
    } finally {
      await cut.stop();
      await proxy.close();
    }
  });
});

/** A TCP proxy to Redis that a test can cut (all its connections dropped, new ones refused) and restore. */
async function redisProxy(redisPort: number) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        upstream.connect(redisPort, '127.0.0.1');
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => s.destroy());
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = undefined;
    });
  await listen();
  return {
    get port() {
      return port;
    },
    cut: close,
    restore: listen,
    close,
  };
}
