// The database side of a room's sync (lib/sync is the pure side): read a shared script's records for sharing and
// reconciliation, store what other assistants changed (marked remote, so it is never echoed back), and keep a
// viewer's panel from changing the records of a script it only reads.
import type { Transaction } from 'dexie';
import { ownerOf, type RecordTable } from '../records/validate';
import { ROOM_TABLES, sameValue, type PlainRecord, type RoomTable } from '../sync/doc';
import type { LocalRecord, RefusedRecord, RemoteRecord } from '../sync/record-sync';
import { db as defaultDb, type ScriptsideDB } from './database';
import { textHashOf } from './revisions';

/** Every record of one script in the tables a room shares (deleted ones too: their tombstones travel). */
export async function readScriptRecords(
  scriptId: string,
  database: ScriptsideDB = defaultDb,
): Promise<LocalRecord[]> {
  return database.transaction('r', ROOM_TABLES as unknown as string[], async () => {
    const out: LocalRecord[] = [];
    const script = await database.scripts.get(scriptId);
    if (script) out.push({ table: 'scripts', record: script as unknown as PlainRecord });
    for (const table of ROOM_TABLES) {
      if (table === 'scripts') continue;
      const rows = await database.table(table).where('scriptId').equals(scriptId).toArray();
      for (const record of rows) out.push({ table, record: record as PlainRecord });
    }
    return out;
  });
}

/** The sentence shown when a room's record would overwrite a record of another script stored here. */
const CROSSES_SCRIPTS = 'has the id of a record of another script here';

/**
 * Stores records other assistants changed, in one transaction marked remote. A record identical to the stored one
 * is skipped; one whose id is stored under another script is refused (a peer cannot reach outside its script). A
 * revision's text hash is recomputed here, never taken from the room. Returns what was stored and what was refused.
 */
export async function storeRoomRecords(
  records: readonly RemoteRecord[],
  database: ScriptsideDB = defaultDb,
): Promise<{ stored: RemoteRecord[]; refused: RefusedRecord[] }> {
  // Hashing is not an IndexedDB request: done before the transaction, which would otherwise commit while waiting.
  const ready = await Promise.all(
    records.map(async (r): Promise<RemoteRecord> => {
      if (r.table !== 'revisions') return r;
      const script = r.record.script as { text: string };
      return { ...r, record: { ...r.record, textHash: await textHashOf(script.text) } };
    }),
  );
  const stored: RemoteRecord[] = [];
  const refused: RefusedRecord[] = [];
  if (ready.length === 0) return { stored, refused };
  await database.writeRemote(async () => {
    for (const table of ROOM_TABLES) {
      const incoming = ready.filter((r) => r.table === table);
      if (incoming.length === 0) continue;
      const existing = (await database.table(table).bulkGet(incoming.map((r) => String(r.record.id)))) as (
        PlainRecord | undefined
      )[];
      const puts: PlainRecord[] = [];
      incoming.forEach((r, i) => {
        const old = existing[i];
        const id = String(r.record.id);
        if (old && ownerOf(table as RecordTable, old) !== ownerOf(table as RecordTable, r.record)) {
          refused.push({ table, id, reason: `${table}.${id.slice(0, 40)} ${CROSSES_SCRIPTS}` });
          return;
        }
        if (old && sameValue(old, r.record)) return;
        puts.push(r.record);
        stored.push(r);
      });
      if (puts.length) await database.table(table).bulkPut(puts);
    }
  });
  return { stored, refused };
}

/** A local change refused because the script is shared read-only with this assistant. */
export class ReadOnlyRoomError extends Error {
  constructor() {
    super('This script is shared with you read-only in a room: it cannot be changed here.');
    this.name = 'ReadOnlyRoomError';
  }
}

/**
 * Refuses local writes to the records of `scriptId` (a viewer's panel) until the returned function is called.
 * The room's own writes (through `writeRemote`) still pass. Uses Dexie's table hooks, which can be added to an open
 * database (a middleware cannot).
 */
export function guardReadOnly(scriptId: string, database: ScriptsideDB = defaultDb): () => void {
  const isRemote = (trans: Transaction) => database.changes.isRemote(trans);
  const owned = (table: RoomTable, obj: unknown) =>
    !!obj && typeof obj === 'object' && ownerOf(table as RecordTable, obj as PlainRecord) === scriptId;
  const removers: (() => void)[] = [];
  for (const table of ROOM_TABLES) {
    const t = database.table(table);
    const creating = function (_key: unknown, obj: unknown, trans: Transaction) {
      if (owned(table, obj) && !isRemote(trans)) throw new ReadOnlyRoomError();
    };
    const updating = function (_mods: object, _key: unknown, obj: unknown, trans: Transaction) {
      if (owned(table, obj) && !isRemote(trans)) throw new ReadOnlyRoomError();
    };
    const deleting = function (_key: unknown, obj: unknown, trans: Transaction) {
      if (owned(table, obj) && !isRemote(trans)) throw new ReadOnlyRoomError();
    };
    t.hook('creating', creating);
    t.hook('updating', updating);
    t.hook('deleting', deleting);
    removers.push(() => {
      t.hook('creating').unsubscribe(creating);
      t.hook('updating').unsubscribe(updating);
      t.hook('deleting').unsubscribe(deleting);
    });
  }
  return () => removers.forEach((r) => r());
}
