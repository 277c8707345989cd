import { describe, expect, it } from 'vitest';
import {
  fileKind,
  guessTitle,
  looksLikeFountain,
  NOT_A_SCRIPT,
  readPageExtract,
  readTextFile,
} from '../../../lib/reading/choose';
import { blocksAsPlainText, looksLikeScript, type ScriptParsers } from '../../../lib/reading/script-parsers';
import { pageSourceKey, sourceKey } from '../../../lib/reading/source';
import { parseFdx } from '../../../lib/script/fdx';
import { parseFountain } from '../../../lib/script/fountain';
import { parsePlainText } from '../../../lib/script/plaintext';
import { describeCorpus, readCorpus } from '../../corpus';

const parsers: ScriptParsers = {
  parseFountain,
  parseFdx,
  parsePlainText,
  parseBlocks: (b) => blocksAsPlainText(b, parsePlainText),
  isLikelyScript: looksLikeScript,
};

const FOUNTAIN = `Title: The Cold Open
Author: Test

INT. WRITERS ROOM - NIGHT

Index cards cover one wall.

DANA
Who moved the cold open?

MARCUS
(not looking up)
The network did.

EXT. STUDIO LOT - DAWN

A golf cart hums past.
`;

const LAYOUT = `          INT. WRITERS ROOM - NIGHT

          Index cards cover one wall.

                              DANA
                    Who moved the cold open?

                              MARCUS
                    The network did.

          EXT. STUDIO LOT - DAWN

          A golf cart hums past.
`;

const base = { url: 'https://x.test/s', title: 'The Cold Open Script', contentType: 'text/html' };

describe('readPageExtract', () => {
  it('reads a text/plain Fountain page as Fountain, titled from its title page', () => {
    const r = readPageExtract({ ...base, kind: 'text', contentType: 'text/plain', text: FOUNTAIN }, parsers);
    expect(r.source.format, 'Fountain was recognised').toBe('fountain');
    expect(r.title, 'title page wins').toBe('The Cold Open');
    expect(r.script.elements.filter((e) => e.type === 'scene_heading').length, 'two scenes').toBe(2);
  });

  it('reads a <pre> screenplay layout as plain text and tidies the page title', () => {
    const r = readPageExtract({ ...base, kind: 'pre', text: LAYOUT }, parsers);
    expect(r.source.format, 'plain text layout').toBe('plain');
    expect(r.title, '" Script" suffix removed').toBe('The Cold Open');
    expect(
      r.script.elements.filter((e) => e.type === 'character').map((e) => e.name),
      'cues found',
    ).toEqual(['DANA', 'MARCUS']);
  });

  it('says plainly when a page is not a script', () => {
    const prose =
      'Welcome to our bakery.\n\nWe open at nine. Fresh bread daily, and cakes on order.\n\nCall us any time.';
    expect(() => readPageExtract({ ...base, kind: 'text', text: prose }, parsers), 'a bakery page').toThrow(
      NOT_A_SCRIPT,
    );
    expect(() => readPageExtract({ ...base, kind: 'blocks', blocks: [] }, parsers), 'no blocks').toThrow(
      NOT_A_SCRIPT,
    );
  });
});

describe('files and names', () => {
  it('picks the parser from the file name', () => {
    expect(readTextFile('cold-open.fountain', FOUNTAIN, parsers).source, 'fountain file').toEqual({
      kind: 'file',
      fileName: 'cold-open.fountain',
      format: 'fountain',
    });
    expect(readTextFile('cold-open.txt', LAYOUT, parsers).source.format, 'typed layout .txt').toBe('plain');
    expect(() => readTextFile('notes.docx', 'x', parsers), 'unsupported type').toThrow(
      /use a .fountain, .fdx/,
    );
    expect(fileKind('Draft.PDF'), 'case-insensitive').toBe('pdf');
  });

  it('tells Fountain from an indented layout', () => {
    expect(looksLikeFountain(FOUNTAIN), 'fountain').toBe(true);
    expect(looksLikeFountain(LAYOUT), 'layout').toBe(false);
  });

  it('guesses titles without control or bidi characters', () => {
    const s = parseFountain('INT. A - DAY\n\nx\n');
    expect(guessTitle(s, 'Evil\u202e title - IMSDb'), 'bidi override removed').toBe('Evil title');
    expect(guessTitle(s, 'draft 3.fountain'), 'extension removed').toBe('draft 3');
    expect(guessTitle(s, 'The Cold Open - Script'), 'site suffix after a dash').toBe('The Cold Open');
    expect(guessTitle(s, ''), 'fallback').toBe('Untitled script');
  });

  it('keys pages by URL without the hash and files by name', () => {
    expect(pageSourceKey('https://x.test/a?b=1#scene-3'), 'hash dropped, query kept').toBe(
      'https://x.test/a?b=1',
    );
    expect(sourceKey({ kind: 'file', fileName: 'a.fdx', format: 'fdx' }), 'file key').toBe('file:a.fdx');
    expect(sourceKey({ kind: 'demo', format: 'fountain' }), 'demo has no key').toBeUndefined();
  });
});

describeCorpus('readPageExtract on corpus sources', () => {
  it('reads a Fountain file served as text/plain', () => {
    const text = readCorpus('fountain/brick-and-steel.fountain');
    const r = readPageExtract(
      {
        url: 'http://127.0.0.1/brick-and-steel.fountain',
        title: '',
        contentType: 'text/plain',
        kind: 'text',
        text,
      },
      parsers,
    );
    expect(r.source.format, 'fountain by extension').toBe('fountain');
    expect(
      r.script.elements.some((e) => e.type === 'scene_heading'),
      'has scenes',
    ).toBe(true);
  });

  it('reads the IMSDb-style pre text', () => {
    const html = readCorpus('html/cyber-bob-ep00001.pre.html');
    const pre = html.slice(html.indexOf('<pre>') + 5, html.indexOf('</pre>')).replace(/<\/?b>/g, '');
    const r = readPageExtract(
      { ...base, kind: 'pre', text: pre, title: 'BOB THE CYBER PAWN Script' },
      parsers,
    );
    expect(
      r.script.elements.filter((e) => e.type === 'scene_heading').length,
      'its three scenes (as in the .fountain)',
    ).toBe(3);
    expect(r.script.elements.filter((e) => e.type === 'character').length, 'speech found').toBeGreaterThan(5);
  });
});
