// Schema upgrades that go wrong: an upgrade that throws, one blocked by an old window, a newer database opened by
// older code. Each must leave the stored data exactly as it was and say what happened.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, ScriptsideDB, SCHEMA_V1 } from '../../../lib/db';
import { seedTables } from '../../fixtures/backups/seed';

async function seedV1() {
  const old = new Dexie('scriptside');
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [t, rows] of Object.entries(seedTables())) await old.table(t).bulkAdd(rows);
  });
  old.close();
}

/** Reads every table with a version-less connection (no upgrade), plus the version IndexedDB holds. */
async function onDisk() {
  const raw = new Dexie('scriptside');
  await raw.open();
  const out: Record<string, unknown[]> = {};
  for (const t of raw.tables) out[t.name] = await t.toArray();
  const version = raw.backendDB().version;
  raw.close();
  return { version, out };
}

/** The v2 a future release might ship: an index on notes.kind and a data step; `fail` makes the step throw. */
class TestV2 extends ScriptsideDB {
  constructor(fail: boolean) {
    super();
    this.version(2)
      .stores({ notes: 'id, scriptId, revisionId, sessionId, updatedAt, kind' })
      .upgrade(async (tx) => {
        await tx
          .table('notes')
          .toCollection()
          .modify((n: { tags: string[] }) => {
            n.tags = [...n.tags, 'migrated'];
          });
        if (fail) throw new Error('the upgrade step failed half way');
      });
  }
}

beforeEach(async () => {
  db.close();
  await Dexie.delete('scriptside');
});

describe('upgrades', () => {
  it('an upgrade that throws leaves the database at version 1 with every record intact, and says so', async () => {
    await seedV1();
    const before = await onDisk();
    const v2 = new TestV2(true);
    const status = await openDatabase(v2);
    expect(status.ok, 'the failed upgrade is reported').toBe(false);
    if (!status.ok)
      expect(status.message, 'a sentence saying nothing was deleted').toMatch(/Nothing was deleted/);
    v2.close();
    const after = await onDisk();
    expect(after.version, 'still version 1 (10 in IndexedDB)').toBe(10);
    expect(after.out, 'the half-done step was rolled back').toEqual(before.out);
  });

  it('a successful upgrade keeps every record and applies its step exactly once', async () => {
    await seedV1();
    const v2 = new TestV2(false);
    expect(await openDatabase(v2), 'opens').toEqual({ ok: true });
    const notes = await v2.notes.toArray();
    expect(notes.length, 'every note kept').toBe(seedTables().notes.length);
    expect(
      notes.every((n) => n.tags.join() === 'cold-open,migrated'),
      'step applied once',
    ).toBe(true);
    expect(await v2.revisions.toArray(), 'revisions untouched').toEqual(seedTables().revisions);
    v2.close();
  });

  it('a blocked upgrade asks to close other windows, then completes with data intact when they close', async () => {
    await seedV1();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('scriptside', 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const v2 = new TestV2(false);
    const status = await openDatabase(v2);
    expect(!status.ok && status.reason, 'blocked').toBe('blocked');
    expect(!status.ok && status.message, 'asks to close other windows').toMatch(
      /Close other Scriptside windows/,
    );
    raw.close();
    await expect.poll(() => v2.isOpen(), { message: 'opens once the old window closes' }).toBe(true);
    expect(await v2.notes.count(), 'every note kept').toBe(seedTables().notes.length);
    v2.close();
  });

  it('a newer database opened by older code is refused, not written, and says to update', async () => {
    await seedV1();
    const newer = new TestV2(false);
    await newer.open();
    newer.close();
    const before = await onDisk();
    const status = await openDatabase(new ScriptsideDB());
    expect(!status.ok && status.reason, 'reason newer').toBe('newer');
    expect(!status.ok && status.message, 'says to update').toMatch(
      /Update the extension; nothing was changed/,
    );
    expect(await onDisk(), 'nothing written').toEqual(before);
  });
});
