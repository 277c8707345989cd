// @vitest-environment jsdom
// Flags are placed in the shown draft exactly as notes are: a note and a flag on the same words, written on an
// earlier draft and arriving with no placement in the current one (restored from a backup, synced, or written after
// the next draft was read), both stand on the same words of the current draft. Before the one placement policy, the
// note was placed by the Notes view and the flag said "not found in this draft".
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorAt } from '../../../../lib/anchoring';
import { db, newId, now, type FlagRecord, type NoteRecord } from '../../../../lib/db';
import { storeRevision } from '../../../../lib/db/revisions';
import { buildScript, type Script } from '../../../../lib/script/model';
import { paginate } from '../../../../lib/script/paginate';
import { clearDb, fakeLayout, renderWorkbench, storeScript } from '../../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

const DINER = [
  { type: 'scene_heading' as const, text: 'INT. DINER - NIGHT', sceneNumber: '8' },
  { type: 'action' as const, text: 'Mara sips an Acme Cola at Quimby Plaza.' },
  { type: 'character' as const, text: 'MARA', name: 'MARA' },
  { type: 'dialogue' as const, text: 'Nobody comes here after midnight.' },
];
const white = buildScript('fountain', DINER);
// The next draft adds a line before the flagged one, so the item's offsets move.
const blue = buildScript('fountain', [
  DINER[0],
  { type: 'action', text: 'Rain hammers the windows. The neon sign flickers.' },
  ...DINER.slice(1),
]);

function anchorOn(script: Script, quote: string) {
  const start = script.text.indexOf(quote);
  return anchorAt(script, start, start + quote.length);
}

describe('placing flags as notes are placed', () => {
  it('places a flag from an earlier draft in the shown draft, on the same words as a note there', async () => {
    const user = userEvent.setup();
    const first = await storeScript(white, 'Diner');
    const second = await storeRevision({
      script: blue,
      source: { kind: 'file', fileName: 'Diner.fountain', format: 'fountain' },
      title: 'Diner',
      scriptId: first.scriptId,
      pages: paginate(blue, { paper: 'letter' }),
    });
    expect(second.created, 'the Blue draft is stored as the next revision').toBe(true);
    const t = now();
    const anchor = anchorOn(white, 'Acme Cola');
    const note: NoteRecord = {
      id: newId(),
      createdAt: t,
      updatedAt: t,
      scriptId: first.scriptId,
      revisionId: first.revisionId,
      anchor,
      placements: {},
      text: 'Can we say Acme?',
      kind: 'question',
      tags: [],
      resolved: false,
    };
    const flag: FlagRecord = {
      id: newId(),
      createdAt: t,
      updatedAt: t,
      scriptId: first.scriptId,
      revisionId: first.revisionId,
      anchor,
      placements: {},
      item: 'Acme Cola',
      category: 'brand',
      question: '',
      sources: [],
      alternatives: [],
      notes: '',
      status: 'open',
      history: [{ status: 'open', at: t }],
    };
    // As a restore or a room sync writes them: on the White draft, with no placement in the Blue one.
    await db.notes.add(note);
    await db.flags.add(flag);

    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Notes/ }));
    await waitFor(
      async () =>
        expect(
          (await db.notes.get(note.id))?.placements[second.revisionId]?.status,
          'the note is placed in the Blue draft',
        ).toBe('exact'),
      { timeout: 5000 },
    );

    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    await screen.findByRole(
      'button',
      { name: "Open flag on page 1, scene 8: business/brand/product 'Acme Cola'" },
      { timeout: 5000 },
    );
    expect(
      screen.queryByRole('button', { name: /not found in this draft/ }),
      'the flag is not shown as lost',
    ).toBeNull();
    const placedNote = (await db.notes.get(note.id))!.placements[second.revisionId];
    const placedFlag = (await db.flags.get(flag.id))!.placements[second.revisionId];
    expect(placedFlag, 'the flag is placed and kept, on the same words as the note').toEqual(placedNote);
    expect(blue.text.slice(placedFlag.start, placedFlag.end), 'on the item in the Blue draft').toBe(
      'Acme Cola',
    );
    expect(
      (await db.flags.get(flag.id))!.updatedAt,
      'a derived placement does not make the flag look edited (a merge keeps real edits)',
    ).toBe(t);
  });
});
