// Fuzzing restore with hostile backups made from the real schema: a real one-script export, mutated field by field
// (nulls, wrong types, far-future times, another script's ids, deletions, unsafe links). Whatever a restore does, it
// never changes another script's records, and everything it leaves stored passes the record check the panel shows
// records through (so no restore can leave the panel unable to render).
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeBackup, type Backup, type BackupRecord } from '../../lib/backup';
import { ScriptsideDB } from '../../lib/db';
import { BackupError, exportBackup, restoreBackup } from '../../lib/db/backup';
import { RECORD_TABLES, SCRIPT_TABLES, validateRecord, type RecordTable } from '../../lib/records/validate';
import { seedTables } from '../fixtures/backups/seed';
import { count, FUZZ_MS, printIterations } from './budget';

afterAll(() => printIterations('restore'));

async function seeded(name: string): Promise<ScriptsideDB> {
  const database = new ScriptsideDB(name);
  await database.open();
  await database.transaction('rw', database.tables, async () => {
    for (const [t, rows] of Object.entries(seedTables())) await database.table(t).bulkPut(rows);
  });
  return database;
}

/** Every record of `scriptId` in every table, by table. */
async function recordsOf(database: ScriptsideDB, scriptId: string) {
  const out: Record<string, unknown[]> = { scripts: [await database.scripts.get(scriptId)] };
  for (const t of SCRIPT_TABLES)
    out[t] = await database.table(t).where('scriptId').equals(scriptId).sortBy('id');
  return out;
}

const HOSTILE_VALUES: unknown[] = [
  null,
  undefined,
  -1,
  8.64e15,
  Number.MAX_SAFE_INTEGER,
  '',
  'x'.repeat(5000),
  {},
  [],
  [null],
  'javascript:alert(1)',
  's2',
  's2-r1',
  'n-other',
  true,
  0,
];

/** A path into a record: a field, or a field of a nested object/array item. */
function fieldsOf(v: unknown, prefix: string[] = [], depth = 0, out: string[][] = []): string[][] {
  if (depth > 4 || typeof v !== 'object' || v === null) return out;
  const keys = Array.isArray(v) ? v.map((_, i) => String(i)).slice(0, 6) : Object.keys(v);
  for (const k of keys) {
    const path = [...prefix, k];
    out.push(path);
    fieldsOf((v as Record<string, unknown>)[k], path, depth + 1, out);
  }
  return out;
}

function setPath(root: Record<string, unknown>, path: string[], value: unknown) {
  let o = root as Record<string, unknown>;
  for (const k of path.slice(0, -1)) {
    const next = o[k];
    if (typeof next !== 'object' || next === null) return;
    o = next as Record<string, unknown>;
  }
  o[path[path.length - 1]] = value;
}

type Mutation =
  | { kind: 'field'; table: number; row: number; field: number; value: number }
  | { kind: 'steal-id'; table: number; row: number }
  | { kind: 'scope' }
  | { kind: 'delete'; table: number; row: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('field' as const),
    table: fc.nat(),
    row: fc.nat(),
    field: fc.nat(),
    value: fc.nat(HOSTILE_VALUES.length - 1),
  }),
  fc.record({ kind: fc.constant('steal-id' as const), table: fc.nat(), row: fc.nat() }),
  fc.constant({ kind: 'scope' as const }),
  fc.record({ kind: fc.constant('delete' as const), table: fc.nat(), row: fc.nat() }),
);

function mutate(b: Backup, m: Mutation, other: Record<string, unknown[]>): void {
  const tables = (['scripts', ...SCRIPT_TABLES] as const).filter((t) => b.tables[t].length > 0);
  const t = tables[('table' in m ? m.table : 0) % tables.length];
  const rows = b.tables[t];
  const r = rows[('row' in m ? m.row : 0) % rows.length] as Record<string, unknown>;
  switch (m.kind) {
    case 'field': {
      const paths = fieldsOf(r);
      if (paths.length) setPath(r, paths[m.field % paths.length], structuredClone(HOSTILE_VALUES[m.value]));
      break;
    }
    case 'steal-id': {
      const theirs = other[t] as BackupRecord[];
      if (theirs.length && theirs[0]) r.id = theirs[0].id;
      break;
    }
    case 'scope':
      if (b.scope.kind === 'script') b.scope = { ...b.scope, scriptId: 's2' };
      break;
    case 'delete':
      r.deletedAt = Date.now() - 1000;
      r.updatedAt = Date.now() - 1000;
      break;
  }
}

describe('fuzz: restoring hostile backups made from the real schema', () => {
  it("never changes another script's records, and leaves only records the panel can show", async () => {
    let n = 0;
    const base = await seeded('fuzz-base');
    const exported = await exportBackup({ scriptId: 's1', database: base });
    const otherRecords = await recordsOf(base, 's2');
    base.close();
    await Dexie.delete('fuzz-base');
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (ms, merge) => {
          if (Date.now() - started > FUZZ_MS) return true;
          count('restore');
          const b = structuredClone(exported);
          for (const m of ms) mutate(b, m, otherRecords);
          const name = `fuzz-${n++}`;
          const database = await seeded(name);
          const scope = b.scope.kind === 'script' ? b.scope.scriptId : '';
          const victims = ['s1', 's2'].filter((s) => s !== scope);
          const before = await Promise.all(victims.map((s) => recordsOf(database, s)));
          try {
            await restoreBackup(encodeBackup(b), merge ? 'merge' : 'replace', { database });
          } catch (e) {
            if (!(e instanceof BackupError)) throw e;
            expect(e.message, 'a refusal says nothing changed').toMatch(/Nothing was changed\.$/);
          }
          const after = await Promise.all(victims.map((s) => recordsOf(database, s)));
          expect(after, "another script's records are unchanged").toEqual(before);
          for (const t of RECORD_TABLES) {
            for (const r of await database.table(t).toArray()) {
              // Stored times are trusted as they are; only their shape is checked here.
              validateRecord(t as RecordTable, r, `${t} after restore`, { now: Number.MAX_SAFE_INTEGER });
            }
          }
          database.close();
          await Dexie.delete(name);
          return true;
        },
      ),
      { numRuns: 10_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false },
    );
    expect(n, 'some hostile backups were tried').toBeGreaterThan(0);
  }, 120_000);
});
