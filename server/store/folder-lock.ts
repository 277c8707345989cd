// An embedded store belongs to one process: a second server on the same data folder would write the same files
// (PGlite has no lock of its own, and two processes on one folder lost committed rows without an error).
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RoomStoreError } from './types.ts';

const LOCK_FILE = 'LOCK';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder `dir` for this process (creating it), or throws a RoomStoreError naming the process that
 * holds it. A lock left by a process that no longer runs (killed) is taken over. Returns the release function.
 */
export function lockDataFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' fails when the file exists: creating it is the atomic test-and-set.
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder))
        throw new RoomStoreError(
          `Another room server (process ${holder}) is using the data folder ${resolve(dir)}. Stop it, or give this one another --data folder.`,
        );
      // The holder is gone (killed without releasing): take the stale lock over.
      unlinkSync(path);
    }
  }
  throw new RoomStoreError(
    `Could not lock the data folder ${resolve(dir)}; is another server starting on it?`,
  );
}
