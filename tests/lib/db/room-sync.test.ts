// The database side of a room's sync: a shared script's records are read for the room; records from the room are
// stored marked remote (so the sync never echoes them), never over another script's record; a viewer's panel
// cannot change the shared script's records, while the room's own writes still land.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, type NoteRecord, type RecordChange } from '../../../lib/db';
import { guardReadOnly, readScriptRecords, storeRoomRecords } from '../../../lib/db/room-sync';
import * as Y from 'yjs';
import { RecordSync } from '../../../lib/sync/record-sync';

const T0 = 1_764_900_000_000;

function note(id: string, scriptId: string, text: string): NoteRecord {
  return {
    id,
    scriptId,
    revisionId: 'rev-1',
    placements: {},
    text,
    kind: 'note',
    tags: [],
    resolved: false,
    createdAt: T0,
    updatedAt: T0,
  };
}

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
});

describe('room sync storage', () => {
  it("reads one script's records, deleted ones included, and nobody else's", async () => {
    await db.notes.bulkPut([
      note('a', 's1', 'mine'),
      { ...note('b', 's1', 'deleted'), deletedAt: T0 + 1 },
      note('c', 's2', 'other script'),
    ]);
    const got = await readScriptRecords('s1');
    expect(got.map((r) => `${r.table}/${String(r.record.id)}`).sort()).toEqual(['notes/a', 'notes/b']);
  });

  it('stores room records marked remote, skips identical ones, and refuses an id of another script', async () => {
    await db.notes.put(note('taken', 's2', 'belongs to s2'));
    await db.notes.put(note('same', 's1', 'unchanged'));
    const seen: RecordChange[] = [];
    const stop = db.changes.subscribe((c) => seen.push(...c));
    const { stored, refused } = await storeRoomRecords([
      { table: 'notes', record: { ...note('n1', 's1', 'from the room') } },
      { table: 'notes', record: { ...note('same', 's1', 'unchanged') } },
      { table: 'notes', record: { ...note('taken', 's1', 'hijack') } },
    ]);
    stop();
    expect(
      stored.map((r) => r.record.id),
      'only the new record is written',
    ).toEqual(['n1']);
    expect(refused.map((r) => r.id)).toEqual(['taken']);
    expect(refused[0].reason).toMatch(/another script/);
    expect((await db.notes.get('taken'))?.text, 'the other script keeps its record').toBe('belongs to s2');
    expect(
      seen.map((c) => [c.key, c.origin]),
      'the write is reported as remote',
    ).toEqual([['n1', 'remote']]);
  });

  it("refuses a viewer's local edits to the shared script, lets the room's writes and other scripts through", async () => {
    await db.notes.bulkPut([note('a', 's1', 'room note'), note('z', 's2', 'my own script')]);
    const release = guardReadOnly('s1');
    try {
      await expect(db.notes.update('a', { text: 'viewer typed' }), 'an edit is refused').rejects.toThrow(
        /read-only/,
      );
      await expect(db.notes.add(note('new', 's1', 'viewer adds')), 'an addition is refused').rejects.toThrow(
        /read-only/,
      );
      await expect(db.notes.delete('a'), 'a deletion is refused').rejects.toThrow(/read-only/);
      await db.notes.update('z', { text: 'still editable' });
      await storeRoomRecords([
        { table: 'notes', record: { ...note('a', 's1', 'room edit'), updatedAt: T0 + 5 } },
      ]);
      expect((await db.notes.get('a'))?.text, "the room's change is stored").toBe('room edit');
      expect((await db.notes.get('z'))?.text).toBe('still editable');
    } finally {
      release();
    }
    await db.notes.update('a', { text: 'after leaving' });
    expect((await db.notes.get('a'))?.text, 'editable again after leaving').toBe('after leaving');
  });

  it('does not echo: what the sync stores from the room comes back through the change feed and is not sent again', async () => {
    const doc = new Y.Doc();
    const sync = new RecordSync(doc, { scriptId: 's1', readOnly: false });
    const stop = db.changes.subscribe((changes) => sync.applyLocal(changes));
    let updates = 0;
    doc.on('update', () => updates++);
    try {
      const { stored } = await storeRoomRecords([
        { table: 'notes', record: { ...note('r1', 's1', 'from the room') } },
      ]);
      sync.settle(stored);
      expect(stored, 'the remote record was stored').toHaveLength(1);
      expect(updates, 'storing a remote record wrote nothing into the room').toBe(0);
      await db.notes.update('r1', { text: 'edited here', updatedAt: T0 + 1 });
      await new Promise((r) => setTimeout(r, 10));
      expect(updates, 'a local edit is written into the room').toBe(1);
    } finally {
      stop();
      sync.destroy();
    }
  });
});
