import { describe, expect, it } from 'vitest';
import { INDENTS, LINES_PER_PAGE, TEXT_WIDTH, wrapText } from '../../../lib/script/page-geometry';
import { buildScript, type ElementDraft, type Page, type Script } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { generateScriptDrafts } from '../../fixtures/generate';
import { actionSplits, checkPages } from './paginate-check';

const heading = (text: string, sceneNumber?: string): ElementDraft => ({
  type: 'scene_heading',
  text,
  sceneNumber,
});
const action = (text: string): ElementDraft => ({ type: 'action', text });
const cue = (name: string, ...extensions: string[]): ElementDraft => ({
  type: 'character',
  text: [name, ...extensions.map((e) => `(${e})`)].join(' '),
  name,
  extensions,
});
const line = (text: string): ElementDraft => ({ type: 'dialogue', text });
const paren = (text: string): ElementDraft => ({ type: 'parenthetical', text });

/** `n` one-line actions, to push what follows towards the foot of page 1. */
const filler = (n: number): ElementDraft[] =>
  Array.from({ length: n }, (_, i) => action(`Beat ${i}: the kettle ticks.`));
const LONG_SPEECH =
  'The ferry leaves at six and not a minute later. I checked the board twice. Nobody on this island keeps a ' +
  'watch that works. My aunt sold tickets here for thirty years. She never once let a boat wait. So we run. ' +
  'We run now, or we swim tomorrow.';
const LONG_ACTION =
  'Rain hammers the tin roof of the bait shop. Mara counts the till twice and frowns. A gull lands on the sill ' +
  'and watches her like an auditor. She slams the drawer. The gull does not move. Somewhere a radio plays a ' +
  'waltz nobody asked for. She pockets the spare key and kills the lights.';

function contentLines(page: Page) {
  return page.lines.filter((l) => l.kind !== 'blank' && l.kind !== 'continued_top' && l.kind !== 'continued');
}

describe('wrapText', () => {
  it('wraps at the width without losing or splitting words, and keeps hard line breaks', () => {
    const lines = wrapText('Mara pours coffee into the chipped mug and waits.\nThen she drinks.', 20);
    expect(lines, 'greedy wrap at 20 with the hard break kept').toEqual([
      'Mara pours coffee',
      'into the chipped mug',
      'and waits.',
      'Then she drinks.',
    ]);
    expect(wrapText('Supercalifragilistic', 8), 'a word longer than the width is cut').toEqual([
      'Supercal',
      'ifragili',
      'stic',
    ]);
    expect(wrapText('One\n\nTwo', 10), 'an empty source line stays as an empty line').toEqual([
      'One',
      '',
      'Two',
    ]);
  });
});

describe('paginate: layout', () => {
  const script = buildScript(
    'fountain',
    [
      heading('INT. BAIT SHOP - NIGHT', '4'),
      action(LONG_ACTION),
      cue('MARA', 'V.O.'),
      paren('quietly'),
      line('We close at nine.'),
      { type: 'transition', text: 'CUT TO:' },
      { type: 'centered', text: 'THE END' },
      { type: 'note', text: 'room note: shorten this' },
      { type: 'section', text: 'ACT TWO', level: 1 },
    ],
    [{ key: 'Title', value: 'Bait' }],
  );

  it('puts each element at its indent with one blank line between elements and none inside a speech', () => {
    const [page] = paginate(script);
    const kinds = page.lines.map((l) => l.kind);
    expect(kinds.slice(0, 3), 'heading, blank, action').toEqual(['scene_heading', 'blank', 'action']);
    const c = page.lines.findIndex((l) => l.kind === 'character');
    expect(page.lines[c - 1].kind, 'blank line before a cue').toBe('blank');
    expect(kinds.slice(c, c + 3), 'cue, parenthetical, dialogue with no blank lines').toEqual([
      'character',
      'parenthetical',
      'dialogue',
    ]);
    const std = INDENTS.standard;
    expect(page.lines[c].indent, 'cue indent').toBe(std.character.indent);
    expect(page.lines[c + 1].indent, 'parenthetical indent').toBe(std.parenthetical.indent);
    expect(page.lines[c + 2].indent, 'dialogue indent').toBe(std.dialogue.indent);
    const tr = page.lines.find((l) => l.kind === 'transition')!;
    expect(tr.indent + tr.text.length, 'standard transition ends at the right margin').toBe(TEXT_WIDTH);
    const end = page.lines.find((l) => l.kind === 'centered')!;
    expect(
      Math.abs(end.indent * 2 + end.text.length - TEXT_WIDTH),
      'centered text is centred',
    ).toBeLessThanOrEqual(1);
    expect(
      page.lines.some((l) => /room note|ACT TWO/.test(l.text)),
      'notes and sections do not print',
    ).toBe(false);
    expect(
      page.lines.some((l) => l.text === 'Bait'),
      'the title page is not paginated',
    ).toBe(false);
    checkPages('layout', script, paginate(script));
  });

  it('uses the alternate preset when asked', () => {
    const [page] = paginate(script, { indents: 'alternate' });
    expect(page.lines.find((l) => l.kind === 'character')?.indent, 'alternate cue at 3.5"').toBe(20);
    expect(page.lines.find((l) => l.kind === 'transition')?.indent, 'alternate transition at 6.0"').toBe(45);
  });

  it('prints scene numbers only when asked', () => {
    expect(paginate(script)[0].lines[0].sceneNumber, 'no scene numbers by default').toBeUndefined();
    expect(paginate(script, { sceneNumbers: true })[0].lines[0].sceneNumber, 'the source number').toBe('4');
  });

  it("returns a PDF's own pages unchanged", () => {
    const pages: Page[] = [{ index: 0, label: '7', lines: [], start: 0, end: 0 }];
    const pdf = { ...script, pages };
    expect(paginate(pdf), 'the same array').toBe(pages);
  });

  it('starts a new page at a page break and nowhere else in a short script', () => {
    const s = buildScript('fountain', [
      action('Before.'),
      { type: 'page_break', text: '' },
      action('After.'),
    ]);
    const pages = paginate(s);
    expect(
      pages.map((p) => p.lines.map((l) => l.text)),
      'two pages',
    ).toEqual([['Before.'], ['After.']]);
    expect(pages[1].firstElement, 'page 2 starts at the element after the break').toBe(2);
    expect(pages[0].label, 'page 1 is labelled 1').toBe('1');
  });
});

describe('paginate: page breaks', () => {
  it('splits dialogue at a sentence end with (MORE) and a repeated cue that keeps its extension', () => {
    const s = buildScript('fountain', [
      heading('INT. FERRY TERMINAL - DAWN'),
      ...filler(24),
      cue('MARA', 'V.O.'),
      line(LONG_SPEECH),
    ]);
    const pages = paginate(s);
    const foot = pages[0].lines;
    expect(foot[foot.length - 1].text, 'page 1 ends with (MORE)').toBe('(MORE)');
    expect(foot[foot.length - 2].text, 'the split falls after a sentence').toMatch(/[.!?]$/);
    expect(contentLines(pages[1])[0].text, 'the cue returns with its extension').toBe("MARA (V.O.) (CONT'D)");
    expect(contentLines(pages[1])[0].start, "a (CONT'D) cue has no offsets").toBeUndefined();
    checkPages('speech', s, pages);
  });

  it('obeys every break rule wherever a heading, cue, parenthetical or long action meets the foot', () => {
    for (let n = 0; n < 30; n++) {
      const s = buildScript('fountain', [
        heading('INT. BAIT SHOP - NIGHT'),
        ...filler(n),
        action(LONG_ACTION),
        cue('DEVON'),
        line('Short one.'),
        paren('beat'),
        line(LONG_SPEECH),
        heading('EXT. PIER - CONTINUOUS'),
        action('Fog.'),
        cue('MARA'),
        line(LONG_SPEECH),
        action('She goes. He follows, two steps behind.\nThe gull stays.'),
        ...filler(20),
      ]);
      for (const paper of ['letter', 'a4'] as const) {
        for (const sceneContinueds of [false, true]) {
          const pages = paginate(s, { paper, sceneContinueds });
          checkPages(`filler ${n} ${paper}${sceneContinueds ? ' continueds' : ''}`, s, pages, paper);
          for (const sp of actionSplits(pages)) {
            expect(sp.before >= 2 && sp.after >= 2, `filler ${n}: action split keeps 2 lines each side`).toBe(
              true,
            );
          }
        }
      }
    }
  });

  it('never splits action of three lines or fewer', () => {
    const three =
      'Rain hammers the tin roof of the bait shop while Mara counts the till twice over and frowns at it. ' +
      'A gull lands on the sill and watches her like an auditor would.';
    expect(wrapText(three, 60).length, 'fixture is three lines').toBe(3);
    for (let n = 48; n < 55; n++) {
      const s = buildScript('fountain', [...filler(n), action(three)]);
      expect(actionSplits(paginate(s)), `filler ${n}: three-line action split`).toEqual([]);
    }
  });

  it('marks a scene that crosses a page with (CONTINUED) and CONTINUED:, numbered from the second', () => {
    const s = buildScript('fountain', [
      heading('INT. ATTIC - NIGHT', '12'),
      ...filler(80),
      heading('INT. CELLAR - DAY', '13'),
      action('Dark.'),
    ]);
    const pages = paginate(s, { sceneContinueds: true, sceneNumbers: true });
    expect(pages[0].lines[pages[0].lines.length - 1].text, 'foot of page 1').toBe('(CONTINUED)');
    expect(pages[1].lines[0], 'top of page 2').toMatchObject({
      text: 'CONTINUED:',
      kind: 'continued_top',
      sceneNumber: '12',
    });
    expect(pages[2].lines[0].text, 'second continuation is numbered').toBe('CONTINUED: (2)');
    const last = pages[pages.length - 1];
    expect(
      last.lines.some((l) => l.kind === 'continued'),
      'last page has no (CONTINUED)',
    ).toBe(false);
    checkPages('continueds', s, pages);
    expect(
      paginate(s).some((p) => p.lines.some((l) => l.kind === 'continued')),
      'off by default',
    ).toBe(false);
  });

  it('lays dual dialogue out one speech after the other', () => {
    const s = buildScript('fountain', [
      { ...cue('STEEL'), dual: 'left' },
      { ...line('Screw retirement.'), dual: 'left' },
      { ...cue('BRICK'), dual: 'right' },
      { ...line('Screw retirement.'), dual: 'right' },
    ]);
    const texts = paginate(s)[0].lines.map((l) => l.text);
    expect(texts, 'left speech, blank, right speech').toEqual([
      'STEEL',
      'Screw retirement.',
      '',
      'BRICK',
      'Screw retirement.',
    ]);
  });
});

describe('paginate: long scripts', () => {
  const long: Script = buildScript('fountain', generateScriptDrafts({ pages: 150, seed: 7 }));

  it('gives fewer pages on A4 than on Letter', () => {
    const letter = paginate(long);
    const a4 = paginate(long, { paper: 'a4' });
    expect(a4.length, "A4 holds 57 lines to Letter's 55").toBeLessThan(letter.length);
    expect(letter.length, 'about 150 Letter pages').toBeGreaterThan(130);
    checkPages('long letter', long, letter);
    checkPages('long a4', long, a4, 'a4');
    expect(LINES_PER_PAGE.a4, 'A4 lines').toBe(57);
  });

  it('paginates a 1,000-page script in well under a second', () => {
    const huge = buildScript('fountain', generateScriptDrafts({ pages: 1000, seed: 3 }));
    paginate(huge);
    const t0 = performance.now();
    const pages = paginate(huge);
    const ms = performance.now() - t0;
    expect(pages.length, 'about 1,000 pages').toBeGreaterThan(900);
    expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(500);
  });
});
