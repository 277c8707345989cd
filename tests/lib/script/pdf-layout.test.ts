// Layout reading on PDFs written by tests/fixtures/make-pdf.ts, one per cause the real production PDFs showed: a
// script that is nearly all dialogue, Fade In's lower-case "(cont'd)", overprinted bold, headings under a TITLES:
// line, wrapped and long numbered headings, headings in other languages, cues with no blank line above them, and a
// title block printed on page 1.
import { describe, expect, it } from 'vitest';
import { isLikelyScript } from '../../../lib/script/blocks';
import { parsePdf, readScript } from '../../../lib/script/pdf';
import type { Script } from '../../../lib/script/model';
import type { PdfPageText } from '../../../lib/script/pdf-lines';
import { makePdf, pageLabel, scriptText, type PdfText } from '../../fixtures/make-pdf';

const read = (...pages: PdfText[][]): Promise<Script> => parsePdf(makePdf(pages.map((texts) => ({ texts }))));
const summary = (s: Script): string[] => s.elements.map((e) => `${e.type}:${e.text}`);

/** A scene number in the left margin (five characters left of the text) and the right one (past 7.3"). */
const leftNumber = (row: number, n: string): PdfText => ({ ...scriptText(row, -5, n) });
const rightNumber = (row: number, n: string): PdfText => ({ ...scriptText(row, 62, n) });

describe('parsePdf layout', () => {
  it('a script that is nearly all dialogue keeps its cues and speeches at their own indents', async () => {
    const texts: PdfText[] = [scriptText(0, 0, 'INT. KITCHEN - DAY')];
    let row = 2;
    for (let i = 0; i < 12; i++) {
      texts.push(scriptText(row, 20, i % 2 ? 'SANDY' : 'BEN'));
      texts.push(scriptText(row + 1, 10, `Line ${i} of a long argument that`));
      texts.push(scriptText(row + 2, 10, 'goes on.'));
      row += 4;
    }
    const s = await read(texts);
    expect(
      s.elements.filter((e) => e.type === 'character').length,
      'every cue read although dialogue outnumbers action 24 to 1',
    ).toBe(12);
    const lines = s.pages![0].lines.filter((l) => l.kind !== 'blank');
    expect(
      [lines[1].kind, lines[1].indent, lines[2].kind, lines[2].indent],
      'cue and speech at their printed indents',
    ).toEqual(['character', 20, 'dialogue', 10]);
  });

  it("reads Fade In's lower-case (cont'd) cues and typed-case extensions", async () => {
    const s = await read([
      scriptText(0, 0, 'INT. TOWER - NIGHT'),
      scriptText(2, 20, 'KRAMER'),
      scriptText(3, 10, 'Steady.'),
      scriptText(5, 0, 'He looks out.'),
      scriptText(7, 20, "KRAMER (cont'd)"),
      scriptText(8, 10, 'Steady now.'),
      scriptText(10, 20, 'PROJECTIONNISTE 1 (Mr Jacques)'),
      scriptText(11, 10, 'Hmm ?'),
    ]);
    const cues = s.elements.filter((e) => e.type === 'character');
    expect(
      cues.map((c) => [c.name, c.extensions]),
      'cues with their extensions as printed',
    ).toEqual([
      ['KRAMER', []],
      ['KRAMER', ["cont'd"]],
      ['PROJECTIONNISTE 1', ['Mr Jacques']],
    ]);
  });

  it('reads text drawn twice a fraction of a point apart (faked bold) once', async () => {
    const heading = scriptText(0, 0, 'EXT - HURON FOREST - DAWN');
    const s = await read([
      heading,
      { ...heading, x: heading.x + 0.24 },
      scriptText(2, 0, 'Soft light.'),
      pageLabel('2')[0],
      { ...pageLabel('2')[0], x: pageLabel('2')[0].x + 0.5 },
    ]);
    expect(summary(s), 'one heading, one action').toEqual([
      'scene_heading:EXT - HURON FOREST - DAWN',
      'action:Soft light.',
    ]);
    expect([s.pages![0].label, s.pages![0].revisionHeader], 'page number drawn twice is one label').toEqual([
      '2',
      undefined,
    ]);
  });

  it('a TITLES: line right above a heading does not swallow it; a transition right above one neither', async () => {
    const s = await read([
      scriptText(0, 0, 'TITLES: ONE WEEK LATER...'),
      leftNumber(1, '35'),
      scriptText(1, 0, 'INT. STUDY ROOM - NIGHT'),
      rightNumber(1, '35'),
      scriptText(3, 0, 'Darker.'),
      scriptText(5, 44, 'CUT TO:'),
      scriptText(6, 0, 'INT. HALL - LATER'),
    ]);
    expect(summary(s), 'elements').toEqual([
      'action:TITLES: ONE WEEK LATER...',
      'scene_heading:INT. STUDY ROOM - NIGHT',
      'action:Darker.',
      'transition:CUT TO:',
      'scene_heading:INT. HALL - LATER',
    ]);
    expect(s.elements[1].sceneNumber, 'scene number').toBe('35');
  });

  it('a wrapped numbered heading keeps its number out of its text; a long one loses its glued right number', async () => {
    const long = "INT. TROY AND ABED'S APARTMENT - NIGHT (NORMAL TIMELINE)";
    const s = await read([
      leftNumber(0, '12'),
      scriptText(0, 0, 'EXT. THE VERY LONG ROAD OUT OF TOWN PAST THE OLD QUARRY -'),
      rightNumber(0, '12'),
      scriptText(1, 0, 'NIGHT'),
      scriptText(3, 0, 'Dust.'),
      leftNumber(5, '36'),
      // Set so close to the right number that the gap is too narrow to split them.
      scriptText(5, 0, `${long}  36`),
      scriptText(7, 0, 'Brighter.'),
    ]);
    const headings = s.elements.filter((e) => e.type === 'scene_heading');
    expect(
      headings.map((h) => [h.text, h.sceneNumber]),
      'heading text and number',
    ).toEqual([
      ['EXT. THE VERY LONG ROAD OUT OF TOWN PAST THE OLD QUARRY - NIGHT', '12'],
      [long, '36'],
    ]);
  });

  it('reads headings in other languages’ conventions', async () => {
    const s = await read([
      scriptText(0, 0, 'INNEN/AUSSEN - AUTO - NACHT'),
      scriptText(2, 0, 'Regen.'),
      scriptText(4, 0, 'INT./EXT. VOITURE - NUIT'),
      scriptText(6, 20, 'JEAN-PIERRE (suite)'),
      scriptText(7, 10, 'Il pleut.'),
      scriptText(9, 0, 'EXT/INT. SWAMP SHACK - DAY'),
    ]);
    expect(
      s.elements.filter((e) => e.type === 'scene_heading').map((e) => e.text),
      'headings',
    ).toEqual(['INNEN/AUSSEN - AUTO - NACHT', 'INT./EXT. VOITURE - NUIT', 'EXT/INT. SWAMP SHACK - DAY']);
    expect(s.elements.find((e) => e.type === 'character')?.name, 'French cue').toBe('JEAN-PIERRE');
  });

  it('a cue printed right under an action or speech line still starts a speech', async () => {
    const s = await read([
      scriptText(0, 0, 'INT. ROOM - NIGHT'),
      scriptText(2, 20, 'TROY'),
      scriptText(3, 10, 'That guy sucks.'),
      scriptText(4, 20, 'PIERCE'),
      scriptText(5, 14, '(chuckles)'),
      scriptText(6, 10, 'Airplane bathroom.'),
      scriptText(7, 0, 'He shakes his head at them.'),
      scriptText(8, 20, 'JEFF'),
      scriptText(9, 10, 'You guys.'),
    ]);
    expect(summary(s), 'elements').toEqual([
      'scene_heading:INT. ROOM - NIGHT',
      'character:TROY',
      'dialogue:That guy sucks.',
      'character:PIERCE',
      'parenthetical:(chuckles)',
      'dialogue:Airplane bathroom.',
      'action:He shakes his head at them.',
      'character:JEFF',
      'dialogue:You guys.',
    ]);
  });

  it('a title block printed on page 1 above FADE IN: is title, and the page is labelled 1', async () => {
    const s = await read(
      [
        scriptText(0, 25, 'THE SIGNALMAN'),
        scriptText(2, 26, 'Written by'),
        scriptText(4, 26, 'Ada Quill'),
        scriptText(7, 0, 'FADE IN:'),
        scriptText(9, 0, 'EXT. LINE - NIGHT'),
        scriptText(11, 0, 'A lamp swings.'),
      ],
      [...pageLabel('2'), scriptText(0, 0, 'The train comes.')],
    );
    expect(
      s.titlePage.map((f) => `${f.key}: ${f.value}`),
      'title fields',
    ).toEqual(['Title: THE SIGNALMAN', 'Credit: Written by', 'Author: Ada Quill']);
    expect(summary(s)[0], 'the script starts at FADE IN:').toBe('transition:FADE IN:');
    expect(
      s.pages!.map((p) => p.label),
      'labels',
    ).toEqual(['1', '2']);
  });
});

describe('readScript on text without letter case', () => {
  /** Runs placed like tests/fixtures/make-pdf's scriptText, with a CJK glyph one em (12 pt) wide. */
  const run = (row: number, col: number, text: string): PdfPageText['runs'][number] => ({
    text,
    x: 108 + col * 7.2,
    y: 792 - 84 - row * 12,
    width: [...text].length * (/[\u3000-\u9fff\uff00-\uffef]/u.test(text) ? 12 : 7.2),
    size: 12,
  });

  it('reads a Japanese cue, its full-width parenthetical and its speech by position', () => {
    const s = readScript([
      {
        width: 612,
        height: 792,
        runs: [
          run(0, 0, 'INT。 病院-日'),
          run(2, 0, 'ジョン（20）が入院。'),
          run(4, 20, 'ジョン'),
          run(5, 15, '（失われた）'),
          run(6, 10, 'この場所は何ですか？'),
          run(8, 0, 'そして、何も起こりません。'),
        ],
      },
    ]);
    expect(summary(s), 'elements').toEqual([
      'scene_heading:INT。 病院-日',
      'action:ジョン（20）が入院。',
      'character:ジョン',
      'parenthetical:（失われた）',
      'dialogue:この場所は何ですか？',
      'action:そして、何も起こりません。',
    ]);
  });

  it('is a script by its cue and speech indents and its headings, and a page of prose is not', () => {
    const scene = (top: number, n: number): PdfPageText['runs'] => [
      run(top, 0, `INT。 病院${n}-日`),
      run(top + 2, 0, 'ジョンが入院。'),
      ...[0, 1, 2].flatMap((k) => [
        run(top + 4 + k * 3, 20, k % 2 ? 'マリ' : 'ジョン'),
        run(top + 5 + k * 3, 10, 'この場所は何ですか？'),
      ]),
    ];
    const script = readScript([{ width: 612, height: 792, runs: [...scene(0, 1), ...scene(14, 2)] }]);
    expect(isLikelyScript(script), 'two scenes of speeches in Japanese').toBe(true);
    // The same words set as paragraphs at one margin: nothing in them is a script's.
    const prose = readScript([
      {
        width: 612,
        height: 792,
        runs: Array.from({ length: 12 }, (_, k) => run(k * 2, 0, 'ジョンが入院。この場所は何ですか？')),
      },
    ]);
    expect(isLikelyScript(prose), 'Japanese prose').toBe(false);
  });
});

describe('parsePdf furniture a production adds', () => {
  it('leaves out a watermark drawn across the page and a footer repeated on every page', async () => {
    const pages = [0, 1, 2].map((i) => ({
      texts: [
        ...(i > 0 ? pageLabel(String(i + 1)) : []),
        scriptText(0, 0, `INT. ARCHIVE ${i} - NIGHT`),
        scriptText(2, 0, 'Boxes to the ceiling.'),
        scriptText(4, 20, 'ODILE'),
        scriptText(5, 10, 'Nobody reads these.'),
        { x: 180, y: 30, text: `CONFIDENTIAL - COPY ${i + 7} - NOT FOR DISTRIBUTION` },
      ],
      // A recipient's name set diagonally over the text, as watermarking services print it.
      graphics: 'BT /F1 40 Tf 0.7071 0.7071 -0.7071 0.7071 150 200 Tm (ADA QUILL - ADA QUILL) Tj ET',
    }));
    const s = await parsePdf(makePdf(pages));
    expect(s.text.includes('ADA'), 'no watermark words in the text').toBe(false);
    expect(s.text.includes('CONFIDENTIAL'), 'no footer in the text').toBe(false);
    expect(
      s.elements.map((e) => e.type),
      'each page reads heading, action, cue, speech',
    ).toEqual([0, 1, 2].flatMap(() => ['scene_heading', 'action', 'character', 'dialogue']));
  });

  it('joins a French speech cut by the page: (SUITE) at the foot, NAME (SUITE) at the top', async () => {
    const s = await read(
      [
        scriptText(0, 0, 'INT. CUISINE - JOUR'),
        scriptText(2, 20, 'SANDY'),
        scriptText(3, 10, 'Il ne peut plus rien'),
        scriptText(4, 20, '(SUITE)'),
      ],
      [...pageLabel('2'), scriptText(0, 20, 'SANDY (SUITE)'), scriptText(1, 10, "nous arriver d'affreux !")],
    );
    expect(summary(s), 'one speech').toEqual([
      'scene_heading:INT. CUISINE - JOUR',
      'character:SANDY',
      "dialogue:Il ne peut plus rien nous arriver d'affreux !",
    ]);
  });
});

describe('scene headings by their words and case', () => {
  it('a heading with a lower-case name is a heading; an action line opening with "INTERIOR" is not', async () => {
    const s = await read([
      scriptText(0, 0, "INT. McDONALD'S - DAY"),
      scriptText(2, 0, 'INTERIOR lights flicker on, one row at a time.'),
      scriptText(4, 0, 'EXT. PARKING LOT - CONTINUOUS'),
    ]);
    expect(summary(s), 'elements').toEqual([
      "scene_heading:INT. McDONALD'S - DAY",
      'action:INTERIOR lights flicker on, one row at a time.',
      'scene_heading:EXT. PARKING LOT - CONTINUOUS',
    ]);
  });
});

describe('title pages against short first pages', () => {
  it('a short first page of script (TEASER, FADE IN:, a little action) is script, not a title page', async () => {
    const s = await read(
      [
        scriptText(0, 26, 'TEASER'),
        scriptText(2, 0, 'FADE IN:'),
        scriptText(4, 0, 'Darkness. A bell rings somewhere below.'),
      ],
      [...pageLabel('2'), scriptText(0, 0, 'INT. BELFRY - NIGHT')],
    );
    expect(s.titlePage, 'no title fields').toEqual([]);
    expect(
      s.pages!.map((p) => p.label),
      'labels',
    ).toEqual(['1', '2']);
    expect(summary(s).slice(0, 3), 'the first page is read').toEqual([
      'centered:TEASER',
      'transition:FADE IN:',
      'action:Darkness. A bell rings somewhere below.',
    ]);
  });
});

describe('front matter before page 1', () => {
  it('a cast list the page numbers put before page 1 is neither script nor title', async () => {
    const cast = ['ODILE', 'NELL', 'THE SIGNALMAN', 'A PORTER', 'TWO GUARDS'].map((n, i) =>
      scriptText(2 + i, 0, n),
    );
    const s = await read(
      [
        scriptText(20, 25, 'THE SIGNALMAN'),
        scriptText(23, 26, 'Written by'),
        scriptText(25, 26, 'Ada Quill'),
      ],
      [scriptText(0, 0, 'CAST'), ...cast],
      [scriptText(0, 0, 'EXT. LINE - NIGHT'), scriptText(2, 0, 'A lamp swings.')],
      [...pageLabel('2'), scriptText(0, 0, 'The train comes.')],
    );
    expect(
      s.pages!.map((p) => p.label),
      'labels',
    ).toEqual(['title', 'title 2', '1', '2']);
    expect(
      s.pages!.map((p) => !!p.front),
      'front pages are marked, so no page number is printed on them',
    ).toEqual([true, true, false, false]);
    expect(summary(s), 'the script starts on page 1').toEqual([
      'scene_heading:EXT. LINE - NIGHT',
      'action:A lamp swings.',
      'action:The train comes.',
    ]);
    expect(s.titlePage.find((f) => f.key === 'Title')?.value, 'title').toBe('THE SIGNALMAN');
  });
});
