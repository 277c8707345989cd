// Storing a new revision carries every note and flag into it in the same transaction; the user confirms, re-attaches
// or dismisses; locking keeps page numbers; the print queue gets the revised pages with headers and asterisks.
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorAt } from '../../../lib/anchoring';
import { db, newId, now, openDatabase, type FlagRecord, type NoteRecord } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import {
  carriedInto,
  confirmPlacement,
  dismissOrphan,
  placeUnplacedIn,
  reattach,
} from '../../../lib/db/carry-forward';
import { unplacedCount } from '../../../lib/db/placements';
import { getRevisedPages } from '../../../lib/db/revised-pages';
import {
  lockRevision,
  setColorSequence,
  setRevisionColor,
  setRevisionDate,
  suggestedNextColor,
} from '../../../lib/db/revision-edits';
import type { Script } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { nightShift, rangeOf } from '../../fixtures/revisions';

const { v1, v2 } = nightShift();
const source = {
  kind: 'page' as const,
  url: 'http://127.0.0.1/night-shift.html',
  format: 'fountain' as const,
};

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
});

async function store(script: Script) {
  return storeRevision({ script, source, title: 'Night Shift', pages: paginate(script) });
}

function note(scriptId: string, revisionId: string, script: Script, quote: string, text: string): NoteRecord {
  const { start, end } = rangeOf(script, quote);
  const t = now();
  return {
    id: newId(),
    createdAt: t,
    updatedAt: t,
    scriptId,
    revisionId,
    anchor: anchorAt(script, start, end),
    placements: {},
    text,
    kind: 'note',
    tags: [],
    resolved: false,
  };
}

function flag(scriptId: string, revisionId: string, script: Script, quote: string): FlagRecord {
  const { start, end } = rangeOf(script, quote);
  const t = now();
  return {
    id: newId(),
    createdAt: t,
    updatedAt: t,
    scriptId,
    revisionId,
    anchor: anchorAt(script, start, end),
    placements: {},
    item: quote,
    category: 'place',
    question: 'Real place?',
    sources: [],
    alternatives: [],
    notes: '',
    status: 'open',
    history: [],
  };
}

describe('carry forward on storeRevision', () => {
  it('places every note and flag in the new revision and drops none', async () => {
    const a = await store(v1);
    const kept = note(a.scriptId, a.revisionId, v1, 'Forty years of starter', 'Keep this line');
    const cut = note(a.scriptId, a.revisionId, v1, 'Wake up. The bread goes out at five.', 'Funny?');
    const f = flag(a.scriptId, a.revisionId, v1, 'The ovens have been cold since Tuesday.');
    await db.notes.bulkAdd([kept, cut]);
    await db.flags.add(f);
    const b = await store(v2);
    expect(b.created, 'v2 is a new revision').toBe(true);
    const notes = await db.notes.toArray();
    expect(notes.length, 'no note dropped').toBe(2);
    const k = notes.find((n) => n.id === kept.id)!.placements[b.revisionId];
    expect(v2.text.slice(k.start, k.end), 'the kept note sits on its words in v2').toBe(
      'Forty years of starter',
    );
    expect(notes.find((n) => n.id === cut.id)!.placements[b.revisionId].status, 'cut text: orphaned').toBe(
      'orphaned',
    );
    expect(notes.find((n) => n.id === cut.id)!.anchor?.exact, 'the orphan keeps its old text').toBe(
      'Wake up. The bread goes out at five.',
    );
    const fp = (await db.flags.get(f.id))!.placements[b.revisionId];
    expect(fp.status, 'the edited flag line is placed for a glance').toBe('fuzzy');

    const rev = (await db.revisions.get(b.revisionId))!;
    const carried = await carriedInto(rev);
    expect(
      carried.orphans.map((o) => o.oldText),
      'the orphan is listed with its old text',
    ).toEqual(['Wake up. The bread goes out at five.']);
    expect(
      carried.glance.map((g) => g.kind),
      'the fuzzy flag wants a glance',
    ).toEqual(['flag']);

    await confirmPlacement('flag', f.id, b.revisionId);
    const { start, end } = rangeOf(v2, 'Somebody has to fix the chimney.');
    await reattach('note', cut.id, rev, start, end);
    const after = await carriedInto(rev);
    expect(
      after.glance.length + after.orphans.length,
      'confirmed and re-attached: nothing left to look at',
    ).toBe(0);
    expect(after.exact, 'all three now exact').toBe(3);
  });

  it('places a note and a flag alike in a draft shown later, without marking them edited', async () => {
    const a = await store(v1);
    const b = await store(v2);
    // Written on the newer draft; the user then opens the older one: neither has a place there yet.
    const quote = 'Forty years of starter';
    const n = note(a.scriptId, b.revisionId, v2, quote, 'Keep this line');
    const f = flag(a.scriptId, b.revisionId, v2, quote);
    await db.notes.add(n);
    await db.flags.add(f);
    expect(await unplacedCount(a.scriptId, a.revisionId), 'both wait for a place in the older draft').toBe(2);
    const result = await placeUnplacedIn(a.scriptId, a.revisionId);
    expect(result.exact + result.moved, 'both placed').toBe(2);
    const pn = (await db.notes.get(n.id))!;
    const pf = (await db.flags.get(f.id))!;
    expect(pf.placements[a.revisionId], 'the flag stands where the note stands').toEqual(
      pn.placements[a.revisionId],
    );
    const p = pf.placements[a.revisionId];
    expect(v1.text.slice(p.start, p.end), 'on the same words in the older draft').toBe(quote);
    expect([pn.updatedAt, pf.updatedAt], 'a worked-out place is not an edit').toEqual([
      n.updatedAt,
      f.updatedAt,
    ]);
    expect(await unplacedCount(a.scriptId, a.revisionId), 'nothing left to place').toBe(0);
    expect(await placeUnplacedIn(a.scriptId, a.revisionId), 'a second pass has nothing to do').toEqual({
      exact: 0,
      moved: 0,
      fuzzy: 0,
      orphaned: 0,
    });
  });

  it('keeps a dismissed orphan stored but off the list', async () => {
    const a = await store(v1);
    const cut = note(a.scriptId, a.revisionId, v1, 'Wake up. The bread goes out at five.', 'Funny?');
    await db.notes.add(cut);
    const b = await store(v2);
    await dismissOrphan('note', cut.id, b.revisionId);
    const carried = await carriedInto((await db.revisions.get(b.revisionId))!);
    expect(carried.orphans.length, 'dismissed: not listed').toBe(0);
    expect(await db.notes.get(cut.id), 'dismissed: still stored').toBeDefined();
  });

  it('stores nothing when the carry-forward fails: revision and placements together or not at all', async () => {
    const a = await store(v1);
    const bad = note(a.scriptId, a.revisionId, v1, 'Forty years of starter', 'x');
    // A corrupt record (placements missing) makes the carry-forward throw inside the transaction.
    await db.notes.add({ ...bad, placements: undefined as unknown as NoteRecord['placements'] });
    await expect(store(v2), 'the store fails visibly').rejects.toThrow();
    expect((await db.revisions.toArray()).length, 'no half-stored revision').toBe(1);
  });
});

describe('revision edits, lock and revised pages', () => {
  it('sets colour and date, refuses bad ones, and suggests the next colour from the sequence', async () => {
    const a = await store(v1);
    await setRevisionColor(a.revisionId, '  Double   White ');
    await setRevisionDate(a.revisionId, '2026-11-27');
    const r = (await db.revisions.get(a.revisionId))!;
    expect([r.color, r.date], 'stored as typed, spaces tidied').toEqual(['Double White', '2026-11-27']);
    await expect(setRevisionDate(a.revisionId, '2026-02-30'), 'not a calendar day').rejects.toThrow(
      /calendar day/,
    );
    await expect(setRevisionColor(a.revisionId, '  '), 'empty colour').rejects.toThrow(/colour/);
    const script = (await db.scripts.get(a.scriptId))!;
    await setRevisionColor(a.revisionId, 'Blue');
    expect(suggestedNextColor(script, [{ ...r, color: 'Blue' }]), 'WGA: Pink after Blue').toBe('Pink');
    const seq = await setColorSequence(a.scriptId, ['White', 'Blue', 'Tan']);
    expect(
      suggestedNextColor({ settings: { ...script.settings, colorSequence: seq } }, [{ ...r, color: 'Blue' }]),
      'own order',
    ).toBe('Tan');
  });

  it('locks a draft and keeps its page numbers; reprint pages carry header and asterisks', async () => {
    const a = await store(v1);
    await setRevisionDate(a.revisionId, '2026-11-20');
    await lockRevision(a.revisionId);
    const locked = (await db.revisions.get(a.revisionId))!;
    expect(locked.locked, 'locked').toBe(true);
    expect(
      (await db.settings.get(`revision.lock.${a.revisionId}`))?.value,
      'the lock is stored',
    ).toBeTruthy();
    const b = await store(v2);
    await setRevisionColor(b.revisionId, 'Blue');
    await setRevisionDate(b.revisionId, '2026-11-27');
    const pages = await getRevisedPages(a.scriptId, b.revisionId);
    expect(pages.length, 'v2 changes at least one page').toBeGreaterThan(0);
    expect(pages[0].header, 'header with colour and date').toBe('BLUE REVISION - 11/27/26');
    expect(
      pages.every((p) => p.markedLines.length > 0),
      'every reprinted page has asterisked lines',
    ).toBe(true);
    expect(pages.flatMap((p) => p.markedText).join(' '), 'the edited words are on a marked line').toMatch(
      /Monday|furious/,
    );
    expect(await getRevisedPages(a.scriptId, a.revisionId), 'a first draft reprints nothing').toEqual([]);
    await expect(getRevisedPages(a.scriptId, 'nope'), 'unknown revision').rejects.toThrow(/no longer stored/);
  });
});
