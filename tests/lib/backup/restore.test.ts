// Backup and restore against IndexedDB (fake-indexeddb): export, wipe, restore; merge between two PAs; bad backups.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBackup } from '../../../lib/backup';
import { db, openDatabase, ScriptsideDB, type FlagRecord, type RevisionRecord } from '../../../lib/db';
import { textHashOf } from '../../../lib/db/revisions';
import {
  BackupError,
  exportBackup,
  lastBackupAt,
  recordBackupSaved,
  restoreBackup,
  salvageBackup,
} from '../../../lib/db/backup';
import { hostileBackups } from '../../fixtures/hostile';
import { seedNote, seedTables } from '../../fixtures/backups/seed';

type Tables = ReturnType<typeof seedTables>;

async function seed(database: ScriptsideDB, tables: Tables = seedTables()) {
  await database.transaction('rw', database.tables, async () => {
    for (const [t, rows] of Object.entries(tables)) await database.table(t).bulkPut(rows);
  });
}

async function everything(database: ScriptsideDB = db) {
  const out: Record<string, unknown[]> = {};
  for (const t of database.tables) out[t.name] = await t.orderBy(':id').toArray();
  return out;
}

beforeEach(async () => {
  db.close();
  await Dexie.delete('scriptside');
  expect((await openDatabase()).ok, 'database opens').toBe(true);
});
afterEach(() => vi.restoreAllMocks());

describe('export -> wipe -> restore', () => {
  it('gives back identical data: Dates, Unicode, hostile and 1 MB texts, deletions', async () => {
    await seed(db);
    const before = await everything();
    const text = encodeBackup(await exportBackup());
    await Promise.all(db.tables.map((t) => t.clear()));
    expect(await db.notes.count(), 'wiped').toBe(0);
    const r = await restoreBackup(text, 'replace');
    expect(r.counts.added, 'every record restored').toBe(Object.values(seedTables()).flat().length);
    // Two things are not taken from a file: a link that could run code, and the text hash (recomputed).
    const expected = {
      ...before,
      flags: (before.flags as FlagRecord[]).map((f) => ({ ...f, sources: [{ note: 'x' }] })),
      revisions: await Promise.all(
        (before.revisions as RevisionRecord[]).map(async (v) => ({
          ...v,
          textHash: await textHashOf(v.script.text),
        })),
      ),
    };
    expect(await everything(), 'identical after the round trip').toEqual(expected);
    const dates = (await db.settings.get('test.dates'))!.value as { when: Date };
    expect(dates.when, 'still a Date').toBeInstanceOf(Date);
  });

  it('exports one script with its records only, and restoring it leaves other scripts alone', async () => {
    await seed(db);
    const b = await exportBackup({ scriptId: 's2' });
    expect(b.scope, 'scope').toEqual({ kind: 'script', scriptId: 's2', title: 'Second Script' });
    expect(
      b.tables.notes.map((n) => n.id),
      'only s2 notes',
    ).toEqual(['n-other']);
    expect(b.tables.settings, 'settings are not part of a script backup').toEqual([]);
    await db.notes.update('n-other', { text: 'changed later', updatedAt: 9e12 });
    const s1Before = await db.notes.where('scriptId').equals('s1').toArray();
    await restoreBackup(encodeBackup(b), 'replace');
    expect((await db.notes.get('n-other'))?.text, 'replace restores the exported text').toBe(
      'On the other script',
    );
    expect(await db.notes.where('scriptId').equals('s1').toArray(), 's1 untouched').toEqual(s1Before);
  });

  it('remembers when the last backup was saved', async () => {
    expect(await lastBackupAt(), 'never').toBeUndefined();
    await recordBackupSaved(1234);
    expect(await lastBackupAt(), 'recorded').toBe(1234);
  });
});

describe('a bad backup changes nothing', () => {
  it.each(hostileBackups())(
    '$name: refused with a sentence, stored data unchanged',
    async ({ text, says }) => {
      await seed(db);
      const before = await everything();
      const err = await restoreBackup(text, 'replace').catch((e) => e);
      expect(err, 'a BackupError').toBeInstanceOf(BackupError);
      expect(err.message, 'says why').toMatch(says);
      expect(err.message, 'says nothing changed').toMatch(/Nothing was changed\.$/);
      expect(await everything(), 'nothing lost').toEqual(before);
    },
  );

  it('a huge backup over the size limit is refused without touching storage', async () => {
    await seed(db);
    const before = await everything();
    const text = encodeBackup(await exportBackup());
    const err = await restoreBackup(text, 'replace', { maxChars: 100_000 }).catch((e) => e);
    expect(err.message, 'too large').toMatch(/too large/);
    expect(await everything(), 'nothing lost').toEqual(before);
  });

  it('storage full while the backup is checked in the temporary database: refused, real data untouched', async () => {
    await seed(db);
    const before = await everything();
    const text = encodeBackup(await exportBackup());
    // bulkAdd is only used on the temporary database (the real one is written with bulkPut).
    let proto = Object.getPrototypeOf(db.notes);
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'bulkAdd'))
      proto = Object.getPrototypeOf(proto);
    const spy = vi.spyOn(proto, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const err = await restoreBackup(text, 'replace').catch((e) => e);
    expect(spy, 'the fault was injected').toHaveBeenCalled();
    expect(err?.message, 'says why').toBe(
      'This backup could not be restored: Storage is full. Nothing was changed.',
    );
    expect(await everything(), 'nothing lost').toEqual(before);
    const names = await Dexie.getDatabaseNames();
    expect(
      names.filter((n) => n.startsWith('scriptside-restore-')),
      'the temporary database is removed',
    ).toEqual([]);
  });

  it('storage full during the restore rolls the whole restore back and says so', async () => {
    await seed(db);
    const before = await everything();
    const text = encodeBackup(await exportBackup());
    const spy = vi
      .spyOn(db.table('printJobs'), 'bulkPut')
      .mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const err = await restoreBackup(text, 'replace').catch((e) => e);
    expect(spy, 'the fault was injected').toHaveBeenCalled();
    expect(err.message, 'storage full sentence').toBe('Storage is full. Nothing was changed.');
    expect(await everything(), 'cleared tables came back: one transaction').toEqual(before);
  });
});

describe("merging two PAs' notes", () => {
  it('records keep their ids, the newer edit wins, deletions travel, and merging twice changes nothing', async () => {
    const other = new ScriptsideDB('scriptside-other-pa');
    await other.open();
    const base = seedTables();
    await seed(db, base);
    await seed(other, base);
    // PA A edits n-long later; PA B deletes a hostile note and adds a new note; both edit n-other, B later.
    await db.notes.update('n-long', { text: 'A edited', updatedAt: 1.72e12 });
    await db.notes.update('n-other', { text: 'A on other', updatedAt: 1.72e12 });
    await other.notes.update('n-hostile-0', { deletedAt: 1.72e12, updatedAt: 1.72e12 });
    await other.notes.put(seedNote('n-from-b', 's1', 'B thought of this', 1.72e12));
    await other.notes.update('n-other', { text: 'B on other', updatedAt: 1.73e12 });
    const fromB = encodeBackup(await exportBackup({ scriptId: 's1', database: other }));
    const fromB2 = encodeBackup(await exportBackup({ scriptId: 's2', database: other }));

    const r = await restoreBackup(fromB, 'merge');
    await restoreBackup(fromB2, 'merge');
    expect(r.counts.added, 'one new note from B').toBe(1);
    expect((await db.notes.get('n-from-b'))?.text, "B's note arrives with its id").toBe('B thought of this');
    expect((await db.notes.get('n-long'))?.text, "A's newer edit kept").toBe('A edited');
    expect((await db.notes.get('n-hostile-0'))?.deletedAt, "B's deletion travels").toBe(1.72e12);
    expect((await db.notes.get('n-other'))?.text, "B's later edit wins").toBe('B on other');

    const once = await everything();
    const again = await restoreBackup(fromB, 'merge');
    expect(again.counts, 'second merge writes nothing').toEqual({
      added: 0,
      updated: 0,
      deleted: 0,
      kept: again.counts.kept,
    });
    expect(await everything(), 'unchanged by merging twice').toEqual(once);

    // And the other way round: B merges A's export and both end equal for s1.
    await restoreBackup(encodeBackup(await exportBackup({ scriptId: 's1' })), 'merge', { database: other });
    expect(
      await other.notes.where('scriptId').equals('s1').sortBy('id'),
      'both PAs hold the same notes',
    ).toEqual(await db.notes.where('scriptId').equals('s1').sortBy('id'));
    other.close();
    await Dexie.delete('scriptside-other-pa');
  });
});

describe('a database that cannot be opened', () => {
  it('says so, deletes nothing, and offers an export of what can be read', async () => {
    await seed(db);
    db.close();
    // A newer Scriptside upgraded the database to version 5 (adding a table); this code cannot open it.
    const newer = new Dexie('scriptside');
    newer
      .version(5)
      .stores({ ...Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey.src])), extra: 'id' });
    await newer.open();
    newer.close();
    const status = await openDatabase(new ScriptsideDB());
    expect(status.ok, 'not opened').toBe(false);
    if (!status.ok) expect(status.message, 'says to update').toMatch(/older than the data/);
    const salvage = await salvageBackup('scriptside');
    expect(salvage.unreadable, 'every table read').toEqual([]);
    expect(salvage.backup.tables.notes.length, 'notes salvaged').toBe(seedTables().notes.length);
    expect(salvage.backup.schemaVersion, 'labelled with the newer version').toBe(5);
    const r = (await import('../../../lib/backup')).checkBackup(encodeBackup(salvage.backup));
    expect(r.ok ? '' : r.error, 'this code will not restore newer records').toMatch(/newer Scriptside/);
  });
});
