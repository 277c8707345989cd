// The room server's parts in-process: invites, settings, message heads, the file store and its lock.
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { InviteError, checkInvite, signInvite } from '../../server/auth.ts';
import { RoomConfigError, readConfig } from '../../server/config.ts';
import { encodeSyncStep2, readMessageHead } from '../../server/protocol.ts';
import { openFileStore } from '../../server/store/file-store.ts';
import { RoomStoreError, type RoomStore } from '../../server/store/types.ts';
import { RoomPersistence } from '../../server/persistence.ts';
import { waitFor } from './clients.ts';

const SECRET = 's'.repeat(40);

describe('invites', () => {
  it('signs and checks an invite with its room, role and expiry', async () => {
    const now = Date.UTC(2026, 11, 5);
    const token = await signInvite(SECRET, { room: 'show-1', role: 'viewer', days: 14 }, now);
    const invite = await checkInvite(SECRET, token, 'show-1', now);
    expect(invite).toEqual({ room: 'show-1', role: 'viewer', exp: now / 1000 + 14 * 86_400 });
  });

  it.each([
    ['another secret', 'x'.repeat(40), 'show-1', 0, 'bad-signature'],
    ['another room', SECRET, 'show-2', 0, 'other-room'],
    ['a check after it expired', SECRET, 'show-1', 15 * 86_400_000, 'expired'],
  ])('refuses an invite checked with %s', async (_, secret, room, later, code) => {
    const now = Date.UTC(2026, 11, 5);
    const token = await signInvite(SECRET, { room: 'show-1', role: 'editor', days: 14 }, now);
    const error = await checkInvite(secret, token, room, now + later).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InviteError);
    expect((error as InviteError).code).toBe(code);
  });

  it('refuses an unsigned ("alg: none") token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ room: 'show-1', role: 'editor', exp: 4e9 })).toString(
      'base64url',
    );
    await expect(checkInvite(SECRET, `${header}.${body}.`, 'show-1')).rejects.toMatchObject({
      code: 'malformed',
    });
  });

  it('refuses to sign a bad room name or role', async () => {
    await expect(signInvite(SECRET, { room: '../etc', role: 'editor', days: 1 })).rejects.toThrow(
      InviteError,
    );
    // @ts-expect-error: a role from the command line may be anything.
    await expect(signInvite(SECRET, { room: 'ok', role: 'owner', days: 1 })).rejects.toThrow(
      'editor or viewer',
    );
  });
});

describe('settings', () => {
  it('defaults to the embedded file store in ./room-data on 127.0.0.1', () => {
    const config = readConfig([], { SCRIPTSIDE_ROOM_SECRET: SECRET });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      store: 'file',
      dataDir: './room-data',
      secret: SECRET,
    });
  });

  it('uses PostgreSQL with --postgres', () => {
    const config = readConfig(
      ['--postgres', 'postgres://u@127.0.0.1:5432/db', '--redis', 'redis://127.0.0.1:6379'],
      {
        SCRIPTSIDE_ROOM_SECRET: SECRET,
      },
    );
    expect(config.store).toBe('postgres');
  });

  it.each([
    [[], {}, 'No secret'],
    [['--secret', 'short'], {}, 'at least 32 characters'],
    [['--port', 'eighty'], { SCRIPTSIDE_ROOM_SECRET: SECRET }, '--port must be a number'],
    [['--postgres', 'mysql://x'], { SCRIPTSIDE_ROOM_SECRET: SECRET }, '--postgres must start with'],
    [['--bogus'], { SCRIPTSIDE_ROOM_SECRET: SECRET }, 'Options:'],
    [['--name', 'x'.repeat(300)], { SCRIPTSIDE_ROOM_SECRET: SECRET }, '--name must be'],
    [['--redis', 'redis://127.0.0.1:6379'], { SCRIPTSIDE_ROOM_SECRET: SECRET }, 'pass --postgres URL too'],
  ])('refuses %j with a sentence', (argv, env, sentence) => {
    expect(() => readConfig(argv as string[], env)).toThrow(RoomConfigError);
    expect(() => readConfig(argv as string[], env)).toThrow(sentence);
  });
});

describe('message heads', () => {
  const head = (name: string, ...rest: number[]) =>
    new Uint8Array([name.length, ...Buffer.from(name), ...rest]);

  it('reads the document, type and whether the message writes', () => {
    expect(readMessageHead(head('room', 0, 0))).toMatchObject({
      documentName: 'room',
      type: 0,
      writes: false,
    });
    expect(readMessageHead(head('room', 0, 2))).toMatchObject({ writes: true });
    expect(readMessageHead(head('room', 2, 0))).toMatchObject({ type: 2, writes: false });
  });

  it('writes a change as a sync step 2 that reads back', () => {
    const update = new Uint8Array(300).fill(5);
    const message = encodeSyncStep2('room:ü', update);
    expect(readMessageHead(message)).toMatchObject({
      documentName: 'room:ü',
      type: 0,
      syncStep: 1,
      writes: true,
    });
    expect(message.subarray(message.length - 300)).toEqual(Buffer.from(update));
  });

  it('refuses unknown types, bad sync steps and truncated messages', () => {
    expect(readMessageHead(head('room', 42))).toBeUndefined();
    expect(readMessageHead(head('room', 0, 9))).toBeUndefined();
    expect(readMessageHead(new Uint8Array([200]))).toBeUndefined();
    expect(readMessageHead(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))).toBeUndefined();
  });
});

describe('the file store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scriptside-file-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const update = (text: string, doc = new Y.Doc()) => {
    const before = Y.encodeStateVector(doc);
    doc.getMap('notes').set(text, text);
    return Y.encodeStateAsUpdate(doc, before);
  };
  const notes = (updates: Uint8Array[]) => {
    const doc = new Y.Doc();
    for (const u of updates) Y.applyUpdate(doc, u);
    return [...doc.getMap('notes').keys()].sort();
  };

  it('appends, reloads, and compacts into one update without losing any', async () => {
    const store = openFileStore(dir);
    const doc = new Y.Doc();
    await store.append('room:1', [update('a', doc)]);
    await store.append('room:1', [update('b', doc), update('c', doc)]);
    expect(notes(await store.load('room:1'))).toEqual(['a', 'b', 'c']);
    await store.compact('room:1');
    const compacted = await store.load('room:1');
    expect(compacted).toHaveLength(1);
    expect(notes(compacted)).toEqual(['a', 'b', 'c']);
    expect(await store.load('empty')).toEqual([]);
    await store.close();
  });

  it('ignores a torn last record (a crash in the middle of an append)', async () => {
    const store = openFileStore(dir);
    const doc = new Y.Doc();
    await store.append('room', [update('a', doc)]);
    await store.append('room', [update('b', doc)]);
    const [file] = readdirSync(join(dir, 'rooms'));
    truncateSync(join(dir, 'rooms', file), statSync(join(dir, 'rooms', file)).size - 3);
    expect(notes(await store.load('room'))).toEqual(['a']);
    // From another client: an update of the same client after 'b' would wait for 'b' in any Y.Doc.
    await store.append('room', [update('c')]);
    expect(notes(await store.load('room')), 'appends after the cut are readable').toEqual(['a', 'c']);
    await store.close();
  });

  it('is locked while open, and free again after close', async () => {
    const store = openFileStore(dir);
    // The same process re-opening is not a second server, but the lock names any live holder: simulate another
    // process by writing a live pid that is not ours (our parent, the test runner's process).
    await store.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'LOCK'), String(process.ppid));
    expect(() => openFileStore(dir)).toThrow(RoomStoreError);
    expect(() => openFileStore(dir)).toThrow(`process ${process.ppid}`);
    writeFileSync(join(dir, 'LOCK'), '999999999');
    const again = openFileStore(dir);
    await again.close();
  });
});

describe('storing changes', () => {
  /** A store that fails its first `failures` appends, as a database restarting would. */
  function flakyStore(failures: number) {
    const appended: Uint8Array[] = [];
    let left = failures;
    const store: RoomStore = {
      kind: 'flaky',
      load: async () => [...appended],
      append: async (_room, updates) => {
        if (left-- > 0) throw new Error('connection refused');
        appended.push(...updates);
      },
      compact: async () => undefined,
      close: async () => undefined,
    };
    return { store, appended };
  }
  const change = (key: string) => {
    const doc = new Y.Doc();
    doc.getMap('notes').set(key, key);
    return Y.encodeStateAsUpdate(doc);
  };
  const changePayload = (update: Uint8Array) =>
    ({ documentName: 'room', update }) as unknown as Parameters<RoomPersistence['onChange']>[0];

  it('writes a burst of changes as one row after the delay', async () => {
    const { store, appended } = flakyStore(0);
    const persistence = new RoomPersistence(store, 20, () => undefined);
    for (const key of ['a', 'b', 'c']) await persistence.onChange(changePayload(change(key)));
    expect(appended, 'nothing before the delay').toHaveLength(0);
    await waitFor(() => appended.length > 0, 'the write');
    expect(appended).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, appended[0]);
    expect([...doc.getMap('notes').keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps changes through a failed write and writes them when the store is back', async () => {
    const { store, appended } = flakyStore(1);
    const log: string[] = [];
    const persistence = new RoomPersistence(store, 10, (event) => log.push(event));
    await persistence.onChange(changePayload(change('a')));
    await waitFor(() => log.includes('store-failed'), 'the failed write');
    await persistence.onChange(changePayload(change('b')));
    // Retried after a second.
    await waitFor(() => appended.length > 0, 'the retried write', 5_000);
    const doc = new Y.Doc();
    for (const update of appended) Y.applyUpdate(doc, update);
    expect([...doc.getMap('notes').keys()].sort()).toEqual(['a', 'b']);
  });
});
