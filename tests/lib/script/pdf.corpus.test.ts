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

/** Labels a PDF should carry: its title pages, then 1, 2, 3... (every real PDF here is numbered straight through). */
function straightLabels(pages: number, titlePages: number): string[] {
  return Array.from({ length: pages }, (_, i) =>
    i < titlePages ? (i === 0 ? 'title' : `title ${i + 1}`) : String(i - titlePages + 1),
  );
}

describeCorpus('parsePdf on real production PDFs (realworld)', () => {
  const read = (name: string): Promise<Script> => parsePdf(readCorpusBytes(`realworld/pdf/${name}`));

  // Every PDF of both corpora with a title page, and how many pages come before the script's page 1. The Japanese
  // and Chinese title pages are drawn without a text layer: recognised as title pages, with no fields to read.
  const NO_TEXT_TITLE = new Set(['pdf/afterwriting-japanese.pdf', 'pdf/afterwriting-simplified-chinese.pdf']);
  const TITLE_PAGES: [string, number][] = [
    ['realworld/pdf/airplane.fadein.pdf', 1],
    ['realworld/pdf/cite-de-la-peur.fr.screenplain.pdf', 1],
    ['realworld/pdf/community-303.finaldraft.pdf', 1],
    ['realworld/pdf/dirk-gently-101.pdf', 1],
    ['realworld/pdf/lost-souls.ms-print-to-pdf.pdf', 1],
    ['realworld/pdf/quarantine-skit.afterwriting.pdf', 1],
    ['realworld/pdf/threshold-people.textplay.pdf', 0],
    ['realworld/pdf/villains.revised.pdf', 1],
    ['pdf/afterwriting-cyrillic.pdf', 1],
    ['pdf/afterwriting-japanese.pdf', 1],
    ['pdf/afterwriting-simplified-chinese.pdf', 1],
    ['pdf/brick-and-steel.screenplain.pdf', 1],
    ['pdf/the-last-birthday-card.screenplain.pdf', 1],
  ];
  for (const [file, titlePages] of TITLE_PAGES) {
    it(`${file}: title pages recognised and the script's first page labelled 1`, async () => {
      const s = await parsePdf(readCorpusBytes(file));
      expect(
        s.pages!.map((p) => p.label),
        'labels: title page(s), then 1, 2, 3...',
      ).toEqual(straightLabels(s.pages!.length, titlePages));
      if (titlePages > 0 && !NO_TEXT_TITLE.has(file)) {
        expect(s.titlePage.length, 'title fields read').toBeGreaterThan(0);
      }
    });
  }

  it('villains.revised.pdf keeps its Blue header and all 605 asterisks, never in the text', async () => {
    const s = await read('villains.revised.pdf');
    const headers = s.pages!.filter((p) => p.revisionHeader);
    expect(headers.length, 'pages printing the Blue header').toBe(87);
    expect(new Set(headers.map((p) => p.revisionHeader)), 'header text whole').toEqual(
      new Set(['Blue (mm/dd/yyyy)']),
    );
    const marks = s.pages!.reduce((n, p) => n + p.lines.filter((l) => l.marked).length, 0);
    expect(marks, 'asterisked lines').toBe(605);
    expect(s.text.includes('*'), 'no asterisk in the text').toBe(false);
  });

  it('community-303.finaldraft.pdf: running title is no revision header; TITLES: line and long numbered heading', async () => {
    const s = await read('community-303.finaldraft.pdf');
    expect(
      s.pages!.filter((p) => p.revisionHeader).map((p) => p.revisionHeader),
      'no revision header',
    ).toEqual([]);
    const headings = s.elements.filter((e) => e.type === 'scene_heading');
    expect(
      headings.find((e) => e.text.startsWith('INT. STUDY ROOM'))?.sceneNumber,
      'the heading under "TITLES: ONE WEEK LATER..." is its own scene',
    ).toBe('35');
    const last = headings.find((e) => e.text.includes('NORMAL TIMELINE'));
    expect([last?.text, last?.sceneNumber], 'right-margin number off a long heading').toEqual([
      'INT. TROY AND ABED’S APARTMENT - NIGHT (NORMAL TIMELINE)',
      '36',
    ]);
    expect(s.titlePage.find((f) => f.key === 'Author')?.value, 'author from the title page').toBe(
      'Chris McKenna',
    );
  });

  it('lost-souls.ms-print-to-pdf.pdf: page numbers drawn twice are one label, not a header', async () => {
    const s = await read('lost-souls.ms-print-to-pdf.pdf');
    expect(s.pages!.filter((p) => p.revisionHeader).length, 'no revision headers').toBe(0);
  });

  it('threshold-people.textplay.pdf: overprinted headings read once', async () => {
    const s = await read('threshold-people.textplay.pdf');
    const first = s.elements.find((e) => e.type === 'scene_heading');
    expect(first?.text, 'heading drawn twice 0.24 pt apart').toBe('EXT - HURON FOREST - DAWN (SOUNDSTAGE)');
  });

  it('airplane.fadein.pdf: lower-case (cont’d) cues and the title block on page 1 kept out of the script', async () => {
    const s = await read('airplane.fadein.pdf');
    const cues = s.elements.filter((e) => e.type === 'character');
    expect(
      cues.filter((c) => c.extensions?.includes("cont'd")).length,
      'Fade In "(cont\'d)" cues (the others continue a speech across a page and are joined to it)',
    ).toBeGreaterThanOrEqual(80);
    expect(
      s.elements
        .filter((e) => e.type === 'action' && /^[^a-z\n]+\(cont'd\)\n/.test(e.text))
        .map((e) => e.text),
      'no "NAME (cont\'d)" speech read as action',
    ).toEqual([]);
    expect(
      cues.some((c) => c.name === "KENTUCKY FRIED THEATRE'S"),
      'title block line is no cue',
    ).toBe(false);
    expect(s.elements[0].text, 'the script starts at FADE IN:').toBe('FADE IN:');
  });

  it('dirk-gently-101.pdf and cite-de-la-peur: dialogue-heavy scripts keep their cues', async () => {
    for (const [file, least] of [
      ['dirk-gently-101.pdf', 470],
      ['cite-de-la-peur.fr.screenplain.pdf', 850],
    ] as const) {
      const s = await read(file);
      expect(s.elements.filter((e) => e.type === 'character').length, `${file} cues`).toBeGreaterThanOrEqual(
        least,
      );
    }
  });

  it('afterwriting-cyrillic.pdf reads as a script: ИНТ. headings, a cue over its speech', async () => {
    const s = await parsePdf(readCorpusBytes('pdf/afterwriting-cyrillic.pdf'));
    expect(
      s.elements.filter((e) => e.type === 'scene_heading').map((e) => e.text),
      'Russian headings',
    ).toEqual(['ИНТ. КВАРТИРА МАШИ – СТОЛОВАЯ – ДЕНЬ', 'ИНТ. КВАРТИРА МАШИ – КУХНЯ – ДЕНЬ']);
    expect(
      s.elements.filter((e) => e.type !== 'action').map((e) => e.type),
      'cue, speech and parenthetical by position',
    ).toEqual(['scene_heading', 'character', 'dialogue', 'parenthetical', 'dialogue', 'scene_heading']);
  });
});

describeCorpus('parsePdf on screenplain’s own test PDFs', () => {
  const read = (name: string): Promise<Script> =>
    parsePdf(readCorpusBytes(`peer-tests/screenplain/${name}.pdf`));

  it('scene-numbers.pdf: every heading, with numbers such as 2-B kept out of the text', async () => {
    const s = await read('scene-numbers');
    expect(
      s.elements.filter((e) => e.type === 'scene_heading').map((e) => [e.text, e.sceneNumber]),
      'headings and numbers',
    ).toEqual([
      ['INT. THE FIRST PLACE - DAY', '1'],
      ['INT. THE SECOND PLACE - NIGHT', '2'],
      ['INT. A THIRD PLACE - DAY', undefined],
      ['INT. A FOURTH PLACE - DAY', undefined],
      ['INT. A FIFTH PLACE - DAY', '2-B'],
    ]);
  });

  it('title-page.pdf: title, author (no credit line) and contact', async () => {
    const s = await read('title-page');
    expect(s.titlePage, 'title fields').toEqual([
      { key: 'Title', value: 'My Screenplay' },
      { key: 'Author', value: 'Your Name' },
      { key: 'Contact', value: 'your.email@example.com\n(555) 123-4567' },
    ]);
    expect(
      s.pages!.map((p) => p.label),
      'labels',
    ).toEqual(['title', '1']);
  });
});
