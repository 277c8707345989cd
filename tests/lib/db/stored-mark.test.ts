// The mark kept outside IndexedDB (lib/db/stored-mark): read back strictly, compared with what the database holds
// at start-up (a new install, scripts kept, or scripts the browser dropped), and kept up to date afterwards.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, softDelete } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { recordBackupSaved } from '../../../lib/db/backup';
import {
  checkStoredData,
  forgetMark,
  judgeStoredData,
  keepMark,
  nextMark,
  readMark,
  storedSummary,
  type MarkArea,
  type StoredMark,
} from '../../../lib/db/stored-mark';
import { parseFountain } from '../../../lib/script/fountain';

/** A storage.local stand-in holding one value; `failing` makes every call throw. */
function fakeArea(initial?: unknown, failing = false): MarkArea & { value: unknown; writes: number } {
  const area = {
    value: initial,
    writes: 0,
    async get() {
      if (failing) throw new Error('storage.local is not available');
      return area.value;
    },
    async set(mark: StoredMark) {
      if (failing) throw new Error('storage.local is not available');
      area.writes++;
      area.value = mark;
    },
    async remove() {
      if (failing) throw new Error('storage.local is not available');
      area.writes++;
      area.value = undefined;
    },
  };
  return area;
}

async function storeOne(title = 'Alpha') {
  const script = parseFountain('INT. ROOM - DAY\n\nAna waits.\n');
  return storeRevision({ script, source: { kind: 'paste', format: 'fountain' }, title, pages: [] });
}

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
});

describe('readMark', () => {
  it('reads a mark and nothing that is not one', () => {
    expect(readMark({ scripts: 2, at: 5, lastBackupAt: 3 })).toEqual({ scripts: 2, at: 5, lastBackupAt: 3 });
    expect(readMark({ scripts: 1, at: 5, lastBackupAt: 'yesterday' })).toEqual({ scripts: 1, at: 5 });
    for (const bad of [
      undefined,
      null,
      'x',
      3,
      {},
      { scripts: 0, at: 1 },
      { scripts: 1.5, at: 1 },
      { scripts: 1 },
    ])
      expect(readMark(bad), JSON.stringify(bad)).toBeUndefined();
  });
});

describe('judgeStoredData', () => {
  it('tells a new install, kept scripts and a dropped database apart', () => {
    const mark = { scripts: 3, at: 1 };
    expect(judgeStoredData(undefined, { scripts: 0 })).toEqual({ kind: 'fresh' });
    expect(judgeStoredData(undefined, { scripts: 2 })).toEqual({ kind: 'kept' });
    expect(judgeStoredData(mark, { scripts: 3 })).toEqual({ kind: 'kept' });
    expect(judgeStoredData(mark, { scripts: 0 })).toEqual({ kind: 'lost', mark });
  });
});

describe('nextMark', () => {
  it('writes a mark while scripts are stored, and only when it changes', () => {
    expect(nextMark(undefined, { scripts: 1 }, 'fresh', 9)).toEqual({ scripts: 1, at: 9 });
    expect(nextMark({ scripts: 1, at: 2 }, { scripts: 1 }, 'kept', 9)).toBeUndefined();
    expect(nextMark({ scripts: 1, at: 2 }, { scripts: 2 }, 'kept', 9)).toEqual({ scripts: 2, at: 9 });
    expect(nextMark({ scripts: 1, at: 2 }, { scripts: 1, lastBackupAt: 7 }, 'kept', 9)).toEqual({
      scripts: 1,
      at: 9,
      lastBackupAt: 7,
    });
  });

  it('keeps the last backup date the mark knows when the database has none (a restore without it)', () => {
    expect(nextMark({ scripts: 1, at: 2, lastBackupAt: 7 }, { scripts: 1 }, 'lost', 9)).toBeUndefined();
    expect(nextMark({ scripts: 1, at: 2, lastBackupAt: 7 }, { scripts: 3 }, 'lost', 9)).toEqual({
      scripts: 3,
      at: 9,
      lastBackupAt: 7,
    });
  });

  it('leaves the mark of a loss until scripts come back; forgets it when the user emptied the database', () => {
    const mark = { scripts: 2, at: 1 };
    expect(nextMark(mark, { scripts: 0 }, 'lost', 9), 'loss not dealt with').toBeUndefined();
    expect(nextMark(mark, { scripts: 0 }, 'kept', 9), 'emptied while the panel watched').toBe('remove');
    expect(nextMark(undefined, { scripts: 0 }, 'fresh', 9)).toBeUndefined();
  });
});

describe('storedSummary and checkStoredData', () => {
  it('counts deleted scripts too and reads the last backup date', async () => {
    expect(await storedSummary()).toEqual({ scripts: 0 });
    const { scriptId } = await storeOne();
    await softDelete('scripts', scriptId);
    await recordBackupSaved(1234);
    expect(await storedSummary()).toEqual({ scripts: 1, lastBackupAt: 1234 });
  });

  it('a new install: nothing stored, no mark, nothing written', async () => {
    const area = fakeArea();
    expect(await checkStoredData(area, db, 50)).toEqual({ state: { kind: 'fresh' }, mark: undefined });
    expect(area.writes).toBe(0);
  });

  it('scripts stored before the mark existed (an update from an older version): kept, and marked now', async () => {
    await storeOne();
    const area = fakeArea();
    const r = await checkStoredData(area, db, 50);
    expect(r.state).toEqual({ kind: 'kept' });
    expect(area.value).toEqual({ scripts: 1, at: 50 });
    expect(r.mark).toEqual(area.value);
  });

  it('the browser dropped the database: lost, with what the mark remembers, and the mark is left for next time', async () => {
    const area = fakeArea({ scripts: 4, at: 10, lastBackupAt: 8 });
    const r = await checkStoredData(area, db, 50);
    expect(r.state).toEqual({ kind: 'lost', mark: { scripts: 4, at: 10, lastBackupAt: 8 } });
    expect(area.value, 'a panel opened later says it again').toEqual({ scripts: 4, at: 10, lastBackupAt: 8 });
    // The user restores a backup: the mark follows the database again.
    await storeOne();
    const after = await keepMark(area, r.mark, await storedSummary(), 'lost', 60);
    expect(after).toEqual({ scripts: 1, at: 60, lastBackupAt: 8 });
    expect((await checkStoredData(area, db, 70)).state).toEqual({ kind: 'kept' });
  });

  it('starting afresh forgets the mark: the next start is a new install', async () => {
    const area = fakeArea({ scripts: 4, at: 10 });
    await forgetMark(area);
    expect((await checkStoredData(area, db, 50)).state).toEqual({ kind: 'fresh' });
  });

  it('storage.local failing never stands in the way: kept, and nothing thrown', async () => {
    const area = fakeArea(undefined, true);
    expect(await checkStoredData(area, db, 50)).toEqual({ state: { kind: 'kept' }, mark: undefined });
    await storeOne();
    await expect(
      keepMark(area, undefined, await storedSummary(), 'kept', 60),
      'nothing was stored: the next change tries again',
    ).resolves.toBeUndefined();
  });
});
