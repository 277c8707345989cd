// The change feed (lib/db/changes.ts): every committed write is reported once, with its table, key and record;
// aborted writes are not; writes made through writeRemote are marked remote (the room sync's echo guard).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, ScriptsideDB, settings, type RecordChange } from '../../../lib/db';

let seen: RecordChange[][] = [];
let stop: () => void = () => {};

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
  seen = [];
  stop = db.changes.subscribe((changes) => seen.push([...changes]));
});
afterEach(() => stop());

const session = (id: string, name = 'Room') => ({
  id,
  scriptId: 's1',
  title: name,
  date: '2026-12-05',
  attendees: [],
  startedAt: 1,
  createdAt: 1,
  updatedAt: 1,
});

describe('change feed', () => {
  it('reports a committed transaction once, with every record it wrote', async () => {
    await db.transaction('rw', db.sessions, async () => {
      await db.sessions.add(session('a'));
      await db.sessions.put(session('b'));
      await db.sessions.update('a', { title: 'Renamed' });
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].map((c) => [c.table, c.key, c.type, c.origin])).toEqual([
      ['sessions', 'a', 'put', 'local'],
      ['sessions', 'b', 'put', 'local'],
      ['sessions', 'a', 'put', 'local'],
    ]);
    expect(seen[0][2].value).toMatchObject({ id: 'a', title: 'Renamed' });
  });

  it('reports settings under their key, deletes and cleared tables by key', async () => {
    await settings.theme.set('dark');
    await db.sessions.bulkAdd([session('a'), session('b')]);
    await db.sessions.delete('a');
    await db.sessions.clear();
    const flat = seen.flat().map((c) => `${c.table}:${c.key}:${c.type}`);
    expect(flat).toEqual([
      'settings:ui.theme:put',
      'sessions:a:put',
      'sessions:b:put',
      'sessions:a:delete',
      'sessions:b:delete',
    ]);
  });

  it('does not report a transaction that aborted', async () => {
    await expect(
      db.transaction('rw', db.sessions, async () => {
        await db.sessions.add(session('a'));
        throw new Error('user cancelled');
      }),
    ).rejects.toThrow('user cancelled');
    await db.sessions.add(session('b'));
    expect(seen.flat().map((c) => c.key)).toEqual(['b']);
  });

  it('marks writes made through writeRemote as remote, and only those', async () => {
    await db.writeRemote(async () => {
      await db.sessions.put(session('from-room'));
    });
    await db.sessions.put(session('mine'));
    expect(seen.flat().map((c) => [c.key, c.origin])).toEqual([
      ['from-room', 'remote'],
      ['mine', 'local'],
    ]);
  });

  it('keeps reporting when one listener throws', async () => {
    const other: string[] = [];
    const stopBad = db.changes.subscribe(() => {
      throw new Error('observer bug');
    });
    const stopOther = db.changes.subscribe((c) => other.push(...c.map((x) => x.key)));
    const error = console.error;
    console.error = () => {};
    try {
      await db.sessions.put(session('x'));
    } finally {
      console.error = error;
      stopBad();
      stopOther();
    }
    expect(other).toEqual(['x']);
    expect(seen.flat().map((c) => c.key)).toEqual(['x']);
  });

  it('hears what another page of the extension wrote, marked elsewhere', async () => {
    // A second connection to the same database stands for the background or a second panel.
    const otherPage = new ScriptsideDB();
    try {
      await otherPage.sessions.put(session('from-context-menu'));
      await expect
        .poll(() => seen.flat().map((c) => [c.key, c.elsewhere ?? false]))
        .toEqual([['from-context-menu', true]]);
    } finally {
      otherPage.close();
    }
  });
});
