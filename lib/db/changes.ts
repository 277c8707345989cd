// The change feed: every write to the database passes here, whoever makes it, and is reported once its transaction
// has committed, as a list of record changes (table, key, the stored record, local or remote). It is a Dexie
// middleware at the lowest level (DBCore), so nothing that writes through Dexie can go around it: the room sync
// observes local changes here, and marks its own writes as remote so they are never echoed back to the room.
//
// Changes made in another extension page of this browser (a second panel, the background) reach this page's feed
// through a BroadcastChannel, marked `elsewhere`, because one panel's sync must see a note added from the context menu.

import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';

/** Who made a change: this user ('local'), or a room's sync applying what another assistant did ('remote'). */
export type ChangeOrigin = 'local' | 'remote';

export interface RecordChange {
  /** The Dexie table ("notes", "flags", ...). */
  table: string;
  /** The record's primary key (its id; a setting's key). */
  key: string;
  /** 'put' covers adds and updates; a soft delete is a put with `deletedAt` set, a hard delete is 'delete'. */
  type: 'put' | 'delete';
  /** The whole record as stored after a put (structured-clone safe); absent for a delete. */
  value?: unknown;
  origin: ChangeOrigin;
  /** True when the change was committed by another page of this extension, not this one. */
  elsewhere?: boolean;
}

export type ChangeListener = (changes: readonly RecordChange[]) => void;

/** The channel name changes travel between the extension's pages on. */
export const CHANGE_CHANNEL = 'scriptside-record-changes';

interface Pending {
  origin: ChangeOrigin;
  changes: RecordChange[];
}

/** One database's feed: the middleware that collects changes per transaction, and the listeners it reports to. */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly pending = new WeakMap<DBCoreTransaction, Pending>();
  private readonly remote = new WeakSet<object>();
  private channel: BroadcastChannel | undefined;
  /** Other pages' changes being read, one after another. */
  private incoming: Promise<void> = Promise.resolve();

  /**
   * `channelName`: the channel other pages' changes travel on (none: this feed keeps to itself). `readRecords`: reads
   * records by key, for the values of changes another page made (only keys travel between pages).
   */
  constructor(
    private readonly channelName?: string,
    private readonly readRecords?: (table: string, keys: string[]) => Promise<unknown[]>,
  ) {}

  /** Report every committed change to `listener` (this page's and, with a channel, the other pages'). Returns an unsubscribe. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    this.openChannel();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Mark a native transaction's writes as remote (used by `ScriptsideDB.writeRemote`). */
  markRemote(trans: object): void {
    this.remote.add(trans);
  }

  /** Whether a transaction (a Dexie transaction or its native one) was marked remote by `markRemote`. */
  isRemote(trans: object): boolean {
    const native = (trans as { idbtrans?: object }).idbtrans ?? trans;
    return this.remote.has(native);
  }

  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'scriptside-change-feed',
    create: (down) => ({
      ...down,
      table: (name) => this.wrapTable(down.table(name)),
    }),
  };

  private wrapTable(table: DBCoreTable): DBCoreTable {
    const name = table.name;
    return {
      ...table,
      mutate: async (req) => {
        // A range delete (a table cleared) names no keys: read them first so every change has its record's key.
        const rangeKeys =
          req.type === 'deleteRange'
            ? ((
                await table.query({
                  trans: req.trans,
                  values: false,
                  query: { index: table.schema.primaryKey, range: req.range },
                })
              ).result as unknown[])
            : undefined;
        const res = await table.mutate(req);
        this.collect(name, req, res.results, rangeKeys, res.failures);
        return res;
      },
    };
  }

  private collect(
    table: string,
    req: DBCoreMutateRequest,
    results: unknown[] | undefined,
    rangeKeys: unknown[] | undefined,
    failures: { [i: number]: Error },
  ): void {
    const origin: ChangeOrigin = this.remote.has(req.trans) ? 'remote' : 'local';
    const changes: RecordChange[] = [];
    if (req.type === 'add' || req.type === 'put') {
      req.values.forEach((value, i) => {
        if (failures[i]) return;
        const key = results?.[i] ?? req.keys?.[i];
        if (key !== undefined) changes.push({ table, key: String(key), type: 'put', value, origin });
      });
    } else {
      const keys = req.type === 'delete' ? req.keys : (rangeKeys ?? []);
      for (const key of keys) changes.push({ table, key: String(key), type: 'delete', origin });
    }
    if (changes.length === 0) return;
    this.queue(req.trans, origin, changes);
  }

  private queue(trans: DBCoreTransaction, origin: ChangeOrigin, changes: RecordChange[]): void {
    const open = this.pending.get(trans);
    if (open) {
      open.changes.push(...changes);
      return;
    }
    const target = trans as Partial<EventTarget>;
    if (typeof target.addEventListener !== 'function') {
      // Not a native transaction (a core without one): report at once.
      this.emit(changes);
      return;
    }
    const pending: Pending = { origin, changes: [...changes] };
    this.pending.set(trans, pending);
    // Reported only once the transaction has committed: an aborted write never happened.
    target.addEventListener('complete', () => this.emit(pending.changes, true), { once: true });
  }

  private emit(changes: readonly RecordChange[], broadcast = false): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(changes);
      } catch (e) {
        // One failing observer must not stop the others (or the write, which has committed already).
        console.error('Scriptside: a change listener failed', e);
      }
    }
    if (broadcast) {
      try {
        // Posted on this page's one channel object, which never receives its own messages. Keys only: cloning every
        // stored record (a 120-page draft is megabytes) for pages that may not listen would cost each write dearly;
        // a page that listens reads the records it is told of.
        this.openChannel()?.postMessage(changes.map(({ value: _value, ...change }) => change));
      } catch {
        // A channel that cannot post reaches no other page; this page's listeners have the change.
      }
    }
  }

  /** Another page's changes, marked `elsewhere`, with each put's record as stored now (read once per table). */
  private async withValues(changes: RecordChange[]): Promise<RecordChange[]> {
    const values = new Map<string, unknown>();
    if (this.readRecords) {
      const byTable = new Map<string, string[]>();
      for (const c of changes)
        if (c.type === 'put') byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.key]);
      for (const [table, keys] of byTable) {
        const records = await this.readRecords(table, keys).catch(() => []);
        keys.forEach((key, i) => values.set(`${table}\u0000${key}`, records[i]));
      }
    }
    return changes.map((c) => ({ ...c, value: values.get(`${c.table}\u0000${c.key}`), elsewhere: true }));
  }

  private openChannel(): BroadcastChannel | undefined {
    if (this.channel || !this.channelName || typeof BroadcastChannel !== 'function') return this.channel;
    this.channel = new BroadcastChannel(this.channelName);
    this.channel.onmessage = (event: MessageEvent) => {
      if (this.listeners.size === 0) return;
      const changes = parseChanges(event.data);
      // In the order they were posted, whatever each read takes.
      if (changes.length)
        this.incoming = this.incoming.then(() => this.withValues(changes)).then((c) => this.emit(c));
    };
    // Node (tests, benchmarks) must be able to exit with the channel open.
    (this.channel as { unref?: () => void }).unref?.();
    return this.channel;
  }
}

/** What another page posted, checked: only well-formed changes pass (a page of this extension, but still data). */
function parseChanges(data: unknown): RecordChange[] {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (c): c is RecordChange =>
      typeof c === 'object' &&
      c !== null &&
      typeof c.table === 'string' &&
      typeof c.key === 'string' &&
      (c.type === 'put' || c.type === 'delete') &&
      (c.origin === 'local' || c.origin === 'remote'),
  );
}

/** The native transaction of the Dexie transaction running now, if any (to mark it remote). */
export function currentNativeTransaction(): object | undefined {
  const tx = Dexie.currentTransaction as { idbtrans?: object } | null | undefined;
  return tx?.idbtrans ?? undefined;
}
