// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readThisDocument } from '../../../components/platform/extract';
import { tabIdFromUrl } from '../../../components/platform/use-target-tab';
import { readPageExtract } from '../../../lib/reading/choose';
import { scriptParsers } from '../../../components/platform/engine-parsers';
import { describeCorpus, readCorpus } from '../../corpus';

const fixture = (name: string) => readFileSync(join(__dirname, '../../e2e/fixtures', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readThisDocument on an HTML file', () => {
  it('a page that embeds some other PDF is read as a page, never as a PDF to fetch', () => {
    const page = parse(
      '<html><body><h1>Press kit</h1><embed type="application/pdf" src="https://tracker.test/x.pdf"><pre>INT. OFFICE - DAY</pre></body></html>',
    );
    expect(readThisDocument(page, 'https://x.test/press').kind, 'embedded PDF').not.toBe('pdf');
    const viewer = parse('<html><body><embed type="application/pdf" src="about:blank"></body></html>');
    expect(readThisDocument(viewer, 'https://x.test/a.pdf').kind, "the browser's own viewer").toBe('pdf');
  });

  it('reads one block per formatted element, with classes, and skips the site navigation', () => {
    const c = readThisDocument(parse(fixture('cold-open.html')), 'file:cold-open.html');
    expect(c.kind, 'formatted elements become blocks').toBe('blocks');
    if (c.kind !== 'blocks') return;
    expect(c.blocks[0], 'first block').toMatchObject({
      text: 'INT. WRITERS ROOM - NIGHT',
      tag: 'p',
      className: 'scene-heading',
    });
    expect(
      c.blocks.some((b) => b.text.includes('Home')),
      'nav links are outside the script container',
    ).toBe(false);
    const r = readPageExtract(c, scriptParsers);
    expect(
      r.script.elements.filter((e) => e.type === 'character').map((e) => e.name),
      'cues',
    ).toEqual(['DANA', 'MARCUS', 'DANA', 'MARCUS']);
  });

  it('keeps page text literal: markup in text stays text and scripts are not read', () => {
    const html = fixture('cold-open.html').replace(
      'Who moved the cold open?',
      'Who moved &lt;img src=x onerror=alert(1)&gt; the open?<script>window.bad=1</script>',
    );
    const c = readThisDocument(parse(html), 'file:x.html');
    if (c.kind !== 'blocks') throw new Error('expected blocks');
    expect(
      c.blocks.find((b) => b.text.startsWith('Who moved'))?.text,
      'text as written, script dropped',
    ).toBe('Who moved <img src=x onerror=alert(1)> the open?');
  });

  it('falls back to body text for an ordinary page, which is then refused', () => {
    const c = readThisDocument(parse(fixture('bakery.html')), 'file:bakery.html');
    expect(c.kind, 'no script structure: body text').toBe('text');
    expect(() => readPageExtract(c, scriptParsers), 'refused plainly').toThrow(
      'This page does not look like a script.',
    );
  });

  it('reads the panel URL tab id only when it is a whole number', () => {
    expect(tabIdFromUrl('chrome-extension://x/sidepanel.html?tabId=42'), 'tab id').toBe(42);
    expect(tabIdFromUrl('chrome-extension://x/sidepanel.html?tabId=4x'), 'junk').toBeUndefined();
    expect(tabIdFromUrl('chrome-extension://x/sidepanel.html'), 'absent').toBeUndefined();
  });
});

describeCorpus('readThisDocument on corpus pages', () => {
  it('takes the largest <pre> of an IMSDb-style page', () => {
    const c = readThisDocument(parse(readCorpus('html/cyber-bob-ep00001.pre.html')), 'file:x');
    expect(c.kind, 'pre').toBe('pre');
    if (c.kind === 'pre') expect(c.text, 'the script text, tags gone').toContain('EXT. PARK--DAY');
  });

  it('reads a screenplain page into scenes and cues', () => {
    const c = readThisDocument(parse(readCorpus('html/brick-and-steel.screenplain.html')), 'file:x');
    expect(c.kind, 'blocks').toBe('blocks');
    const r = readPageExtract(c, scriptParsers);
    expect(r.script.elements.filter((e) => e.type === 'scene_heading').length, 'scenes').toBeGreaterThan(1);
    expect(r.script.elements.filter((e) => e.type === 'character').length, 'cues').toBeGreaterThan(4);
  });
});
