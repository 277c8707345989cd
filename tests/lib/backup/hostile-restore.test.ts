// Crafted backups (issue: hostile files, pages and backups): nothing restored can blank the panel, cross into another
// script's records, win every merge with a far-future time, plant a text hash, or keep a link that runs code; and a
// restore says first what it will add, change and delete.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeBackup, type Backup, type BackupRecord } from '../../../lib/backup';
import { db, openDatabase, ScriptsideDB } from '../../../lib/db';
import { exportBackup, previewRestore, restoreBackup } from '../../../lib/db/backup';
import { textHashOf } from '../../../lib/db/revisions';
import { seedNote, seedTables } from '../../fixtures/backups/seed';

async function seed(database: ScriptsideDB = db) {
  await database.transaction('rw', database.tables, async () => {
    for (const [t, rows] of Object.entries(seedTables())) await database.table(t).bulkPut(rows);
  });
}

async function everything(database: ScriptsideDB = db) {
  const out: Record<string, unknown[]> = {};
  for (const t of database.tables) out[t.name] = await t.orderBy(':id').toArray();
  return out;
}

/** A backup of script s1, changed by `edit` before it is written out. */
async function craft(edit: (b: Backup) => void): Promise<string> {
  const b = await exportBackup({ scriptId: 's1' });
  edit(b);
  return encodeBackup(b);
}

const rev = (b: Backup) => b.tables.revisions[0] as BackupRecord & { script: { elements: unknown[] } };

beforeEach(async () => {
  db.close();
  await Dexie.delete('scriptside');
  expect((await openDatabase()).ok, 'database opens').toBe(true);
  await seed();
});

describe('a crafted backup is refused whole, with a sentence', () => {
  it.each([
    ['a null element', (b: Backup) => rev(b).script.elements.push(null), /elements\[\d+\] is not an element/],
    ['a null page', (b: Backup) => (rev(b).pages as unknown[]).push(null), /pages\[0\] is not a page/],
    [
      'an element whose offsets do not match the text',
      (b: Backup) => ((rev(b).script.elements[0] as { text: string }).text = 'INT. ELSEWHERE'),
      /does not match the text/,
    ],
    [
      'a page line pointing past the elements',
      (b: Backup) =>
        (rev(b).pages as unknown[]).push({
          index: 0,
          label: '1',
          start: 0,
          end: 0,
          lines: [{ text: 'x', kind: 'action', indent: 0, element: 999 }],
        }),
      /lines\[0\]\.element is not valid/,
    ],
    [
      'an unknown note kind',
      (b: Backup) => (b.tables.notes[0].kind = 'shout'),
      /notes\[0\]\.kind is unknown/,
    ],
    [
      'a flag history step that is not a step',
      (b: Backup) => (b.tables.flags[0].history = [null]),
      /history\[0\] is not a step/,
    ],
    [
      'a script whose settings are not settings',
      (b: Backup) => (b.tables.scripts[0].settings = { paper: 'scroll' }),
      /settings\.paper is unknown/,
    ],
  ])('%s', async (_name, edit, says) => {
    const before = await everything();
    const text = await craft(edit);
    await expect(restoreBackup(text, 'merge')).rejects.toThrow(says);
    await expect(restoreBackup(text, 'replace')).rejects.toThrow(/Nothing was changed\.$/);
    expect(await everything(), 'nothing changed').toEqual(before);
  });
});

describe('ids cannot cross scripts', () => {
  it("a one-script backup cannot overwrite another script's note that shares an id", async () => {
    const before = await everything();
    const text = await craft((b) => {
      b.tables.notes.push({ ...seedNote('n-other', 's1', 'planted'), updatedAt: Date.now() } as BackupRecord);
    });
    await expect(restoreBackup(text, 'merge')).rejects.toThrow(/another script/);
    await expect(restoreBackup(text, 'replace')).rejects.toThrow(/another script/);
    expect(await everything(), 'nothing changed').toEqual(before);
    expect((await db.notes.get('n-other'))?.text, "s2's note kept").toBe('On the other script');
  });

  it("a note that points at another script's revision is refused", async () => {
    const before = await everything();
    const text = await craft((b) => (b.tables.notes[0].revisionId = 's2-r1'));
    await expect(restoreBackup(text, 'merge')).rejects.toThrow(/revisionId points to another script/);
    expect(await everything()).toEqual(before);
  });
});

describe('times, hashes, links and pointers are not taken on trust', () => {
  it('a far-future updatedAt is capped at the export time, so it cannot win every later edit', async () => {
    let exportedAt = 0;
    const text = await craft((b) => {
      exportedAt = b.exportedAt;
      const note = b.tables.notes.find((x) => x.id === 'n-long')!;
      note.updatedAt = 8.64e15;
      note.text = 'from the future';
    });
    await restoreBackup(text, 'merge');
    const n = (await db.notes.get('n-long'))!;
    expect(n.text, 'the edit itself arrives').toBe('from the future');
    expect(n.updatedAt, 'capped at the export time').toBe(exportedAt);
    await db.notes.update(n.id, { text: 'a later local edit', updatedAt: Date.now() + 1 });
    await restoreBackup(text, 'merge');
    expect((await db.notes.get(n.id))?.text, 'the later local edit wins').toBe('a later local edit');
  });

  it('a backup exported in the future is refused', async () => {
    const text = await craft((b) => (b.exportedAt = 8.64e15));
    await expect(restoreBackup(text, 'merge')).rejects.toThrow(/export time is in the future/);
  });

  it('the text hash is recomputed, so a planted revision is not what a later read finds', async () => {
    const text = await craft((b) => (rev(b).textHash = 'planted'));
    await restoreBackup(text, 'replace');
    const r = (await db.revisions.get('s1-r1'))!;
    expect(r.textHash, 'hash of the real text').toBe(await textHashOf(r.script.text));
  });

  it('a javascript: source link is dropped, its note kept', async () => {
    await restoreBackup(await craft(() => {}), 'replace');
    expect((await db.flags.get('f1'))?.sources, 'link gone, note kept').toEqual([{ note: 'x' }]);
  });

  it('a current-script setting or current revision that points nowhere is dropped', async () => {
    const b = await exportBackup();
    b.tables.settings.push({ key: 'ui.currentScriptId', value: 'no-such-script', updatedAt: 1 });
    b.tables.scripts[0].currentRevisionId = 's2-r1';
    await restoreBackup(encodeBackup(b), 'replace');
    expect(await db.settings.get('ui.currentScriptId'), 'setting dropped').toBeUndefined();
    expect((await db.scripts.get('s1'))?.currentRevisionId, 'pointer dropped').toBeUndefined();
  });
});

describe('a restore says first what it will do', () => {
  it('preview counts adds, changes and deletions and writes nothing', async () => {
    const before = await everything();
    const text = await craft((b) => {
      b.tables.scripts[0].deletedAt = Date.now() - 1000;
      b.tables.scripts[0].updatedAt = Date.now() - 1000;
      b.tables.notes.push(seedNote('n-new', 's1', 'new one', Date.now() - 1000) as unknown as BackupRecord);
    });
    const p = await previewRestore(text, 'merge');
    expect(p.counts.added, 'the new note').toBe(1);
    expect(p.counts.deleted, 'the script deletion').toBe(1);
    expect(p.scripts, 'names the script it deletes').toEqual([
      { id: 's1', title: 'The Cold Open', change: 'deleted' },
    ]);
    expect(await everything(), 'a preview writes nothing').toEqual(before);

    const r = await previewRestore(await craft(() => {}), 'replace');
    expect(r.scripts, 'replace names the script').toEqual([
      { id: 's1', title: 'The Cold Open', change: 'replaced' },
    ]);
    expect(r.counts.deleted, 'nothing of s1 is left out of its own backup').toBe(0);
  });
});
