import { describe, expect, it } from 'vitest';
import { compareScripts } from '../../../lib/revision/compare';
import { buildScript, type ElementDraft, type Script } from '../../../lib/script/model';
import { generateScriptDrafts, reviseDrafts } from '../../fixtures/generate';

// An original two-scene draft used by every test here.
const BASE: ElementDraft[] = [
  { type: 'scene_heading', text: 'INT. BAKERY - DAWN', sceneNumber: '1' },
  { type: 'action', text: 'Flour hangs in the air. OTTILIE (60s) slaps dough onto the counter.' },
  { type: 'character', text: 'OTTILIE', name: 'OTTILIE' },
  { type: 'dialogue', text: 'The oven runs hot on Thursdays. Everyone knows that.' },
  { type: 'character', text: 'BRAM', name: 'BRAM' },
  { type: 'dialogue', text: "Then why didn't you tell me on Wednesday?" },
  { type: 'scene_heading', text: 'EXT. CANAL BRIDGE - DAY', sceneNumber: '2' },
  { type: 'action', text: 'Bram walks a tray of burnt loaves to the water.' },
  { type: 'scene_heading', text: 'INT. BAKERY - NIGHT', sceneNumber: '3' },
  { type: 'action', text: 'The shop is dark but for the oven glow.' },
];

function draft(edit: (d: ElementDraft[]) => ElementDraft[]): Script {
  return buildScript('fountain', edit(BASE.map((d) => ({ ...d }))));
}

describe('compareScripts', () => {
  const older = draft((d) => d);

  it('finds no changes between a script and itself', () => {
    const c = compareScripts(
      older,
      draft((d) => d),
    );
    expect(c.elements, 'identical drafts list no element changes').toEqual([]);
    expect(c.changedPages, 'identical drafts change no page').toEqual([]);
    expect(c.summary.unchanged, 'every element is unchanged').toBe(BASE.length);
  });

  it('reports one edited line as a changed element with word spans pointing into each text', () => {
    const newer = draft((d) => {
      d[3].text = 'The oven runs cold on Thursdays. Everyone knows that.';
      return d;
    });
    const c = compareScripts(older, newer);
    expect(c.elements.length, 'only the edited dialogue differs').toBe(1);
    const e = c.elements[0];
    expect(e.kind, 'an in-place edit is a change, not add+remove').toBe('changed');
    const added = e.words?.find((w) => w.kind === 'added');
    const removed = e.words?.find((w) => w.kind === 'removed');
    expect(
      added && newer.text.slice(added.start, added.end),
      'added span is the new word in newer.text',
    ).toBe('cold');
    expect(
      removed && older.text.slice(removed.start, removed.end),
      'removed span is the old word in older.text',
    ).toBe('hot');
    expect(c.changedPages, 'the page holding the edit is listed').toEqual(['1']);
    expect(c.marks[0].lines.length, 'one asterisk for a one-line edit').toBe(1);
  });

  it('ignores cosmetic changes unless asked', () => {
    const newer = draft((d) => {
      d[3].text = 'The oven runs hot on  Thursdays.\nEveryone knows that. ';
      d[5].text = 'Then why didn\u2019t you tell me on Wednesday?';
      return d;
    });
    expect(compareScripts(older, newer).elements, 'rewrap, spaces and curly quotes are not changes').toEqual(
      [],
    );
    const shown = compareScripts(older, newer, { cosmetic: true });
    expect(shown.summary.changed, 'cosmetic: true shows both edited elements').toBe(2);
  });

  it('treats a renamed speaker as a change of cues, not of dialogue', () => {
    const newer = draft((d) =>
      d.map((x) => (x.text === 'BRAM' ? { ...x, text: 'BRAMWELL', name: 'BRAMWELL' } : x)),
    );
    const c = compareScripts(older, newer);
    expect(
      c.elements.map((e) => `${e.kind}:${e.type}`),
      'only the cue changed',
    ).toEqual(['changed:character']);
  });

  it('reports added, removed, renamed and moved scenes by heading and number', () => {
    const newer = draft((d) => {
      const bridge = d.slice(6, 8);
      const rest = [...d.slice(0, 6), ...d.slice(8), ...bridge];
      rest[6] = { ...rest[6], text: 'INT. BAKERY - LATE NIGHT' };
      rest.splice(
        6,
        0,
        { type: 'scene_heading', text: 'INT. ATTIC - DAY', sceneNumber: '2A' },
        { type: 'action', text: 'Boxes of recipes nobody reads.' },
      );
      return rest;
    });
    const c2 = compareScripts(older, newer);
    expect(
      c2.scenes.added.map((s) => s.number),
      'the attic scene is new',
    ).toEqual(['2A']);
    expect(c2.scenes.removed, 'no scene was cut').toEqual([]);
    expect(
      c2.scenes.renamed.map((s) => [s.previousHeading, s.heading]),
      'scene 3 heading changed',
    ).toEqual([['INT. BAKERY - NIGHT', 'INT. BAKERY - LATE NIGHT']]);
    expect(c2.scenes.moved.length, 'one scene moved (the bridge or the bakery at night)').toBe(1);
  });

  it('marks the line at the deletion point when an element is cut', () => {
    const newer = draft((d) => d.filter((_, i) => i !== 7));
    const c = compareScripts(older, newer);
    expect(c.summary.removed, 'one element removed').toBe(1);
    expect(c.marks.length, 'a deletion still marks a page').toBe(1);
    const page = c.marks[0];
    expect(page.lines.length, 'exactly one line marked for the deletion').toBe(1);
  });

  it('makes everything removed when compared with an empty script, and added the other way', () => {
    const empty = buildScript('fountain', []);
    expect(compareScripts(older, empty).summary.removed, 'all removed').toBe(BASE.length);
    expect(compareScripts(empty, older).summary.added, 'all added').toBe(BASE.length);
  });

  it("finds the generator's edits and nothing else on a realistic 30-page revision", () => {
    const drafts = generateScriptDrafts({ pages: 30, seed: 5 });
    const rev = reviseDrafts(drafts, { seed: 6 });
    const c = compareScripts(buildScript('fountain', drafts), buildScript('fountain', rev.drafts));
    const truthChanged = rev.changed.filter(Boolean).length;
    const truthAdded = rev.origin.filter((o) => o === null).length;
    expect(c.summary.changed, 'every edited dialogue is a changed element').toBe(truthChanged);
    expect(c.summary.added, 'inserted elements are added').toBe(truthAdded);
    expect(c.summary.removed, "deleted scenes' elements are removed").toBe(rev.deleted.length);
    expect(c.scenes.added.length, 'two scenes added').toBe(2);
    expect(c.scenes.removed.length, 'two scenes deleted').toBe(2);
    expect(c.scenes.moved.length, 'one scene moved').toBe(1);
  });

  it('finishes unrelated scripts in bounded time', () => {
    const a = buildScript('fountain', generateScriptDrafts({ pages: 60, seed: 1 }));
    const b = buildScript('fountain', generateScriptDrafts({ pages: 60, seed: 99 }));
    const t0 = performance.now();
    const c = compareScripts(a, b);
    expect(performance.now() - t0, 'unrelated 60-page drafts compare in well under 5 s').toBeLessThan(5000);
    expect(c.summary.unchanged, 'almost nothing is shared').toBeLessThan(a.elements.length / 2);
  });
});
