// Carry-forward rules: notes follow their text into a new draft, chain through drafts, come back when cut text
// returns, and are orphaned (never dropped) when their text is gone.
import { describe, expect, it } from 'vitest';
import { anchorAt } from '../../../lib/anchoring';
import type { PlaceableItem } from '../../../lib/anchoring/place-of';
import { placeItems, type PlaceableRevision } from '../../../lib/anchoring/placement';
import { carriedSummary } from '../../../lib/revision/carry';
import { parseFountain } from '../../../lib/script/fountain';
import { nightShift, NIGHT_SHIFT_V1, rangeOf } from '../../fixtures/revisions';

const { v1, v2 } = nightShift();
const r1: PlaceableRevision = { id: 'r1', seq: 1, script: v1 };
const r2: PlaceableRevision = { id: 'r2', seq: 2, script: v2 };

function noteOn(id: string, rev: PlaceableRevision, quote: string): PlaceableItem {
  const { start, end } = rangeOf(rev.script, quote);
  return { id, revisionId: rev.id, anchor: anchorAt(rev.script, start, end), placements: {} };
}

describe('placeItems: carrying notes and flags forward', () => {
  it('places unchanged text exactly, edited text approximately, and orphans text that was cut', () => {
    const items = [
      noteOn('same', r1, 'Forty years of starter, and I break it.'),
      noteOn('edited', r1, 'The ovens have been cold since Tuesday.'),
      noteOn('cut', r1, 'Wake up. The bread goes out at five.'),
      { id: 'whole', revisionId: 'r1', placements: {} },
    ];
    const placed = placeItems(items, [r1, r2], r2);
    expect(placed.has('whole'), 'a note on the whole script needs no placement').toBe(false);
    const same = placed.get('same')!;
    expect(same.status, 'unchanged line stays exact').toBe('exact');
    expect(v2.text.slice(same.start, same.end), 'at the same words in v2').toBe(
      'Forty years of starter, and I break it.',
    );
    const edited = placed.get('edited')!;
    expect(edited.status, 'a one-word edit is placed approximately').toBe('fuzzy');
    expect(v2.text.slice(edited.start, edited.end), 'on the edited line').toContain('cold since Monday');
    expect(placed.get('cut'), 'cut text orphans the note, with the revision it is orphaned in').toEqual({
      revisionId: 'r2',
      status: 'orphaned',
    });
  });

  it('chains through drafts from the latest placement, and brings an orphan back when its text returns', () => {
    const v3 = parseFountain(NIGHT_SHIFT_V1); // the producer restores the first draft
    const r3: PlaceableRevision = { id: 'r3', seq: 3, script: v3 };
    const cut = noteOn('cut', r1, 'Wake up. The bread goes out at five.');
    const edited = noteOn('edited', r1, 'The ovens have been cold since Tuesday.');
    for (const [id, p] of placeItems([cut, edited], [r1, r2], r2)) {
      (id === 'cut' ? cut : edited).placements.r2 = p;
    }
    const placed = placeItems([cut, edited], [r1, r2, r3], r3);
    expect(placed.get('cut')?.status, 'text back in v3: the orphan is placed again from its own anchor').toBe(
      'exact',
    );
    const e = placed.get('edited')!;
    expect(v3.text.slice(e.start, e.end), 'chained from its v2 place back to the v3 line').toContain(
      'cold since',
    );
  });

  it('leaves items already placed alone with onlyMissing, and skips items written on the target', () => {
    const item = noteOn('a', r1, 'Then we light them by hand.');
    item.placements.r2 = { revisionId: 'r2', status: 'exact', start: 1, end: 2 };
    const own = noteOn('b', r2, 'Somebody has to fix the chimney.');
    expect(placeItems([item, own], [r1, r2], r2, { onlyMissing: true }).size, 'nothing to do').toBe(0);
    expect(placeItems([item], [r1, r2], r2).get('a')?.start, 'recomputed without onlyMissing').not.toBe(1);
  });

  it('orphans an item whose own revision is gone and that was never placed elsewhere', () => {
    const item = noteOn('x', r1, 'Then we light them by hand.');
    expect(placeItems([item], [r2], r2).get('x')?.status, 'no base to place it from').toBe('orphaned');
  });

  it('summarises placements for the view: glance, orphans, exact', () => {
    const p = (status: 'exact' | 'moved' | 'fuzzy' | 'orphaned') => ({
      kind: 'note' as const,
      id: status,
      label: status,
      oldText: 'x',
      placement: { revisionId: 'r2', status },
    });
    const s = carriedSummary([p('exact'), p('moved'), p('fuzzy'), p('orphaned')]);
    expect(
      s.glance.map((e) => e.id),
      'moved and fuzzy want a glance',
    ).toEqual(['moved', 'fuzzy']);
    expect(
      s.orphans.map((e) => e.id),
      'orphans listed',
    ).toEqual(['orphaned']);
    expect(s.exact, 'exact counted').toBe(1);
  });
});
