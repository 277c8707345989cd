// parseFdx: a small original FDX fixture, hostile input, and the corpus scripts against their Fountain versions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../lib/script/fdx';
import { parseFountain } from '../../../lib/script/fountain';
import { ScriptError } from '../../../lib/script/model';
import { describeCorpus, readCorpus } from '../../corpus';
import { outline, outlineDifferences, TOLERATED } from './outline';

const fixture = readFileSync(resolve(__dirname, '../../fixtures/fdx/night-ferry.fdx'), 'utf8');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof ScriptError ? e.code : `not a ScriptError: ${String(e)}`;
  }
  return 'no error';
}

describe('parseFdx on a small Final Draft file', () => {
  const s = parseFdx(fixture);
  const byType = (t: string) => s.elements.filter((e) => e.type === t);

  it('reads paragraphs in order with their types', () => {
    expect(s.format, 'format').toBe('fdx');
    expect(
      s.elements.map((e) => e.type),
      'element types in order',
    ).toEqual([
      'scene_heading',
      'synopsis',
      'action',
      'note',
      'character',
      'parenthetical',
      'dialogue',
      'character',
      'dialogue',
      'character',
      'dialogue',
      'transition',
      'page_break',
      'scene_heading',
      'centered',
    ]);
    expect(s.text, 'header/footer paragraphs are not script text').not.toContain('Header text');
  });

  it('keeps scene numbers, splits cues, reads entities and joins Text runs', () => {
    expect(
      byType('scene_heading').map((e) => e.sceneNumber),
      'Number attribute',
    ).toEqual(['1', '2A']);
    const cue = byType('character')[0];
    expect(cue.text, 'cue text joined from three runs').toBe('INES (V.O.)');
    expect([cue.name, cue.extensions], 'cue split into name + extensions').toEqual(['INES', ['V.O.']]);
    expect(byType('dialogue')[0].text, '&amp; decoded').toContain('same & every');
  });

  it('turns Style into spans that point at the styled words, after trimming the stray newline', () => {
    const action = byType('action')[0];
    expect(action.text.endsWith('too late.'), 'trailing newline trimmed').toBe(true);
    const spans = action.styles ?? [];
    expect(spans.map((x) => x.style).sort(), 'Bold+Underline gives two spans').toEqual(['bold', 'underline']);
    for (const sp of spans)
      expect(action.text.slice(sp.start, sp.end), `${sp.style} span text`).toBe('too late');
  });

  it('marks dual dialogue left then right, and reads notes, summaries and the title page', () => {
    expect(
      s.elements.filter((e) => e.dual).map((e) => `${e.dual}:${e.text}`),
      'dual sides',
    ).toEqual(['left:DECKHAND', 'left:Tomorrow!', 'right:INES', 'right:Tomorrow.']);
    expect(byType('note')[0].text, 'ScriptNote text').toBe('Check the ferry timetable for 1994.');
    expect(byType('synopsis')[0].text, 'scene summary').toBe('Ines misses the last boat.');
    const tp = Object.fromEntries(s.titlePage.map((f) => [f.key, f.value]));
    expect(tp, 'title page fields').toMatchObject({
      Title: 'NIGHT FERRY',
      Credit: 'Written by',
      Author: 'Tove Brandt',
    });
    expect(tp['Draft date'], 'draft date').toContain('3/14/2025');
    expect(tp.Contact, 'contact').toContain('Quay Street');
  });

  it('keeps offsets into the canonical text', () => {
    for (const e of s.elements) expect(s.text.slice(e.start, e.end), `offsets of ${e.type}`).toBe(e.text);
  });
});

describe('parseFdx refuses unsafe or wrong input with a typed error', () => {
  it('refuses DOCTYPE and ENTITY declarations', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><FinalDraft><Content/></FinalDraft>';
    expect(
      codeOf(() => parseFdx(bomb)),
      'billion laughs',
    ).toBe('fdx_doctype');
    expect(
      codeOf(() => parseFdx('<FinalDraft><!doctype x></FinalDraft>')),
      'lower-case doctype',
    ).toBe('fdx_doctype');
  });
  it('says "Not a Final Draft file" for another root or for plain text', () => {
    expect(
      codeOf(() => parseFdx('<html><body>hi</body></html>')),
      'html root',
    ).toBe('not_fdx');
    expect(
      codeOf(() => parseFdx('INT. HOUSE - DAY\n\nHello.')),
      'plain text',
    ).toBe('not_fdx');
    try {
      parseFdx('<svg/>');
    } catch (e) {
      expect((e as Error).message, 'readable message').toBe('Not a Final Draft file.');
    }
  });
  it('reports malformed and absurdly nested XML, empty and binary input', () => {
    expect(
      codeOf(() =>
        parseFdx('<FinalDraft><Content><Paragraph Type="Action"><Text>x</Paragraph></FinalDraft>'),
      ),
      'bad nesting',
    ).toBe('fdx_malformed');
    expect(
      codeOf(() => parseFdx('<FinalDraft><Content>')),
      'truncated',
    ).toBe('fdx_malformed');
    const deep = `<FinalDraft>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</FinalDraft>`;
    expect(
      codeOf(() => parseFdx(deep)),
      'deep nesting',
    ).toBe('fdx_malformed');
    expect(
      codeOf(() => parseFdx('   ')),
      'empty',
    ).toBe('empty');
    expect(
      codeOf(() => parseFdx('\u0000\u0001PK\u0003\u0004')),
      'binary',
    ).toBe('binary');
    expect(
      codeOf(() => parseFdx(`<FinalDraft>${'x'.repeat(9_000_000)}</FinalDraft>`)),
      'huge',
    ).toBe('too_large');
  });
});

describeCorpus('parseFdx on the corpus against the Fountain versions', () => {
  for (const name of Object.keys(TOLERATED)) {
    it(`${name}: same scene headings and cue names, in order`, () => {
      const fdx = outline(parseFdx(readCorpus(`fdx/${name}.fdx`)));
      const ftn = outline(parseFountain(readCorpus(`fountain/${name}.fountain`)));
      const diffs = outlineDifferences(ftn, fdx, 'fdx');
      console.log(
        `[fdx vs fountain] ${name}: ${fdx.length} headings+cues from FDX, ${ftn.length} from Fountain, ${diffs.length} differences`,
      );
      expect(diffs, `${name}: differences beyond the tolerated ones`).toEqual(TOLERATED[name]);
      expect(fdx.length, `${name}: FDX outline is not empty`).toBeGreaterThan(20);
    });
  }

  it('reads every corpus FDX (Final Draft and Fade In) without warnings about unknown paragraphs', () => {
    for (const f of [
      'fdx/clean-code-e17.shooting-script.fdx',
      'fdx/clean-code-no-scene-numbers.fdx',
      'fdx/radio-studio.fadein.fdx',
      'fdx/radio-studio.finaldraft.fdx',
    ]) {
      const s = parseFdx(readCorpus(f));
      expect(s.elements.length, `${f} has elements`).toBeGreaterThan(4);
      expect(s.warnings, `${f} warnings`).toEqual([]);
    }
    const shoot = parseFdx(readCorpus('fdx/clean-code-e17.shooting-script.fdx'));
    const headings = shoot.elements.filter((e) => e.type === 'scene_heading');
    expect(
      headings.every((h) => h.sceneNumber),
      'shooting script: every heading numbered',
    ).toBe(true);
    const cue = shoot.elements.find((e) => e.type === 'character' && e.extensions?.length);
    expect(cue?.extensions, 'styled CONT’D run becomes an extension').toEqual(["CONT'D"]);
  });

  it('Fade In and Final Draft peer files match their Fountain equivalents', () => {
    for (const n of ['TestFDX-FI', 'TestFDX-FD']) {
      const fdx = outline(parseFdx(readCorpus(`peer-tests/fountain-tools/${n}.fdx`)));
      const ftn = outline(parseFountain(readCorpus(`peer-tests/fountain-tools/${n}.fountain`)));
      expect(outlineDifferences(ftn, fdx, 'fdx'), `${n} outline`).toEqual([]);
    }
    const note = parseFdx(readCorpus('peer-tests/afterwriting/fdx/note.fdx'));
    expect(note.elements.find((e) => e.type === 'note')?.text, 'afterwriting ScriptNote').toBe(
      'Note in action. Note. Note. Note.',
    );
    const syn = parseFdx(readCorpus('peer-tests/afterwriting/fdx/synopsis.fdx'));
    expect(syn.elements.find((e) => e.type === 'synopsis')?.text, 'afterwriting scene summary').toBe(
      'Here is the synopsis.',
    );
  });
});
