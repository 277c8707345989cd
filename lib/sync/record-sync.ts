// Keeps one shared script's records and its room's Y.Doc in step, with no storage and no network of its own:
// local changes (from the database's change feed) go into the document; changes other assistants made (the
// document's remote transactions) come out as records, each checked by the one validation layer before the caller
// stores it; and on connecting after being offline, both sides are reconciled by `updatedAt`.
import * as Y from 'yjs';
import { RecordInvalid, validateRecord } from '../records/validate';
import {
  belongsTo,
  initDoc,
  isRoomTable,
  readRecord,
  ROOM_TABLES,
  sameValue,
  tableMap,
  tombstone,
  writeRecord,
  type PlainRecord,
  type RoomTable,
} from './doc';

/** The origin of the document transactions that carry this panel's own changes (never applied back to storage). */
export const LOCAL_ORIGIN = 'scriptside-local';

/** A committed local change, as the change feed reports it (lib/db/changes.ts RecordChange). */
export interface LocalChange {
  table: string;
  key: string;
  type: 'put' | 'delete';
  value?: unknown;
  origin: 'local' | 'remote';
}

/** A record another assistant changed, checked and ready to store. */
export interface RemoteRecord {
  table: RoomTable;
  record: PlainRecord;
}

/** A record from the room that was refused, with the sentence to show. Nothing else is held back because of it. */
export interface RefusedRecord {
  table: RoomTable;
  id: string;
  reason: string;
}

export interface RecordSyncOptions {
  /** The shared script's id. Records of any other script never enter the document and never leave it. */
  scriptId: string;
  /** A viewer: the document is only read; local changes are never written into it. */
  readOnly: boolean;
  /** The clock (tests fix it); validation caps peers' times at this plus an allowance. */
  now?: () => number;
}

/** A local record as the caller reads it from storage for reconciliation. */
export interface LocalRecord {
  table: RoomTable;
  record: PlainRecord;
}

/** What reconciliation did: records pushed into the room, and the room's records to store locally. */
export interface Reconciliation {
  pushed: number;
  incoming: RemoteRecord[];
  refused: RefusedRecord[];
}

/** The records that changed in the document by remote transactions, by table and id. */
export type ChangedIds = Map<RoomTable, Set<string>>;

/**
 * The sync between one script's records and a room's document. The caller stores what `take` returns (marked as
 * remote, so it is not echoed) and feeds committed local changes to `applyLocal`.
 */
export class RecordSync {
  private readonly texts = new Map<string, string>();
  private readonly pending: ChangedIds = new Map();
  private readonly listeners = new Set<() => void>();
  private readonly observers: [
    Y.Map<Y.Map<unknown>>,
    (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => void,
  ][] = [];
  private readonly now: () => number;

  constructor(
    readonly doc: Y.Doc,
    readonly options: RecordSyncOptions,
  ) {
    this.now = options.now ?? Date.now;
    for (const table of ROOM_TABLES) {
      const map = tableMap(doc, table);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
        if (tr.origin === LOCAL_ORIGIN) return;
        let ids = this.pending.get(table);
        for (const event of events) {
          const touched =
            event.path.length > 0
              ? [String(event.path[0])]
              : [...(event as Y.YMapEvent<unknown>).keysChanged];
          if (!ids) this.pending.set(table, (ids = new Set()));
          for (const id of touched) ids.add(id);
        }
        if (ids?.size) for (const l of [...this.listeners]) l();
      };
      map.observeDeep(observer);
      this.observers.push([map, observer]);
    }
  }

  /** Calls `listener` whenever remote changes are waiting for `take` (call `take` soon, in one storage write). */
  onRemoteChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether remote changes are waiting. */
  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /**
   * The records other assistants changed since the last call, read from the document now (so they include any local
   * change made meanwhile) and each checked by `validateRecord`. A refused record is reported and skipped; the rest
   * are returned in table order.
   */
  take(): { records: RemoteRecord[]; refused: RefusedRecord[] } {
    const records: RemoteRecord[] = [];
    const refused: RefusedRecord[] = [];
    for (const table of ROOM_TABLES) {
      const ids = this.pending.get(table);
      if (!ids) continue;
      this.pending.delete(table);
      for (const id of ids) {
        const got = this.checked(table, id);
        if ('reason' in got) refused.push(got);
        else if (got.record) records.push({ table, record: got.record });
      }
    }
    return { records, refused };
  }

  /** Tells the sync what text storage now holds for a note (after the caller stored a remote record). */
  stored(table: RoomTable, record: PlainRecord): void {
    if (table === 'notes' && typeof record.text === 'string') this.texts.set(String(record.id), record.text);
  }

  /**
   * After the caller stored records `take` returned: remembers their text as the base of the next local edit, and
   * takes up again any record the document changed meanwhile (a local edit that committed between `take` and the
   * write was merged into the document, and storage must get that merged version too).
   */
  settle(stored: readonly RemoteRecord[]): void {
    let again = false;
    for (const { table, record } of stored) {
      this.stored(table, record);
      const now = readRecord(this.doc, table, String(record.id));
      if (now && (now.updatedAt !== record.updatedAt || now.text !== record.text)) {
        this.pending.set(table, (this.pending.get(table) ?? new Set()).add(String(record.id)));
        again = true;
      }
    }
    if (again) for (const l of [...this.listeners]) l();
  }

  /** Writes committed local changes of the shared script into the document (a viewer's never are). */
  applyLocal(changes: readonly LocalChange[]): number {
    if (this.options.readOnly) return 0;
    let written = 0;
    this.doc.transact(() => {
      for (const c of changes) {
        if (c.origin !== 'local' || !isRoomTable(c.table)) continue;
        if (c.type === 'delete') {
          // A hard delete (a table cleared by a restore) of a record the room holds travels as a tombstone.
          const held = readRecord(this.doc, c.table, c.key);
          if (
            held &&
            belongsTo(c.table, held, this.options.scriptId) &&
            tombstone(this.doc, c.table, c.key, this.now())
          )
            written++;
          continue;
        }
        const record = c.value as PlainRecord | undefined;
        if (!record || typeof record !== 'object' || !belongsTo(c.table, record, this.options.scriptId))
          continue;
        if (this.push(c.table, record)) written++;
      }
    }, LOCAL_ORIGIN);
    return written;
  }

  /**
   * Reconciles storage and the document after a time apart (the panel was closed, or offline): a local record the
   * room lacks, or changed later than the room's copy (`updatedAt`), is pushed; a room record storage lacks, or that
   * the room changed later, is returned to store. `local` holds every record of the shared script in storage.
   */
  reconcile(local: readonly LocalRecord[]): Reconciliation {
    // A viewer writes nothing into the room, not even the layout stamp.
    if (!this.options.readOnly) this.doc.transact(() => initDoc(this.doc), LOCAL_ORIGIN);
    const incoming: RemoteRecord[] = [];
    const refused: RefusedRecord[] = [];
    const seen = new Set<string>();
    let pushed = 0;
    this.doc.transact(() => {
      for (const { table, record } of local) {
        if (!belongsTo(table, record, this.options.scriptId)) continue;
        const id = String(record.id);
        seen.add(`${table}/${id}`);
        const held = readRecord(this.doc, table, id);
        const localTime = Number(record.updatedAt) || 0;
        const roomTime = Number(held?.updatedAt) || 0;
        if ((!held || localTime > roomTime) && !this.options.readOnly) {
          if (this.push(table, record)) pushed++;
        } else if (held && !sameValue(held, record)) {
          this.pending.set(table, (this.pending.get(table) ?? new Set()).add(id));
        }
      }
    }, LOCAL_ORIGIN);
    for (const table of ROOM_TABLES) {
      for (const id of tableMap(this.doc, table).keys()) {
        if (!seen.has(`${table}/${id}`))
          this.pending.set(table, (this.pending.get(table) ?? new Set()).add(id));
      }
    }
    const taken = this.take();
    incoming.push(...taken.records);
    refused.push(...taken.refused);
    return { pushed, incoming, refused };
  }

  /** Every record of the room's document, checked (a new assistant's first copy). */
  all(): { records: RemoteRecord[]; refused: RefusedRecord[] } {
    for (const table of ROOM_TABLES) {
      const ids = this.pending.get(table) ?? new Set<string>();
      for (const id of tableMap(this.doc, table).keys()) ids.add(id);
      if (ids.size) this.pending.set(table, ids);
    }
    return this.take();
  }

  /** Stops observing the document. */
  destroy(): void {
    for (const [map, observer] of this.observers) map.unobserveDeep(observer);
    this.observers.length = 0;
    this.listeners.clear();
  }

  private push(table: RoomTable, record: PlainRecord): boolean {
    const id = String(record.id);
    const changed = writeRecord(this.doc, table, record, (field) =>
      table === 'notes' && field === 'text' ? this.texts.get(id) : undefined,
    );
    if (table === 'notes' && typeof record.text === 'string') {
      // What storage holds now is the base of the next local edit (the room's text may hold more).
      this.texts.set(id, record.text);
    }
    return changed;
  }

  /** A document record, checked: the record to store, nothing (not this script's business), or why it was refused. */
  private checked(table: RoomTable, id: string): { record?: PlainRecord } | RefusedRecord {
    const raw = readRecord(this.doc, table, id);
    if (!raw) return {};
    try {
      const record = validateRecord(table, raw, `${table}.${id.slice(0, 40)}`, { now: this.now() });
      need(record.id === id, `${table}.${id.slice(0, 40)}.id does not match its entry`);
      need(
        belongsTo(table, record, this.options.scriptId),
        `${table}.${id.slice(0, 40)} belongs to another script`,
      );
      return { record };
    } catch (e) {
      const reason = e instanceof RecordInvalid ? e.message : 'it could not be read';
      return { table, id, reason };
    }
  }
}

function need(cond: unknown, what: string): asserts cond {
  if (!cond) throw new RecordInvalid(what);
}
