import { expect, it } from 'vitest';
import { compareScripts } from '../../../lib/revision/compare';
import { scenesOf } from '../../../lib/revision/scenes';
import { parseFountain } from '../../../lib/script/fountain';
import { describeCorpus, readCorpus } from '../../corpus';

const SETS: Record<string, number> = { agony: 4, 'helens-house': 6, 'our-many-masks': 6 };
const load = (set: string, v: number) => parseFountain(readCorpus(`revisions/${set}/v${v}.fountain`));

describeCorpus('compareScripts on real revision sets', () => {
  for (const [set, count] of Object.entries(SETS)) {
    for (let v = 1; v < count; v++) {
      it(`${set} v${v} -> v${v + 1}: scene changes add up and the same draft compares clean`, () => {
        const a = load(set, v);
        const b = load(set, v + 1);
        const c = compareScripts(a, b);
        const net = scenesOf(b).length - scenesOf(a).length;
        expect(
          c.scenes.added.length - c.scenes.removed.length,
          'added - removed scenes = change in scene count',
        ).toBe(net);
        for (const e of c.elements) {
          if (e.newerIndex !== undefined)
            expect(b.elements[e.newerIndex], 'newer index exists').toBeDefined();
          if (e.olderIndex !== undefined)
            expect(a.elements[e.olderIndex], 'older index exists').toBeDefined();
        }
        expect(
          compareScripts(b, load(set, v + 1)).elements,
          'a draft compared with itself has no changes',
        ).toEqual([]);
      });
    }
  }

  it('agony v1 -> v2 adds the six new scenes and removes the three cut ones', () => {
    const c = compareScripts(load('agony', 1), load('agony', 2));
    const added = c.scenes.added.map((s) => s.heading);
    const removed = c.scenes.removed.map((s) => s.heading);
    for (const h of [
      'INT. APARTMENT - LIVING ROOM - DAY',
      'INT. LECTURE HALL - DAY',
      'INT. OFFICE - DAY',
      'INT. OFFICE - NIGHT',
      'MONTAGE:',
      'COMPUTER SCREEN',
    ]) {
      expect(added, `${h} is an added scene`).toContain(h);
    }
    expect([...removed].sort(), 'the three cut scenes are removed, nothing else').toEqual([
      'EXT. ROAD - DAY',
      'INT. APARTMENT - DAY',
      'INT. LAB - DAY',
    ]);
    // v2 also splits the kitchen scene in two (two INT. APARTMENT - KITCHEN - NIGHT in a row): the seventh addition.
    expect(added.length, 'six named additions plus the second kitchen scene').toBe(7);
  });

  it('agony v3 -> v4 renames three headings and adds or removes no scene', () => {
    const c = compareScripts(load('agony', 3), load('agony', 4));
    expect(c.scenes.added.length + c.scenes.removed.length, 'a proofreading pass adds and cuts nothing').toBe(
      0,
    );
    expect(
      c.scenes.renamed.map((s) => s.heading).sort(),
      'DAY -> DUSK twice, CALL ROOM -> CALL BOOTH',
    ).toEqual(['INT. CALL BOOTH - DAY', 'INT. HOSPITAL HALLWAY - DUSK', 'INT. HOSPITAL ROOM - DUSK']);
  });

  it('helens-house v1 -> v2 cuts numbered scene 4', () => {
    const c = compareScripts(load('helens-house', 1), load('helens-house', 2));
    expect(
      c.scenes.removed.map((s) => s.number),
      'scene 4 removed, matched by number',
    ).toEqual(['4']);
  });

  it('our-many-masks v5 -> v6: the speaker rename changes character cues, not dialogue', () => {
    const c = compareScripts(load('our-many-masks', 5), load('our-many-masks', 6));
    const kinds = new Set(c.elements.map((e) => `${e.kind}:${e.type}`));
    expect([...kinds], 'only changed cues').toEqual(['changed:character']);
    expect(c.summary.changed, 'all 71 cue lines').toBe(71);
  });
});
