// Issue 16: a script shared through a room is an ordinary local script to a backup. Its records (the ones the room
// brought, stored by the sync) are saved and restored like any other, and restoring joins no room: the invite lives
// outside the database (the extension's own storage), so a backup never carries it.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../lib/backup';
import { db, openDatabase, type NoteRecord } from '../../../lib/db';
import { exportBackup, restoreBackup } from '../../../lib/db/backup';
import { storeRevision } from '../../../lib/db/revisions';
import { storeRoomRecords } from '../../../lib/db/room-sync';
import { DEMO_SCRIPT } from '../../../lib/demo';
import { parseFountain } from '../../../lib/script';

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
});

describe('a room script in a backup', () => {
  it('restores locally, with the notes the room brought, and carries no invite', async () => {
    const script = parseFountain(DEMO_SCRIPT.revisions[0].fountain);
    const { scriptId, revisionId } = await storeRevision({
      script,
      source: { kind: 'demo', format: 'fountain' },
      title: DEMO_SCRIPT.title,
    });
    const t = Date.now() - 1000;
    const fromRoom: NoteRecord = {
      id: crypto.randomUUID(),
      scriptId,
      revisionId,
      placements: {},
      text: 'Written by another assistant in the room',
      kind: 'decision',
      tags: [],
      resolved: false,
      createdAt: t,
      updatedAt: t,
    };
    const { stored } = await storeRoomRecords([{ table: 'notes', record: { ...fromRoom } }]);
    expect(stored, 'the room note is stored as the sync stores it').toHaveLength(1);

    const file = encodeBackup(await exportBackup({ scriptId }));
    expect(file, 'no room invite or token travels in a backup').not.toMatch(/invite|token|wss?:\/\//i);

    await db.delete();
    expect((await openDatabase()).ok).toBe(true);
    await restoreBackup(file, 'merge');
    expect((await db.scripts.get(scriptId))?.title, 'the script is back').toBe(DEMO_SCRIPT.title);
    expect((await db.notes.get(fromRoom.id))?.text, 'with the note the room brought').toBe(fromRoom.text);
  });
});
