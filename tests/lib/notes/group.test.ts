// Grouping notes by scene or session, threads, filters and orphans.
import { describe, expect, it } from 'vitest';
import {
  facetsOf,
  groupByScene,
  groupByTime,
  matchesFilter,
  sceneIndexAt,
  threadsOf,
} from '../../../lib/notes/group';
import type { RoomSessionRecord } from '../../../lib/notes/types';
import { note } from './notes-fixture';

const SCENES = [
  { index: 0, heading: 'INT. DINER - NIGHT', number: '1', start: 10, end: 99 },
  { index: 1, heading: 'EXT. LOT - DAWN', start: 100, end: 199 },
];

describe('threads and grouping', () => {
  it('puts replies under their note and drops deleted ones', () => {
    const a = note({ start: 120, end: 125 });
    const r1 = note({ parentId: a.id });
    const r2 = note({ parentId: a.id, deletedAt: 5 });
    const gone = note({ deletedAt: 9 });
    const t = threadsOf([r1, a, r2, gone], 'r1');
    expect(
      t.map((x) => x.note.id),
      'one top-level live note',
    ).toEqual([a.id]);
    expect(
      t[0].replies.map((x) => x.id),
      'live reply under it',
    ).toEqual([r1.id]);
  });

  it('groups by scene in script order, whole-script first, orphans apart', () => {
    const late = note({ start: 150, end: 160 });
    const early = note({ start: 20, end: 30 });
    const before = note({ start: 0, end: 3 });
    const whole = note({ anchor: undefined });
    const orphan = note({ revisionId: 'r0', placements: { r1: { revisionId: 'r1', status: 'orphaned' } } });
    const moved = note({
      revisionId: 'r0',
      placements: { r1: { revisionId: 'r1', status: 'moved', start: 110, end: 115 } },
    });
    const { groups, orphans } = groupByScene(
      threadsOf([late, early, before, whole, orphan, moved], 'r1'),
      SCENES,
    );
    expect(
      groups.map((g) => g.title),
      'group order',
    ).toEqual(['Whole script', 'Before the first scene', '1. INT. DINER - NIGHT', '2. EXT. LOT - DAWN']);
    expect(
      groups[3].threads.map((t) => t.note.id),
      'scene 2 in script order',
    ).toEqual([moved.id, late.id]);
    expect(
      orphans.map((t) => t.note.id),
      'the orphan is listed, not dropped',
    ).toEqual([orphan.id]);
  });

  it('groups by session, newest session first, outside-session last', () => {
    const s = (id: string, startedAt: number) =>
      ({
        id,
        scriptId: 's1',
        title: id,
        date: '2026-11-27',
        attendees: [],
        startedAt,
        createdAt: 0,
        updatedAt: 0,
      }) as RoomSessionRecord;
    const g = groupByTime(
      threadsOf(
        [note({ sessionId: 'old' }), note({}), note({ sessionId: 'new' }), note({ sessionId: 'old' })],
        'r1',
      ),
      [s('old', 1), s('new', 2)],
    );
    expect(
      g.map((x) => x.key),
      'session order',
    ).toEqual(['session-new', 'session-old', 'no-session']);
    expect(g[1].threads.length, 'both old-session notes').toBe(2);
  });

  it('filters by session, speaker, kind, tag and status', () => {
    const x = note({ sessionId: 'a', speaker: 'JS', kind: 'decision', tags: ['cast'], resolved: true });
    expect(
      matchesFilter(x, { sessionId: 'a', speaker: 'js', kind: 'decision', tag: 'cast', status: 'resolved' }),
      'all match',
    ).toBe(true);
    expect(matchesFilter(x, { status: 'open' }), 'resolved is not open').toBe(false);
    expect(matchesFilter(x, { speaker: 'MK' }), 'other speaker').toBe(false);
    expect(matchesFilter(x, { tag: 'music' }), 'other tag').toBe(false);
    expect(matchesFilter(x, { kind: 'pitch' }), 'other kind').toBe(false);
    expect(matchesFilter({ ...x, deletedAt: 1 }, {}), 'deleted never matches').toBe(false);
  });

  it('finds the scene of an offset and the facets for the menus', () => {
    expect(sceneIndexAt(SCENES, 5), 'before the first').toBe(-1);
    expect(sceneIndexAt(SCENES, 100), 'at a heading').toBe(1);
    expect(
      facetsOf([note({ speaker: 'js', tags: ['b', 'a'] }), note({ speaker: 'MK', tags: ['a'] })]),
      'sorted unique',
    ).toEqual({
      speakers: ['JS', 'MK'],
      tags: ['a', 'b'],
    });
  });
});
