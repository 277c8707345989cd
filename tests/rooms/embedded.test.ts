// The embedded default (`npm run room-server` with nothing else): one instance on the file store, end to end across
// restarts and a kill, its data-folder lock (also for PGlite, which has none of its own), and its refusals to start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addNote,
  connectClient,
  initRoomDoc,
  noteText,
  synced,
  waitFor,
  type RoomClient,
} from './clients.ts';
import { checkInvite } from '../../server/auth.ts';
import {
  ROOM_SECRET,
  ROOT,
  makeInvite,
  runRoomServerExpectingExit,
  startRoomInstance,
  type RoomInstance,
} from './harness.mjs';

const ROOM = 'embedded-room';
let dataDir: string;
let instance: RoomInstance | undefined;
const clients: RoomClient[] = [];
const connect = async (url: string) => {
  const client = connectClient(url, ROOM, await makeInvite(ROOM, 'editor'));
  clients.push(client);
  await synced(client);
  return client;
};

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'scriptside-embedded-'));
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await instance?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded store', () => {
  it('keeps a room across a restart and across a kill', async () => {
    instance = await startRoomInstance({ name: 'embedded-1', dataDir });
    const a = await connect(instance.url);
    const b = await connect(instance.url);
    initRoomDoc(a.doc);
    addNote(a.doc, 'note-1', 'Kept across a restart');
    await waitFor(() => noteText(b.doc, 'note-1') !== undefined, 'the note on the second client');
    await instance.stop();

    instance = await startRoomInstance({ name: 'embedded-2', dataDir });
    const c = await connect(instance.url);
    expect(noteText(c.doc, 'note-1'), 'the note came back from the data folder').toBe(
      'Kept across a restart',
    );
    addNote(c.doc, 'note-2', 'Kept across a kill');
    // Past the store delay (200 ms), then killed: the lock it leaves behind is stale and taken over.
    await new Promise((r) => setTimeout(r, 600));
    await instance.kill();

    instance = await startRoomInstance({ name: 'embedded-3', dataDir });
    const d = await connect(instance.url);
    expect(noteText(d.doc, 'note-1')).toBe('Kept across a restart');
    expect(noteText(d.doc, 'note-2')).toBe('Kept across a kill');
  });

  it.each([['file'], ['pglite']])(
    'refuses a second %s server on a data folder in use, with a clear sentence',
    async (store) => {
      expect(instance?.alive(), 'the first server still runs').toBe(true);
      const second = await runRoomServerExpectingExit(['--data', dataDir, '--store', store]);
      expect(second.code).toBe(1);
      expect(second.output).toContain(
        `Another room server (process ${instance!.pid}) is using the data folder`,
      );
    },
  );
});

describe('limits', () => {
  it('refuses a write that would take a room past its size limit, and keeps the room as it was', async () => {
    const limitedDir = mkdtempSync(join(tmpdir(), 'scriptside-limited-'));
    const limited = await startRoomInstance({
      name: 'limited',
      dataDir: limitedDir,
      args: ['--max-document-mb', '1'],
    });
    try {
      const token = await makeInvite(ROOM, 'editor');
      const writer = connectClient(limited.url, ROOM, token);
      clients.push(writer);
      await synced(writer);
      addNote(writer.doc, 'small', 'Fits');
      await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the small note stored');
      addNote(writer.doc, 'huge', 'x'.repeat(1_500_000));
      await waitFor(() => writer.closes.some((c) => c.code === 4413), 'the size-limit close');
      writer.provider.destroy();
      const reader = connectClient(limited.url, ROOM, token);
      clients.push(reader);
      await synced(reader);
      expect(noteText(reader.doc, 'small')).toBe('Fits');
      expect(noteText(reader.doc, 'huge'), 'the oversized write was not taken').toBeUndefined();
    } finally {
      await limited.stop();
      rmSync(limitedDir, { recursive: true, force: true });
    }
  });
});

describe('invites from the command line', () => {
  it('prints the token alone on its last line, and the server lets it in', async () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/invite.ts'), '--room', ROOM, '--role', 'viewer', '--days', '1'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SCRIPTSIDE_ROOM_SECRET: ROOM_SECRET } },
    );
    expect(run.status, run.stderr).toBe(0);
    const token = run.stdout.trimEnd().split('\n').at(-1)!;
    const invite = await checkInvite(ROOM_SECRET, token, ROOM);
    expect(invite.role).toBe('viewer');
    expect(invite.exp * 1000 - Date.now()).toBeGreaterThan(86_000_000);
  });

  it('refuses without a room, with a sentence', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/invite.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SCRIPTSIDE_ROOM_SECRET: ROOM_SECRET },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--room NAME is required');
  });
});

describe('starting', () => {
  it('refuses to start without a secret', async () => {
    const result = await runRoomServerExpectingExit(['--data', dataDir], { SCRIPTSIDE_ROOM_SECRET: '' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('No secret: pass --secret or set SCRIPTSIDE_ROOM_SECRET');
  });
});
