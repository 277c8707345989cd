// Keeps every room's changes in the store: each change the document takes, whether from this instance's own
// clients or relayed by another instance through Redis, is appended after a short delay (a burst is one write).
//
// Why not Hocuspocus's own store hook: it stores only changes made by this instance's clients. A change that reached
// this instance through Redis was stored by nobody if its origin instance died before its store debounce (sync.md).
// Storing here from onChange, for every origin, closes that gap. Two instances may both store a change; merging
// through a Y.Doc at compaction drops the duplicate.
import type {
  Extension,
  afterUnloadDocumentPayload,
  onChangePayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import type { RoomLog } from './log.ts';
import type { RoomStore } from './store/types.ts';

/** After this many rows appended to a room since it was loaded or compacted, its log is merged into one row. */
export const COMPACT_AFTER_APPENDS = 200;

/** A batch this large is written at once rather than waiting for the delay (bytes). */
const FLUSH_NOW_BYTES = 1024 * 1024;

/** A failed write is retried after this long (ms); the changes stay in memory meanwhile. */
const RETRY_MS = 1_000;

interface Pending {
  updates: Uint8Array[];
  bytes: number;
  timer?: NodeJS.Timeout;
  /** The write in progress, so a load or shutdown can wait for it. */
  writing?: Promise<void>;
}

/** The Hocuspocus extension that loads rooms from `store` and appends their changes to it. */
export class RoomPersistence implements Extension {
  extensionName = 'RoomPersistence';
  private readonly pending = new Map<string, Pending>();
  private readonly appendsSinceCompaction = new Map<string, number>();
  /** Approximate bytes of each loaded room (stored updates plus changes since): checked against the size limit. */
  readonly documentBytes = new Map<string, number>();

  constructor(
    private readonly store: RoomStore,
    private readonly storeDelayMs: number,
    private readonly log: RoomLog,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    // Changes still waiting to be written belong to this room's history: write them before reading it back.
    await this.flush(documentName);
    const updates = await this.store.load(documentName);
    let bytes = 0;
    Y.transact(document, () => {
      for (const update of updates) {
        Y.applyUpdate(document, update);
        bytes += update.byteLength;
      }
    });
    this.documentBytes.set(documentName, bytes);
    this.appendsSinceCompaction.set(documentName, updates.length);
    if (updates.length > COMPACT_AFTER_APPENDS) this.compactSoon(documentName);
  }

  async onChange({ documentName, update }: onChangePayload): Promise<void> {
    this.documentBytes.set(documentName, (this.documentBytes.get(documentName) ?? 0) + update.byteLength);
    let pending = this.pending.get(documentName);
    if (!pending) {
      pending = { updates: [], bytes: 0 };
      this.pending.set(documentName, pending);
    }
    pending.updates.push(update);
    pending.bytes += update.byteLength;
    if (pending.bytes >= FLUSH_NOW_BYTES) void this.flush(documentName);
    else pending.timer ??= setTimeout(() => void this.flush(documentName), this.storeDelayMs);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    await this.flush(documentName);
    this.documentBytes.delete(documentName);
  }

  /** Writes `room`'s waiting changes now (one merged row); resolves when they are stored. */
  async flush(room: string): Promise<void> {
    const pending = this.pending.get(room);
    if (!pending) return;
    await pending.writing;
    if (pending.updates.length === 0) {
      // Another flush took the batch while this one waited: wait for its write instead.
      await pending.writing;
      return;
    }
    clearTimeout(pending.timer);
    pending.timer = undefined;
    const batch = pending.updates;
    pending.updates = [];
    pending.bytes = 0;
    pending.writing = this.store.append(room, [Y.mergeUpdates(batch)]).then(
      () => {
        pending.writing = undefined;
        const appends = (this.appendsSinceCompaction.get(room) ?? 0) + 1;
        this.appendsSinceCompaction.set(room, appends);
        if (appends > COMPACT_AFTER_APPENDS) this.compactSoon(room);
        if (pending.updates.length === 0 && !pending.timer) this.pending.delete(room);
      },
      (error: Error) => {
        pending.writing = undefined;
        // Keep the changes (in front of newer ones) and try again: a database restart must not lose them.
        pending.updates = [...batch, ...pending.updates];
        pending.bytes = pending.updates.reduce((sum, u) => sum + u.byteLength, 0);
        this.log('store-failed', { room, error: error.message, retryInMs: RETRY_MS });
        pending.timer ??= setTimeout(() => void this.flush(room), RETRY_MS);
      },
    );
    await pending.writing;
  }

  /** Writes every room's waiting changes (on shutdown). */
  async flushAll(): Promise<void> {
    // A failed write re-queues itself; on shutdown one more attempt is all there is time for.
    await Promise.all([...this.pending.keys()].map((room) => this.flush(room)));
  }

  private compactSoon(room: string): void {
    this.appendsSinceCompaction.set(room, 0);
    setImmediate(() => {
      this.store.compact(room).then(
        () => this.log('compacted', { room }),
        (error: Error) => this.log('compact-failed', { room, error: error.message }),
      );
    });
  }
}
