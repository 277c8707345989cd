// parseFountain on real files: title values as printed (no emphasis markers) and a note that spans a blank line
// after a heading kept as a note, not leaked into the heading.
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../lib/script/fountain';
import { describeCorpus, readCorpus } from '../../corpus';

describe('parseFountain: notes opened on a scene heading', () => {
  it('reads a note opened on a heading line as a note even across a blank line; elsewhere such a note stays text', () => {
    const s = parseFountain(
      'EXT. FARM - NIGHT[[Near the river.\n\nTwo miles out.]]\n\nWheat.\n\nA line[[not a note\n\nbecause of the blank line]] ends.\n',
    );
    expect(
      s.elements.map((e) => `${e.type}:${e.text}`),
      'heading clean, note kept whole, the mid-action one left as Fountain 1.1 reads it',
    ).toEqual([
      'scene_heading:EXT. FARM - NIGHT',
      'note:Near the river.\n\nTwo miles out.',
      'action:Wheat.',
      'action:A line[[not a note',
      'action:because of the blank line]] ends.',
    ]);
  });
});

describeCorpus('parseFountain on real files', () => {
  it('brick-and-steel: the title is the words, its _**emphasis**_ kept as spans', () => {
    const s = parseFountain(readCorpus('fountain/brick-and-steel.fountain'));
    const title = s.titlePage.find((f) => f.key === 'Title');
    expect(title?.value, 'stored title (was "_**BRICK & STEEL**_ _**FULL RETIRED**_")').toBe(
      'BRICK & STEEL\nFULL RETIRED',
    );
    expect(
      (title?.styles ?? []).map((x) => `${x.style}:${title!.value.slice(x.start, x.end)}`).sort(),
      'bold and underline over each line',
    ).toEqual([
      'bold:BRICK & STEEL',
      'bold:FULL RETIRED',
      'underline:BRICK & STEEL',
      'underline:FULL RETIRED',
    ]);
  });

  it('farmland: the note after "EXT. MAST FARM - NIGHT" does not leak into the heading', () => {
    const s = parseFountain(readCorpus('realworld/fountain/farmland.fountain'));
    const headings = s.elements.filter((e) => e.type === 'scene_heading').map((e) => e.text);
    expect(headings[0], 'first heading').toBe('EXT. MAST FARM - NIGHT');
    expect(
      headings.filter((h) => h.includes('[[')),
      'no heading carries note brackets',
    ).toEqual([]);
    const note = s.elements.find((e) => e.type === 'note' && e.text.startsWith('Near Plattsmouth'));
    expect(note?.text, 'the note, blank line and all').toBe(
      'Near Plattsmouth Nebraska.\n\nRivers nearby: Platte joins Missouri River',
    );
    // Notes opened inside action or dialogue that span a blank line (lines 121 and 576) stay text, as Fountain 1.1
    // and the peer parsers read them (fountain-conformance.test.ts, Notes#5).
    expect(
      s.elements.some((e) => e.type === 'action' && e.text.startsWith('Rivers nearby')),
      'the note’s second paragraph is not left behind as action',
    ).toBe(false);
  });
});
