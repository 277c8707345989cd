// Faults survived: two panels editing one note, a 10,000-row restore cut off part way, storage full mid-write.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBackup, emptyTables, type BackupRecord } from '../../../lib/backup';
import { db, openDatabase, ScriptsideDB } from '../../../lib/db';
import { restoreBackup } from '../../../lib/db/backup';
import { seedNote, seedRevision, seedScript } from '../../fixtures/backups/seed';

beforeEach(async () => {
  db.close();
  await Dexie.delete('scriptside');
  expect((await openDatabase()).ok, 'database opens').toBe(true);
  vi.restoreAllMocks();
});

/** Adds a reply tag the way a panel must: read, change and write back inside one rw transaction. */
function addTagInTransaction(database: ScriptsideDB, id: string, tag: string) {
  return database.transaction('rw', database.notes, async () => {
    const n = await database.notes.get(id);
    await database.notes.put({ ...n!, tags: [...n!.tags, tag], updatedAt: Date.now() });
  });
}

/** The same edit without a transaction: two panels can read the same old note and overwrite each other. */
async function addTagCarelessly(database: ScriptsideDB, id: string, tag: string) {
  const n = await database.notes.get(id);
  await new Promise((r) => setTimeout(r, 0));
  await database.notes.put({ ...n!, tags: [...n!.tags, tag], updatedAt: Date.now() });
}

describe('two panels editing the same note', () => {
  it('100 edits each, read-modify-write in one rw transaction: the note ends with all 200', async () => {
    const a = new ScriptsideDB();
    const b = new ScriptsideDB();
    await Promise.all([a.open(), b.open()]);
    await a.notes.put({ ...seedNote('shared'), tags: [] });
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      work.push(addTagInTransaction(a, 'shared', `a${i}`), addTagInTransaction(b, 'shared', `b${i}`));
    }
    await Promise.all(work);
    const tags = (await db.notes.get('shared'))!.tags;
    expect(tags.length, 'every edit from both panels kept').toBe(200);
    expect(new Set(tags).size, 'no edit applied twice').toBe(200);
    a.close();
    b.close();
  });

  it('control: the same edits without a transaction lose some (so the test above can fail)', async () => {
    const a = new ScriptsideDB();
    const b = new ScriptsideDB();
    await Promise.all([a.open(), b.open()]);
    await a.notes.put({ ...seedNote('shared'), tags: [] });
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++)
      work.push(addTagCarelessly(a, 'shared', `a${i}`), addTagCarelessly(b, 'shared', `b${i}`));
    await Promise.all(work);
    expect((await db.notes.get('shared'))!.tags.length, 'lost updates without a transaction').toBeLessThan(
      200,
    );
    a.close();
    b.close();
  });
});

function bigBackup(rows: number): string {
  const tables = emptyTables();
  tables.scripts = [seedScript() as unknown as BackupRecord];
  tables.revisions = [seedRevision() as unknown as BackupRecord];
  tables.notes = Array.from(
    { length: rows },
    (_, i) => seedNote(`bulk-${i}`, 's1', `Note ${i} ✓`) as unknown as BackupRecord,
  );
  tables.printJobs = [];
  return encodeBackup({
    format: 'scriptside-backup',
    schemaVersion: 1,
    exportedAt: 1_750_000_000_000,
    scope: { kind: 'all' },
    tables,
  });
}

describe('a 10,000-row restore is all or nothing', () => {
  it('completes with all 10,000 rows', async () => {
    const r = await restoreBackup(bigBackup(10_000), 'merge');
    expect(r.counts.added, 'counts').toBe(10_002);
    expect(await db.notes.count(), 'all rows').toBe(10_000);
  });

  it('cut off after the notes were written (the browser dying mid-import): no row of it remains', async () => {
    await db.notes.put(seedNote('mine', 's0', 'my own note'));
    let proto = Object.getPrototypeOf(db.sessions);
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'bulkPut'))
      proto = Object.getPrototypeOf(proto);
    const real = proto.bulkPut;
    let notesWritten = false;
    const spy = vi.spyOn(proto, 'bulkPut').mockImplementation(function (
      this: { name: string },
      ...args: unknown[]
    ) {
      if (this.name === 'notes') notesWritten = true;
      if (this.name === 'settings' && notesWritten)
        return Promise.reject(new DOMException('abort', 'AbortError'));
      return real.apply(this, args);
    });
    const text = bigBackup(10_000).replace(
      '"settings": []',
      '"settings": [{"key": "k", "value": 1, "updatedAt": 1}]',
    );
    const err = await restoreBackup(text, 'merge').catch((e) => e);
    spy.mockRestore();
    expect(notesWritten, 'the 10,000 notes were written before the failure').toBe(true);
    expect(err?.message, 'a sentence').toMatch(/Nothing was changed/);
    expect(await db.notes.count(), "none of the 10,000 rows remain, the user's note does").toBe(1);
  });
});
