// parseBlocks / isLikelyScript: blocks extracted with jsdom (as the content script does in a live page) from an
// original page, a page that is not a script, and the corpus pages against their Fountain sources.
// @ts-expect-error jsdom 29 ships no type declarations and @types/jsdom is not installed; only JSDOM(html).window.document is used.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLikelyScript, parseBlocks, scriptConfidence } from '../../../lib/script/blocks';
import { parseFountain } from '../../../lib/script/fountain';
import { ScriptError } from '../../../lib/script/model';
import { describeCorpus, readCorpus } from '../../corpus';
import { extractBlocks } from './extract-blocks';
import { outline, outlineDifferences, TOLERATED } from './outline';

const page = (html: string) => parseBlocks(extractBlocks(new JSDOM(html).window.document));
const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/html', name), 'utf8');

describe('parseBlocks on a formatted page', () => {
  const s = page(fixture('night-ferry.page.html'));

  it('maps class names to element types and falls back to text where a block has no class', () => {
    const body = s.elements.filter((e) => e.text !== 'Home' && e.text !== 'Scripts');
    expect(
      body.map((e) => `${e.type}:${e.text.split('\n')[0]}`),
      'elements',
    ).toEqual([
      'scene_heading:EXT. FERRY PIER - NIGHT',
      'action:The last ferry pulls away.',
      'character:INES (V.O.)',
      'parenthetical:(to herself)',
      'dialogue:Every night the same.',
      'character:DECKHAND',
      'dialogue:Tomorrow!',
      'character:INES',
      'dialogue:Tomorrow.',
      'transition:CUT TO:',
      'scene_heading:INT. HARBOUR CAFE - CONTINUOUS',
      'action:A radio plays.',
      'character:MR. OKAFOR',
      "dialogue:We're closed.",
      'centered:THE END',
    ]);
  });

  it('keeps <br> line breaks, dual sides from ancestor classes, and the title page', () => {
    expect(s.elements.find((e) => e.text.startsWith('The last'))?.text, '<br> is a line break').toBe(
      'The last ferry pulls away.\nINES runs the length of the pier.',
    );
    expect(
      s.elements.filter((e) => e.dual).map((e) => e.dual),
      'dual sides',
    ).toEqual(['left', 'left', 'right', 'right']);
    expect(s.titlePage, 'title page').toEqual([
      { key: 'Title', value: 'NIGHT FERRY' },
      { key: 'Credit', value: 'Written by' },
      { key: 'Author', value: 'Tove Brandt' },
    ]);
    expect(isLikelyScript(s), 'a script page is a script').toBe(true);
  });
});

describe('pages that are not scripts', () => {
  it('a recipe blog is not likely a script, and says so in a warning', () => {
    const s = page(fixture('recipe-blog.html'));
    expect(isLikelyScript(s), 'recipe page').toBe(false);
    expect(scriptConfidence(s), 'low confidence').toBeLessThan(0.35);
    expect(s.warnings.join(' '), 'plain warning').toMatch(/does not look like a script/);
  });
  it('an empty page or one with only whitespace gives a typed error; a huge page is refused', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'parsed';
      } catch (e) {
        return e instanceof ScriptError ? e.code : 'other';
      }
    };
    expect(
      code(() => page('<html><body>  <div> </div></body></html>')),
      'empty page',
    ).toBe('empty');
    expect(
      code(() => parseBlocks([])),
      'no blocks',
    ).toBe('empty');
    expect(
      code(() => parseBlocks([{ text: 'x'.repeat(9_000_000), tag: 'p', className: '' }])),
      'huge',
    ).toBe('too_large');
  });
});

describeCorpus('parseBlocks on the corpus pages', () => {
  it('the formatted cyber-bob page gives the same scene headings and cues as its Fountain source', () => {
    const s = page(readCorpus('html/cyber-bob-ep00001.formatted.html'));
    const ftn = outline(parseFountain(readCorpus('fountain/cyber-bob-ep00001.fountain')));
    expect(outlineDifferences(ftn, outline(s), 'html'), 'cyber-bob outline').toEqual([]);
    expect(s.elements.filter((e) => e.type === 'note').length, 'notes from class="note"').toBe(2);
    expect(isLikelyScript(s), 'is a script').toBe(true);
  });

  it('the <pre> cyber-bob page is read through the plain-text reader', () => {
    const s = page(readCorpus('html/cyber-bob-ep00001.pre.html'));
    const ftn = outline(parseFountain(readCorpus('fountain/cyber-bob-ep00001.fountain')));
    expect(outlineDifferences(ftn, outline(s), 'html'), 'cyber-bob pre outline').toEqual([]);
  });

  for (const name of ['big-fish', 'brick-and-steel', 'the-last-birthday-card']) {
    it(`screenplain ${name} page gives the same scene headings and cues as its Fountain source`, () => {
      const s = page(readCorpus(`html/${name}.screenplain.html`));
      const ftn = outline(parseFountain(readCorpus(`fountain/${name}.fountain`)));
      const diffs = outlineDifferences(ftn, outline(s), 'html');
      console.log(
        `[html vs fountain] ${name}: ${outline(s).length} headings+cues from the page, ${ftn.length} from Fountain, ${diffs.length} differences`,
      );
      // screenplain, like the FDX, prints the two "EXT/INT." headings of big-fish as action.
      expect(diffs, `${name} outline`).toEqual(TOLERATED[name]);
    });
  }
});
