// The Fountain parser on the real scripts of the shared corpus and on aw-parser's sample (skipped without the corpus).
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseFountain } from '../../../lib/script/fountain';
import { corpusPath, describeCorpus, readCorpus } from '../../corpus';

describeCorpus('parseFountain on the corpus', () => {
  it('parses every corpus Fountain file with offsets that point at each element', () => {
    const files = readdirSync(corpusPath('fountain')).filter((f) => f.endsWith('.fountain'));
    expect(files.length, 'corpus has Fountain files').toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const s = parseFountain(readCorpus(`fountain/${f}`));
      expect(s.elements.length, `${f} has elements`).toBeGreaterThan(20);
      expect(s.warnings, `${f} parses without warnings`).toEqual([]);
      for (const e of s.elements) expect(s.text.slice(e.start, e.end), `${f} offsets`).toBe(e.text);
    }
  });

  it("finds Big Fish's title page and a plausible count of scenes and cues", () => {
    const s = parseFountain(readCorpus('fountain/big-fish.fountain'));
    const count = (t: string) => s.elements.filter((e) => e.type === t).length;
    expect(s.titlePage[0], 'title first').toMatchObject({ key: 'Title' });
    // The source has 194 lines starting INT/EXT at the left margin; a few are inside action, not headings.
    expect(count('scene_heading'), 'scene headings').toBeGreaterThanOrEqual(180);
    expect(count('scene_heading'), 'scene headings').toBeLessThanOrEqual(200);
    expect(count('character'), 'cues').toBeGreaterThan(700);
    expect(count('dialogue') + count('parenthetical'), 'every cue has speech').toBeGreaterThanOrEqual(
      count('character'),
    );
  });

  it('reads Brick & Steel (CRLF line endings) exactly as with LF only', () => {
    const raw = readCorpus('fountain/brick-and-steel.fountain');
    expect(raw.includes('\r\n'), 'the corpus file has CRLF endings').toBe(true);
    const a = parseFountain(raw);
    const b = parseFountain(raw.replace(/\r\n?/g, '\n'));
    expect(a.text, 'same canonical text').toBe(b.text);
    expect(
      a.elements.map((e) => e.id),
      'same element ids',
    ).toEqual(b.elements.map((e) => e.id));
    expect(a.titlePage.find((f) => f.key === 'Title')?.value, 'multi-line title').toContain('\n');
  });

  it("maps onto aw-parser's sample tokens (types and text, after documented differences)", () => {
    const s = parseFountain(readCorpus('peer-tests/aw-parser/sample.fountain'));
    const tokens = (
      JSON.parse(readCorpus('peer-tests/aw-parser/sample.tokens.json')) as {
        tokens: { type: string; text: string }[];
      }
    ).tokens.filter((t) => t.type !== 'separator');
    // aw-parser gives one token per action line, keeps emphasis markers and notes, makes a note before the title
    // page action, and turns lyrics into italic dialogue. Compare per type, with markers stripped.
    const flat = (x: string) =>
      x
        .replace(/\[\[[^\]]*\]\]|[*_\\]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const theirs = (type: string) => tokens.filter((t) => t.type === type).map((t) => flat(t.text));
    const ours = (type: string) => s.elements.filter((e) => e.type === type).map((e) => flat(e.text));
    for (const type of [
      'scene_heading',
      'section',
      'synopsis',
      'transition',
      'character',
      'centered',
      'page_break',
    ])
      expect(ours(type), `${type} elements as aw-parser has them`).toEqual(theirs(type));
    expect(ours('dialogue'), 'dialogue: aw-parser reads the "~" lyric line as dialogue').toEqual(
      theirs('dialogue').filter((t) => t !== 'Happy birthday to you!'),
    );
    expect(ours('lyrics'), 'the lyric line').toEqual(['Happy birthday to you!']);
    expect(
      s.titlePage.map((f) => f.key.toLowerCase()),
      'title page after a leading note',
    ).toEqual(['title', 'credit', 'author', 'source', 'notes', 'date', 'contact', 'copyright']);
  });
});
