// parseBlocks / isLikelyScript on blocks the page reader itself (components/platform/extract.ts, as it reads an HTML
// file) extracts from a jsdom document: an original page, pages that are not scripts, and the corpus pages against
// their Fountain sources.
// @ts-expect-error jsdom 29 ships no type declarations and @types/jsdom is not installed; only JSDOM(html).window.document is used.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readThisDocument } from '../../../components/platform/extract';
import { scriptParsers } from '../../../components/platform/engine-parsers';
import { NOT_A_SCRIPT, readPageExtract } from '../../../lib/reading/choose';
import { isLikelyScript, parseBlocks, scriptConfidence, type PageBlock } from '../../../lib/script/blocks';
import { parseFountain } from '../../../lib/script/fountain';
import { ScriptError } from '../../../lib/script/model';
import { parsePlainText } from '../../../lib/script/plaintext';
import { describeCorpus, readCorpus } from '../../corpus';
import { outline, outlineDifferences, TOLERATED } from './outline';

/** What the page reader extracts from an HTML page. */
const read = (html: string) =>
  readThisDocument(new JSDOM(html).window.document, 'https://scripts.test/page.html');

/** The script the page reader's blocks parse to (a <pre> page goes to the plain-text reader, as in the panel). */
function page(html: string) {
  const extract = read(html);
  if (extract.kind === 'blocks') return parseBlocks(extract.blocks);
  if (extract.kind === 'pre') return parsePlainText(extract.text);
  throw new Error(`the page reader found no script blocks (${extract.kind})`);
}
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
  it('a recipe blog yields no script blocks, and reading it is refused with a sentence', () => {
    const extract = read(fixture('recipe-blog.html'));
    expect(extract.kind, 'the recipe page is read as text').toBe('text');
    expect(() => readPageExtract(extract, scriptParsers), 'refused').toThrow(NOT_A_SCRIPT);
  });
  it('blocks that are not a script are not likely a script, and say so in a warning', () => {
    const recipe: PageBlock[] = [
      { text: "Grandma's Apple Pie", tag: 'h1', className: 'entry-title' },
      {
        text: 'This pie has been in our family for three generations.',
        tag: 'p',
        className: 'entry-content',
      },
      { text: 'Preheat the oven to 375 degrees.', tag: 'li', className: 'recipe-step' },
      {
        text: 'Peel and slice six apples, then toss them with sugar and cinnamon.',
        tag: 'li',
        className: 'recipe-step',
      },
      { text: 'Bake for 50 minutes, until the crust is golden.', tag: 'li', className: 'recipe-step' },
      { text: 'Leave a comment below!', tag: 'p', className: 'comments' },
    ];
    const s = parseBlocks(recipe);
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
      code(() => readPageExtract(read('<html><body>  <div> </div></body></html>'), scriptParsers)),
      'empty page',
    ).toBe('not_script');
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
