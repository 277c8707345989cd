// The PDF parser on the real corpus: screenplain PDFs against their Fountain sources, an A4 afterwriting PDF and
// non-Latin scripts. Prints pages, scene heading recall and character cue agreement. Skipped without the corpus.
import { expect, it } from 'vitest';
import { parsePdf } from '../../../lib/script/pdf';
import { parseFountain } from '../../../lib/script/fountain';
import type { Script } from '../../../lib/script/model';
import { describeCorpus, readCorpus, readCorpusBytes } from '../../corpus';

const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toUpperCase();

/** Share of `expected` found in `got`, each item matched at most once. */
function recall(expected: string[], got: string[]): number {
  const left = new Map<string, number>();
  for (const g of got) left.set(g, (left.get(g) ?? 0) + 1);
  let hit = 0;
  for (const e of expected) {
    const n = left.get(e) ?? 0;
    if (n > 0) {
      hit++;
      left.set(e, n - 1);
    }
  }
  return expected.length ? hit / expected.length : 1;
}

function figures(name: string, pdf: Script, fountain: Script): { headings: number; cues: number } {
  const of = (s: Script, type: string, f: (e: Script['elements'][number]) => string): string[] =>
    s.elements.filter((e) => e.type === type).map((e) => norm(f(e)));
  const headings = recall(
    of(fountain, 'scene_heading', (e) => e.text),
    of(pdf, 'scene_heading', (e) => e.text),
  );
  const cues = recall(
    of(fountain, 'character', (e) => e.name ?? e.text),
    of(pdf, 'character', (e) => e.name ?? e.text),
  );
  console.log(
    `[pdf corpus] ${name}: ${pdf.pages?.length} pages, scene heading recall ${(headings * 100).toFixed(1)}%, ` +
      `character cue agreement ${(cues * 100).toFixed(1)}%`,
  );
  return { headings, cues };
}

describeCorpus('parsePdf on the corpus', () => {
  it('big-fish.screenplain.pdf: 122 pages and at least 98% of the Fountain scene headings', async () => {
    const pdf = await parsePdf(readCorpusBytes('pdf/big-fish.screenplain.pdf'));
    const f = figures('big-fish', pdf, parseFountain(readCorpus('fountain/big-fish.fountain')));
    expect(pdf.pages?.length, 'one page per PDF page').toBe(122);
    expect(f.headings, 'scene heading recall').toBeGreaterThanOrEqual(0.98);
    expect(f.cues, 'character cue agreement').toBeGreaterThanOrEqual(0.95);
    expect(
      pdf.pages?.some((p) => p.lines.some((l) => l.marked)),
      'screenplain prints no revision marks',
    ).toBe(false);
    expect(pdf.titlePage.find((t) => t.key === 'Title')?.value, 'title from the title page').toBe('Big Fish');
    expect(
      pdf.pages?.slice(0, 4).map((p) => p.label),
      'title page, unprinted 1, then printed labels',
    ).toEqual(['title', '1', '2', '3']);
  });

  for (const name of ['brick-and-steel', 'the-last-birthday-card']) {
    it(`${name}.screenplain.pdf against its Fountain`, async () => {
      const pdf = await parsePdf(readCorpusBytes(`pdf/${name}.screenplain.pdf`));
      const f = figures(name, pdf, parseFountain(readCorpus(`fountain/${name}.fountain`)));
      // Forced headings (".SNIPER SCOPE POV") print without their dot, so a PDF cannot show them as headings.
      expect(f.headings, 'scene heading recall').toBeGreaterThanOrEqual(0.5);
      expect(f.cues, 'character cue agreement').toBeGreaterThanOrEqual(0.9);
    });
  }

  it('afterwriting-client.a4.pdf (A4) parses with its pages and elements', async () => {
    const pdf = await parsePdf(readCorpusBytes('pdf/afterwriting-client.a4.pdf'));
    console.log(`[pdf corpus] afterwriting A4: ${pdf.pages?.length} pages, ${pdf.elements.length} elements`);
    expect(pdf.pages?.length, 'A4 pages').toBe(4);
    const types = new Set(pdf.elements.map((e) => e.type));
    for (const t of [
      'scene_heading',
      'action',
      'character',
      'dialogue',
      'parenthetical',
      'transition',
    ] as const) {
      expect(types.has(t), `A4 element type ${t}`).toBe(true);
    }
    expect(pdf.pages?.[1].label, 'A4 label').toBe('2');
  });

  for (const file of ['afterwriting-cyrillic', 'afterwriting-japanese', 'afterwriting-simplified-chinese']) {
    it(`${file}.pdf parses with non-empty text`, async () => {
      const pdf = await parsePdf(readCorpusBytes(`pdf/${file}.pdf`));
      console.log(`[pdf corpus] ${file}: ${pdf.pages?.length} pages, ${pdf.text.length} characters`);
      expect(pdf.text.trim().length, 'text read').toBeGreaterThan(50);
      expect(/[^\u0020-\u007e\s]/.test(pdf.text), 'non-Latin text kept').toBe(true);
    });
  }
});
