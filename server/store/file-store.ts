// The embedded default store: one append-only file of length-prefixed Yjs updates per room in the data folder.
// Chosen over PGlite because it keeps an idle server small (see the README's room-server section for the figures).
import { mkdirSync } from 'node:fs';
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lockDataFolder } from './folder-lock.ts';
import { type RoomStore, mergeStoredUpdates } from './types.ts';

/** Each record is a 4-byte big-endian length, then the update. */
const LENGTH_BYTES = 4;

/** Room names may hold `:` and `.`, so files are named by the name's hex. */
function fileName(room: string): string {
  return `${Buffer.from(room, 'utf8').toString('hex')}.ylog`;
}

function encodeRecords(updates: Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  for (const update of updates) {
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32BE(update.byteLength);
    parts.push(length, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }
  return Buffer.concat(parts);
}

/** Reads records up to the last complete one: a crash in the middle of an append leaves a torn tail, ignored. */
function decodeRecords(bytes: Buffer): { updates: Uint8Array[]; validBytes: number } {
  const updates: Uint8Array[] = [];
  let at = 0;
  while (at + LENGTH_BYTES <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    if (at + LENGTH_BYTES + length > bytes.length) break;
    updates.push(new Uint8Array(bytes.subarray(at + LENGTH_BYTES, at + LENGTH_BYTES + length)));
    at += LENGTH_BYTES + length;
  }
  return { updates, validBytes: at };
}

/** Opens the file store in `dir`, taking the folder's lock (throws a RoomStoreError if another process has it). */
export function openFileStore(dir: string): RoomStore {
  const release = lockDataFolder(dir);
  const roomsDir = join(dir, 'rooms');
  mkdirSync(roomsDir, { recursive: true });
  // One chain of file operations per room, so an append never interleaves with a compaction.
  const queues = new Map<string, Promise<unknown>>();
  const serial = <T>(room: string, task: () => Promise<T>): Promise<T> => {
    const next = (queues.get(room) ?? Promise.resolve()).then(task, task);
    queues.set(
      room,
      next.catch(() => undefined),
    );
    return next;
  };
  const path = (room: string) => join(roomsDir, fileName(room));

  return {
    kind: 'file',
    load: (room) =>
      serial(room, async () => {
        let bytes: Buffer;
        try {
          bytes = await readFile(path(room));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
          throw error;
        }
        const { updates, validBytes } = decodeRecords(bytes);
        // Cut a torn tail now, so later appends follow a complete record.
        if (validBytes < bytes.length) await writeFile(path(room), bytes.subarray(0, validBytes));
        return updates;
      }),
    append: (room, updates) =>
      serial(room, async () => {
        const file = await open(path(room), 'a');
        try {
          await file.write(encodeRecords(updates));
          await file.datasync();
        } finally {
          await file.close();
        }
      }),
    compact: (room) =>
      serial(room, async () => {
        const { updates } = decodeRecords(await readFile(path(room)).catch(() => Buffer.alloc(0)));
        if (updates.length <= 1) return;
        const tmp = `${path(room)}.tmp`;
        const file = await open(tmp, 'w');
        try {
          await file.write(encodeRecords([mergeStoredUpdates(updates)]));
          await file.sync();
        } finally {
          await file.close();
        }
        // rename is atomic: a crash leaves either the old log or the merged one, never half of each.
        await rename(tmp, path(room));
      }),
    close: async () => {
      await Promise.all(queues.values());
      release();
    },
  };
}
