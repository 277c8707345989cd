// What users rely on from the Fountain parser, on a small original fixture and inline snippets (always runs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEmphasis } from '../../../lib/script/emphasis';
import { parseFountain } from '../../../lib/script/fountain';
import { ScriptError, type ScriptElement } from '../../../lib/script/model';

const fixture = readFileSync(resolve(__dirname, '../../fixtures/fountain/night-desk.fountain'), 'utf8');
const kinds = (els: ScriptElement[]) => els.map((e) => e.type);
const styled = (e: ScriptElement, style: string) =>
  (e.styles ?? []).filter((s) => s.style === style).map((s) => e.text.slice(s.start, s.end));

describe('parseFountain on an original script', () => {
  const script = parseFountain(fixture);
  const els = script.elements;
  const find = (type: string, text: string) => els.find((e) => e.type === type && e.text === text);

  it('reads the title page with lower-case keys and multi-line values, emphasis as spans', () => {
    expect(
      script.titlePage.map(({ key, value }) => ({ key, value })),
      'title page fields in order, values without markup',
    ).toEqual([
      { key: 'Title', value: 'THE NIGHT DESK\nA pilot' },
      { key: 'credit', value: 'Written by' },
      { key: 'Author', value: 'Ana Ruiz' },
      { key: 'Draft date', value: '3/4/2026' },
    ]);
    const title = script.titlePage[0];
    expect(
      (title.styles ?? []).map((sp) => `${sp.style}:${title.value.slice(sp.start, sp.end)}`).sort(),
      '_**...**_ kept as bold and underline spans over the words',
    ).toEqual(['bold:THE NIGHT DESK', 'underline:THE NIGHT DESK']);
  });

  it('reads every element kind in order', () => {
    expect(kinds(els), 'element sequence').toEqual([
      'section',
      'synopsis',
      'scene_heading',
      'action',
      'action',
      'character',
      'parenthetical',
      'dialogue',
      'character',
      'dialogue',
      'character',
      'dialogue',
      'note',
      'note',
      'scene_heading',
      'action',
      'character',
      'lyrics',
      'centered',
      'page_break',
      'transition',
      'transition',
      'scene_heading',
      'action',
    ]);
    expect(els[0].level, 'section level').toBe(1);
  });

  it('gives scene numbers, forced headings and keeps action indentation', () => {
    expect(find('scene_heading', 'INT. NEWSROOM - NIGHT')?.sceneNumber, 'scene number from #1#').toBe('1');
    expect(find('scene_heading', 'ROOFTOP')?.forced, 'forced heading').toBe(true);
    expect(
      find('action', '    A sticky note reads: CALL HIM'),
      'tab kept as four spaces, markers removed',
    ).toBeDefined();
    expect(find('action', 'FADE IN is not a transition here.')?.forced, 'forced action').toBe(true);
  });

  it('splits cues into name and extensions and marks both sides of dual dialogue', () => {
    const mara = els[5];
    expect([mara.text, mara.name, mara.extensions], 'cue parts').toEqual([
      "MARA (V.O.) (CONT'D)",
      'MARA',
      ['V.O.', "CONT'D"],
    ]);
    expect(
      els.slice(5, 8).map((e) => e.dual),
      'left side: cue, parenthetical, dialogue',
    ).toEqual(['left', 'left', 'left']);
    expect(
      els.slice(8, 10).map((e) => e.dual),
      'right side',
    ).toEqual(['right', 'right']);
    expect(els[10].dual, 'the next cue is not dual').toBeUndefined();
    expect(find('character', 'McKAY')?.forced, '@ forces a mixed-case cue').toBe(true);
  });

  it('keeps brackets on parentheticals and a two-space line as a blank line inside dialogue', () => {
    expect(els[6].text, 'parenthetical as printed').toBe('(quietly)');
    expect(els[7].text, 'dialogue with its blank line').toBe(
      'Nobody checks the second page.\n\nNobody ever does.',
    );
    expect(styled(els[7], 'underline'), 'underline span').toEqual(['second']);
  });

  it('moves inline notes out of the text into note elements after the block; drops boneyard', () => {
    expect(find('dialogue', 'That was you?'), 'inline note removed from the dialogue').toBeDefined();
    expect(
      find('note', 'Pitch: make this a callback to ep 2.'),
      'inline note kept as a note element',
    ).toBeDefined();
    expect(find('note', 'Room: cut if long.'), 'note alone in its paragraph').toBeDefined();
    expect(script.text.includes('ELEVATOR'), 'boneyard text is gone').toBe(false);
  });

  it('records emphasis as spans and honours backslash escapes', () => {
    expect(styled(els[3], 'italic'), 'italic').toEqual(['desk lamp']);
    expect(styled(find('centered', 'INTERMISSION')!, 'bold'), 'bold centered').toEqual(['INTERMISSION']);
    expect(els[els.length - 1].text, 'escaped stars stay literal').toBe('She walks out. Price tag: *$9.99*.');
  });

  it('reads transitions by TO: and by >, and centered text by > <', () => {
    expect(find('transition', 'SMASH CUT TO:'), 'natural transition').toBeDefined();
    expect(find('transition', 'BACK TO:')?.forced, 'forced transition').toBe(true);
    expect(find('centered', 'INTERMISSION'), 'centered').toBeDefined();
  });

  it('places each element at its offsets in the canonical text', () => {
    for (const e of els) expect(script.text.slice(e.start, e.end), `offsets of ${e.type}`).toBe(e.text);
  });

  it('gives the same result for CRLF, CR, mixed line endings and a BOM', () => {
    const lf = parseFountain(fixture);
    const mixed = fixture
      .split('\n')
      .map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'))
      .join('');
    for (const variant of ['\ufeff' + fixture.replace(/\n/g, '\r\n'), fixture.replace(/\n/g, '\r'), mixed]) {
      const s = parseFountain(variant);
      expect(s.text, 'canonical text').toBe(lf.text);
      expect(kinds(s.elements), 'element kinds').toEqual(kinds(lf.elements));
    }
  });
});

describe('parseFountain rules on snippets', () => {
  const types = (src: string) => parseFountain(src).elements.map((e) => `${e.type}:${e.text}`);

  it('needs a blank line before a cue and a line after it', () => {
    expect(types('Action here.\nBOB\nHello.'), 'cue without blank before').toEqual([
      'action:Action here.\nBOB\nHello.',
    ]);
    expect(types('BOB\n\nHello.'), 'cue without a following line').toEqual(['action:BOB', 'action:Hello.']);
    expect(types('R2D2\nBeep.'), 'a cue needs one letter, digits allowed').toEqual([
      'character:R2D2',
      'dialogue:Beep.',
    ]);
    expect(types('23\nBeep.'), 'no letter, no cue').toEqual(['action:23\nBeep.']);
  });

  it('does not take "..." or ". x" for a forced heading, nor a trailing-space TO: for a transition', () => {
    expect(types('...and then.'), 'ellipsis').toEqual(['action:...and then.']);
    expect(types('. NOT A HEADER'), 'dot space').toEqual(['action:. NOT A HEADER']);
    expect(types('CUT TO:  \n\nNext.'), 'trailing spaces').toEqual(['action:CUT TO:', 'action:Next.']);
  });

  it('keeps a note with a blank line inside as text, and a stray /* as text with a warning', () => {
    expect(types('A [[not\n\na note]] b'), 'blank line ends a note').toEqual([
      'action:A [[not',
      'action:a note]] b',
    ]);
    const s = parseFountain('One /* never closed\n\nTwo.');
    expect(
      s.elements.map((e) => e.text),
      'nothing hidden',
    ).toEqual(['One /* never closed', 'Two.']);
    expect(s.warnings.length, 'a warning says so').toBe(1);
  });

  it('makes each === line a page break and sections carry their level', () => {
    expect(types('A.\n\n===\n   ===\n\nB.'), 'two breaks').toEqual([
      'action:A.',
      'page_break:',
      'page_break:',
      'action:B.',
    ]);
    expect(parseFountain('### Deep').elements[0].level, 'level 3').toBe(3);
  });

  it('reads a heading stacked right under a transition line, as afterwriting prints it', () => {
    expect(types('CUT TO:\nint. kitchen - day\n\nShe waits.'), 'caps transition, heading under it').toEqual([
      'transition:CUT TO:',
      'scene_heading:int. kitchen - day',
      'action:She waits.',
    ]);
    expect(types('> (mid-sentence) CUT TO:\nint. hallway'), 'forced transition').toEqual([
      'transition:(mid-sentence) CUT TO:',
      'scene_heading:int. hallway',
    ]);
    expect(types('(still talking) CUT TO:\nint. room\nA lamp.'), 'a lower-case cut stays action').toEqual([
      'action:(still talking) CUT TO:',
      'scene_heading:int. room',
      'action:A lamp.',
    ]);
    expect(types('CUT TO:\nthe kitchen.'), 'no heading under it: one action, as the spec reads it').toEqual([
      'action:CUT TO:\nthe kitchen.',
    ]);
    expect(
      types('She runs.\nINT. KITCHEN - DAY'),
      'under any other line a heading needs its blank line',
    ).toEqual(['action:She runs.\nINT. KITCHEN - DAY']);
  });

  it('reads scene headings in the conventions of other languages when written in capitals', () => {
    expect(types('ИНТ. КВАРТИРА – ДЕНЬ\n\nНАТ. ДВОР – НОЧЬ'), 'Russian').toEqual([
      'scene_heading:ИНТ. КВАРТИРА – ДЕНЬ',
      'scene_heading:НАТ. ДВОР – НОЧЬ',
    ]);
    expect(types('INNEN/AUSSEN. AUTO - TAG\n\nINTÉRIEUR NUIT. CAFÉ'), 'German, French').toEqual([
      'scene_heading:INNEN/AUSSEN. AUTO - TAG',
      'scene_heading:INTÉRIEUR NUIT. CAFÉ',
    ]);
    expect(types('INT。 病院-日'), "afterwriting's Japanese full stop").toEqual([
      'scene_heading:INT。 病院-日',
    ]);
    expect(types('Interior shots of the ship.\n\nНатура была красивой.'), 'prose that opens so').toEqual([
      'action:Interior shots of the ship.',
      'action:Натура была красивой.',
    ]);
    expect(types('INTERIOR DECORATOR\nThe curtains go.'), 'a cue that opens like one').toEqual([
      'character:INTERIOR DECORATOR',
      'dialogue:The curtains go.',
    ]);
  });

  it('reads cues in writing without letter case by their place, and keeps sentences as action', () => {
    expect(
      types('ジョン（20）が入院。\n\nジョン\n（失われた）\nこの場所は何ですか？'),
      'Japanese cue, full-width parenthetical, speech',
    ).toEqual([
      'action:ジョン（20）が入院。',
      'character:ジョン',
      'parenthetical:（失われた）',
      'dialogue:この場所は何ですか？',
    ]);
    const cue = parseFountain('约翰（画外音）\n这是什么地方？').elements[0];
    expect([cue.type, cue.name, cue.extensions], 'Chinese cue with a full-width extension').toEqual([
      'character',
      '约翰',
      ['画外音'],
    ]);
    expect(types('そして、何も起こりません。\n次の1時間。'), 'a sentence over a line is action').toEqual([
      'action:そして、何も起こりません。\n次の1時間。',
    ]);
    expect(
      types('ジョンは静かに立っていて動かないままでいる\n次の1時間。'),
      'longer than a name: action',
    ).toEqual(['action:ジョンは静かに立っていて動かないままでいる\n次の1時間。']);
  });
});

describe('parseEmphasis', () => {
  it('handles nesting, bold italic and unpaired markers', () => {
    const r = parseEmphasis('a ***b*** _c *d*_ e*f 5 * 3');
    expect(r.text, 'markers removed, unpaired kept').toBe('a b c d e*f 5 * 3');
    const spans = r.styles.map((s) => `${s.style}:${r.text.slice(s.start, s.end)}`).sort();
    expect(spans, 'spans').toEqual(['bold:b', 'italic:b', 'italic:d', 'underline:c d']);
  });
});

describe('parseFountain on bad input', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof ScriptError ? e.code : 'other';
    }
    return 'none';
  };

  it('reads a blank document as an empty script with a warning, and refuses binary input with a typed error', () => {
    for (const blank of ['', ' \n\n\t', '\uFEFF\n']) {
      const s = parseFountain(blank);
      expect(s.elements, `no elements for ${JSON.stringify(blank)}`).toEqual([]);
      expect(s.warnings.join(' '), 'the warning says the file is empty').toMatch(/empty/);
    }
    expect(
      code(() => parseFountain('PK\u0003\u0004\u0000\u0000garbage')),
      'binary',
    ).toBe('binary');
  });

  it('reads a 5 MB single line and hostile markup in bounded time', () => {
    const t0 = performance.now();
    const long = parseFountain('word '.repeat(1_000_000));
    expect(long.elements.length, 'one action').toBe(1);
    for (const evil of [
      '[['.repeat(500_000),
      '/*'.repeat(500_000),
      '*_'.repeat(500_000),
      '\n  '.repeat(300_000),
    ]) {
      expect(() => parseFountain('X ' + evil), 'hostile markup parses or refuses').not.toThrow(TypeError);
    }
    expect(performance.now() - t0, 'all of it within seconds, never a hang').toBeLessThan(10_000);
  });

  it('parses a generated 1,000-page script in well under a second', () => {
    const scene = (n: number) =>
      `INT. ROOM ${n} - DAY #${n}#\n\nMara crosses to the *window* and looks down at the street for a while.\n\n` +
      `MARA\n(quietly)\nWe should go before they notice we were here at all.\n\nTEO ^\nNot yet.\n\nCUT TO:\n\n`;
    const text = Array.from({ length: 2500 }, (_, i) => scene(i + 1)).join('');
    parseFountain(text); // warm-up
    const t0 = performance.now();
    const s = parseFountain(text);
    const ms = performance.now() - t0;
    expect(s.elements.filter((e) => e.type === 'scene_heading').length, 'every scene read').toBe(2500);
    expect(ms, `1,000-page parse took ${ms.toFixed(0)} ms`).toBeLessThan(1000);
  });
});
