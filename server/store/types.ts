// Where a room server keeps its rooms: an append-only log of Yjs updates per room, merged now and then. Appending
// small updates (not rewriting the whole document after each change) keeps writes proportional to what changed.
import * as Y from 'yjs';

/** One room server's store of room documents. */
export interface RoomStore {
  /** Which store this is, for the log ("file", "pglite", "postgres"). */
  readonly kind: string;
  /** Every stored update of `room`, in the order stored (empty for a new room). */
  load(room: string): Promise<Uint8Array[]>;
  /** Appends `updates` to `room`'s log; resolves once they are durable. */
  append(room: string, updates: Uint8Array[]): Promise<void>;
  /** Replaces `room`'s stored updates by one merged update (updates appended meanwhile are kept). */
  compact(room: string): Promise<void>;
  close(): Promise<void>;
}

/** A store the server cannot open; `message` is a sentence for the operator. */
export class RoomStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RoomStoreError';
  }
}

/**
 * Merges updates into one. Through a Y.Doc rather than Y.mergeUpdates: the same change may be stored twice (the
 * instance its client wrote to and the instance that received it through Redis both store it), and applying to a
 * document drops such duplicates.
 */
export function mergeStoredUpdates(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
