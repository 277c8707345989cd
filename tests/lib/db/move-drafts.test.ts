import { beforeEach, describe, expect, it } from 'vitest';
import { db, liveScripts, openDatabase, type SourceInfo } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { moveDraftsInto } from '../../../lib/db/move-drafts';
import { anchorAt } from '../../../lib/anchoring';
import { DEMO_SCRIPT } from '../../../lib/demo';
import { parseFountain } from '../../../lib/script';

const file = (fileName: string): SourceInfo => ({ kind: 'file', fileName, format: 'fountain' });
const [white, blue] = DEMO_SCRIPT.revisions.map((r) => parseFountain(r.fountain));

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
});

describe('moveDraftsInto: "this document is a draft of…"', () => {
  it('makes a separately read draft the next revision of the chosen script, with its notes following', async () => {
    const first = await storeRevision({
      script: white,
      source: file('ep101_white.fountain'),
      title: 'Episode 101',
    });
    // The next draft arrives under another file name, so it lands in a script of its own.
    const second = await storeRevision({
      script: blue,
      source: file('EP 101 blue pages.fountain'),
      title: 'EP 101',
    });
    expect(second.scriptId, 'a different file name made a new script').not.toBe(first.scriptId);
    const quoteAt = white.text.indexOf('Check under the tray');
    const t = Date.now();
    await db.notes.add({
      id: 'n1',
      createdAt: t,
      updatedAt: t,
      scriptId: first.scriptId,
      revisionId: first.revisionId,
      anchor: anchorAt(white, quoteAt, quoteAt + 'Check under the tray'.length),
      placements: {},
      text: 'Pitch: make it the napkin dispenser',
      kind: 'pitch',
      tags: [],
      resolved: false,
    });

    await moveDraftsInto(second.scriptId, first.scriptId);

    const scripts = await liveScripts();
    expect(
      scripts.map((s) => s.title),
      'only the chosen script is left',
    ).toEqual(['Episode 101']);
    const revs = (await db.revisions.where('scriptId').equals(first.scriptId).toArray()).sort(
      (a, b) => a.seq - b.seq,
    );
    expect(
      revs.map((r) => [r.seq, r.color]),
      'the moved draft is revision 2, in the next colour',
    ).toEqual([
      [1, 'White'],
      [2, 'Blue'],
    ]);
    const note = await db.notes.get('n1');
    const placed = note?.placements[second.revisionId];
    expect(placed?.status, 'the note was carried into the moved draft').toBe('exact');
    expect(blue.text.slice(placed!.start!, placed!.end!), 'on the same words').toBe('Check under the tray');
    const script = scripts[0];
    expect(script.currentRevisionId, 'the moved draft is shown').toBe(second.revisionId);

    // A later read of the second file goes to the chosen script.
    const again = await storeRevision({
      script: blue,
      source: file('EP 101 blue pages.fountain'),
      title: 'EP 101',
    });
    expect(
      [again.scriptId, again.created],
      'the same file read again is known, in the chosen script',
    ).toEqual([first.scriptId, false]);
  });

  it('refuses a script that is gone and changes nothing', async () => {
    const a = await storeRevision({ script: white, source: file('a.fountain'), title: 'A' });
    await expect(moveDraftsInto('missing', a.scriptId), 'a missing source script').rejects.toThrow(
      /no longer stored/,
    );
    expect(await db.revisions.count(), 'nothing moved').toBe(1);
  });
});
