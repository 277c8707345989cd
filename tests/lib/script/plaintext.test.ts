// parsePlainText: an original script laid out like a screenplay PDF, hostile input, and the IMSDb-style <pre> page
// of cyber-bob against its Fountain source (>= 95% of elements with the same type).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { diffArrays } from 'diff';
// @ts-expect-error jsdom 29 ships no type declarations and @types/jsdom is not installed; only JSDOM(html).window.document is used.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../lib/script/fountain';
import { ScriptError, type Script } from '../../../lib/script/model';
import { parsePlainText, splitCue } from '../../../lib/script/plaintext';
import { corpusPath, describeCorpus, readCorpus } from '../../corpus';

const pdfLayout = readFileSync(resolve(__dirname, '../../fixtures/plain/night-ferry.pdf-layout.txt'), 'utf8');

describe('parsePlainText on text laid out like a screenplay PDF', () => {
  const s = parsePlainText(pdfLayout);
  const types = s.elements.map((e) => `${e.type}:${e.text.slice(0, 24)}`);

  it('classifies lines as a reader would', () => {
    expect(types, 'elements in order').toEqual([
      'scene_heading:EXT. FERRY PIER - NIGHT',
      'action:The last ferry pulls awa',
      'character:INES (V.O.)',
      'parenthetical:(to herself)',
      'dialogue:Every night the same, an',
      'character:DECKHAND',
      'dialogue:Tomorrow, love! First bo',
      'transition:CUT TO:',
      'scene_heading:INT. HARBOUR CAFE - CONT',
      'action:A radio plays. The owner',
      'character:MR. OKAFOR',
      "dialogue:We're closed.",
      'character:INES',
      'parenthetical:(sitting anyway)',
      'dialogue:So is the sea.',
      'centered:THE END',
    ]);
  });

  it("drops page furniture and joins a speech split by (MORE)/(CONT'D) over a page", () => {
    expect(s.text, 'furniture removed').not.toMatch(/\(MORE\)|CONTINUED|^2\.$/m);
    const speech = s.elements.find((e) => e.type === 'dialogue');
    expect(speech?.text, 'one dialogue across the page break, wrapped lines rejoined').toBe(
      'Every night the same, and every night I think it will wait for me. It never waits. Not once in eleven years.',
    );
  });

  it('picks up scene numbers from the margins and reads the title page', () => {
    expect(
      s.elements.filter((e) => e.type === 'scene_heading').map((e) => e.sceneNumber),
      'scene numbers',
    ).toEqual(['1', '2A']);
    const tp = Object.fromEntries(s.titlePage.map((f) => [f.key, f.value]));
    expect(tp, 'title page').toMatchObject({
      Title: 'NIGHT FERRY',
      Credit: 'Written by',
      Author: 'Tove Brandt',
    });
  });

  it('splits cues into name and extensions', () => {
    expect(splitCue("MARA (V.O.) (CONT'D)"), 'two extensions').toEqual({
      name: 'MARA',
      extensions: ['V.O.', "CONT'D"],
    });
    expect(splitCue('EDWARD (V.O.)(CONT’D)'), 'no space, curly apostrophe').toEqual({
      name: 'EDWARD',
      extensions: ['V.O.', "CONT'D"],
    });
  });
});

describe('parsePlainText on bad input', () => {
  const code = (t: string) => {
    try {
      parsePlainText(t);
      return 'parsed';
    } catch (e) {
      return e instanceof ScriptError ? e.code : 'other';
    }
  };
  it('refuses empty, binary and huge text with typed errors', () => {
    expect(code('\n\n  \n'), 'empty').toBe('empty');
    expect(code('\u0000\u0001\u0002binary'), 'binary').toBe('binary');
    expect(code('x'.repeat(9_000_000)), 'huge').toBe('too_large');
  });
  it('reads prose that is not a script without hanging, and says it may not be a script', () => {
    const prose = 'It was a quiet morning in the village.\nNobody expected the letter.\n'.repeat(20_000);
    const t0 = Date.now();
    const s = parsePlainText(prose);
    expect(Date.now() - t0, 'bounded time on 1.3 MB of prose').toBeLessThan(5000);
    expect(s.warnings.join(' '), 'warning for text that is not a script').toMatch(/may not be a script/);
  });
});

/** Share of the Fountain elements (of kinds a printed page shows) that the plain-text reader gives the same type. */
function typeAgreement(plain: Script, fountain: Script): { same: number; total: number; matched: number } {
  const shown = new Set([
    'scene_heading',
    'action',
    'character',
    'dialogue',
    'parenthetical',
    'transition',
    'centered',
    'lyrics',
  ]);
  const norm = (t: string) => t.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();
  const f = fountain.elements.filter((e) => shown.has(e.type));
  const p = plain.elements;
  let i = 0;
  let j = 0;
  let same = 0;
  let matched = 0;
  for (const part of diffArrays(
    f.map((e) => norm(e.text)),
    p.map((e) => norm(e.text)),
  )) {
    const n = part.value.length;
    if (part.added) j += n;
    else if (part.removed) i += n;
    else {
      for (let k = 0; k < n; k++) if (f[i + k].type === p[j + k].type) same++;
      matched += n;
      i += n;
      j += n;
    }
  }
  return { same, total: f.length, matched };
}

describeCorpus('parsePlainText on the corpus', () => {
  it('cyber-bob <pre> page: >= 95% of elements get the same type as the Fountain source', () => {
    const doc = new JSDOM(readCorpus('html/cyber-bob-ep00001.pre.html')).window.document;
    const pre = doc.querySelector('pre')?.textContent ?? '';
    const plain = parsePlainText(pre);
    const fountain = parseFountain(readCorpus('fountain/cyber-bob-ep00001.fountain'));
    const { same, total, matched } = typeAgreement(plain, fountain);
    console.log(
      `[plain vs fountain] cyber-bob: ${same}/${total} same type (${((100 * same) / total).toFixed(1)}%), ${matched} aligned by text`,
    );
    expect(same / total, 'type agreement').toBeGreaterThanOrEqual(0.95);
    expect(plain.titlePage.find((f) => f.key === 'Author')?.value, 'title page author').toBe(
      'Richard Alexander Hall',
    );
  });

  let pdftotext = true;
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    pdftotext = false;
  }
  it.skipIf(!pdftotext)(
    'brick-and-steel PDF as text (pdftotext -layout): types agree with the Fountain source',
    () => {
      const text = execFileSync(
        'pdftotext',
        ['-layout', corpusPath('pdf/brick-and-steel.screenplain.pdf'), '-'],
        { encoding: 'utf8' },
      );
      const plain = parsePlainText(text);
      const fountain = parseFountain(readCorpus('fountain/brick-and-steel.fountain'));
      const { same, total, matched } = typeAgreement(plain, fountain);
      console.log(
        `[plain vs fountain] brick-and-steel PDF text: ${same}/${total} same type (${((100 * same) / total).toFixed(1)}%), ${matched} aligned by text`,
      );
      expect(same / total, 'type agreement on PDF text').toBeGreaterThanOrEqual(0.8);
    },
  );
});
