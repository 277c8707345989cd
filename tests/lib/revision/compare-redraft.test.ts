import { describe, expect, it } from 'vitest';
import { compareScripts, type CompareOptions } from '../../../lib/revision/compare';
import { parseFountain } from '../../../lib/script/fountain';
import { buildScript } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { redraft } from '../../bench/redraft';
import { describeCorpus, readCorpus } from '../../corpus';

/** Options whose pages throw when read: proves a comparison laid nothing out and read no pages. */
function pagesForbidden(): CompareOptions {
  const options: CompareOptions = {};
  for (const key of ['newerPages', 'paginateOptions'] as const) {
    Object.defineProperty(options, key, {
      get() {
        throw new Error(`${key} was read`);
      },
    });
  }
  return options;
}

describeCorpus('compareScripts on a real redraft (Big Fish, the benchmark pair)', () => {
  const source = readCorpus('fountain/big-fish.fountain');
  const older = parseFountain(source);
  const { drafts, log } = redraft(older);
  const newer = buildScript('fountain', drafts, older.titlePage);

  it('reports the cut, added and moved scenes of the redraft as scenes', () => {
    const c = compareScripts(older, newer);
    expect(c.scenes.removed.length, 'the cut scenes are removed scenes').toBe(log.scenesCut);
    expect(c.scenes.added.length, 'the written scenes are added scenes').toBe(log.scenesAdded);
    expect(c.scenes.moved.length, 'the moved scenes are moved scenes').toBe(log.scenesMoved);
    expect(c.capped, 'a redraft is aligned in full').toBe(false);
    expect(
      c.summary.changed,
      'touched prose lines are changed elements, not added and removed',
    ).toBeGreaterThan(log.proseTouched * 0.8);
  });

  it('gives the same result with the pages given as with the pages laid out', () => {
    const laidOut = compareScripts(older, newer);
    const given = compareScripts(older, newer, { newerPages: paginate(newer) });
    expect(given, 'stored pages and fresh pages mark the same lines').toEqual(laidOut);
  });

  it('compares a draft with an identical copy without laying out or reading any page', () => {
    const copy = parseFountain(source);
    expect(copy, 'the copy is a separate object').not.toBe(older);
    const c = compareScripts(older, copy, pagesForbidden());
    expect(c.elements, 'identical drafts list no element changes').toEqual([]);
    expect(c.changedPages, 'identical drafts change no page').toEqual([]);
    expect(c.summary.unchanged, 'every element is unchanged').toBe(older.elements.length);
    expect(c.scenes.changed.length + c.scenes.moved.length, 'no scene changed or moved').toBe(0);
  });
});

describe('compareScripts on identical drafts', () => {
  it('treats the same text with a different element type as a change', () => {
    const a = buildScript('fountain', [{ type: 'action', text: 'CUT TO:' }]);
    const b = buildScript('fountain', [{ type: 'transition', text: 'CUT TO:' }]);
    const c = compareScripts(a, b);
    expect(a.text, 'the canonical texts are equal').toBe(b.text);
    expect(c.summary.unchanged, 'an action that became a transition is not unchanged').toBe(0);
  });
});
