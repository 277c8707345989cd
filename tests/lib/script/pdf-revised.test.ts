// Revised production drafts as PDFs print them, written by tests/fixtures/make-pdf.ts, one per layout a PA receives:
// the page number at the foot under a header ending in a date, A-pages, a running title beside the revision header,
// and a running title alone. Labels must come out exactly as printed, the revision header whole, asterisks kept.
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../../lib/script/pdf';
import type { Script } from '../../../lib/script/model';
import { makePdf, marginAsterisk, scriptText, type PdfText } from '../../fixtures/make-pdf';

const PAGE_TOP = 792 - 42; // the page-number line, 0.58" from the top
const PAGE_FOOT = 36; // 0.5" from the bottom

/** Text set flush right at the page-number line's right edge (7.5" from the paper's left edge). */
function right(text: string, y: number): PdfText {
  return { x: 540 - text.length * 7.2, y, text };
}

/** One page of a scene: a heading on the first page of a scene, then action with a marked line, then a speech. */
function body(n: number, { heading = false, marked = true } = {}): PdfText[] {
  const out: PdfText[] = [];
  let row = 0;
  if (heading) {
    out.push(scriptText(row, 0, `INT. SIGNAL BOX ${n} - NIGHT`));
    row += 2;
  }
  out.push(scriptText(row, 0, `The levers stand in a row. Page ${n} of the night.`));
  out.push(scriptText(row + 1, 0, 'NELL pulls the third one home.'));
  if (marked) out.push(marginAsterisk(row + 1));
  out.push(scriptText(row + 3, 20, 'NELL'));
  out.push(scriptText(row + 4, 10, `That is lever ${n}.`));
  return out;
}

async function read(pages: PdfText[][]): Promise<Script> {
  return parsePdf(makePdf(pages.map((texts) => ({ texts }))));
}

const markedLines = (s: Script): string[][] =>
  s.pages!.map((p) => p.lines.filter((l) => l.marked).map((l) => l.text));

describe('parsePdf on revised production drafts', () => {
  it('number at the foot under a header ending in a date: labels as printed, header whole', async () => {
    const header = 'THE SIGNALMAN - AMENDED 14/03/26';
    const labels = ['14', '14A', '14B', '15'];
    const s = await read(
      labels.map((label, i) => [
        { x: 108, y: PAGE_TOP, text: header },
        ...body(i, { heading: i === 0 }),
        right(`${label}.`, PAGE_FOOT),
      ]),
    );
    expect(
      s.pages!.map((p) => p.label),
      'page labels from the foot, A-pages kept',
    ).toEqual(labels);
    expect(
      s.pages!.map((p) => p.revisionHeader),
      'the header is kept whole, its date included',
    ).toEqual(labels.map(() => header));
    expect(s.text.includes('14A'), 'page numbers are not script text').toBe(false);
    expect(markedLines(s), 'one marked line a page').toEqual(
      labels.map(() => ['NELL pulls the third one home.']),
    );
  });

  it('A-pages numbered at the top with a colour header: every label exactly as printed', async () => {
    const labels = ['9', '10', '10A', '10B', '11', '12-13'];
    const s = await read(
      labels.map((label, i) => [
        right(`PINK REVISION - 11/27/26     ${label}.`, PAGE_TOP),
        ...body(i, { heading: i % 2 === 0, marked: i !== 4 }),
      ]),
    );
    expect(
      s.pages!.map((p) => p.label),
      'labels',
    ).toEqual(labels);
    expect(new Set(s.pages!.map((p) => p.revisionHeader)), 'revision header').toEqual(
      new Set(['PINK REVISION - 11/27/26']),
    );
    expect(
      markedLines(s).map((m) => m.length),
      'marks kept on the pages that print them',
    ).toEqual([1, 1, 1, 1, 0, 1]);
    expect(s.elements.filter((e) => e.type === 'character').length, 'a cue on every page').toBe(
      labels.length,
    );
  });

  it('a running title beside the revision header: only the revision part is the revision header', async () => {
    const s = await read(
      ['21', '21A'].map((label, i) => [
        { x: 108, y: PAGE_TOP, text: '"Signal" - #104' },
        right(`Blue Rev. 10/03/26     ${label}.`, PAGE_TOP),
        ...body(i, { heading: i === 0 }),
      ]),
    );
    expect(
      s.pages!.map((p) => [p.label, p.revisionHeader]),
      'label and revision header, without the running title',
    ).toEqual([
      ['21', 'Blue Rev. 10/03/26'],
      ['21A', 'Blue Rev. 10/03/26'],
    ]);
  });

  it('a running title on its own line above the revision header and page number', async () => {
    const s = await read(
      ['30', '31'].map((label, i) => [
        { x: 108, y: PAGE_TOP + 14, text: 'THE SIGNALMAN' },
        right(`GREEN REVISION 12/01/26   ${label}.`, PAGE_TOP),
        ...body(i, { heading: i === 0 }),
      ]),
    );
    expect(
      s.pages!.map((p) => [p.label, p.revisionHeader]),
      'label and revision header',
    ).toEqual([
      ['30', 'GREEN REVISION 12/01/26'],
      ['31', 'GREEN REVISION 12/01/26'],
    ]);
  });

  it('a running title alone is not a revision header', async () => {
    const s = await read(
      ['2', '3'].map((label, i) => [
        { x: 108, y: PAGE_TOP, text: '"Signal" - #104 - "Points"' },
        right(`${label}.`, PAGE_TOP),
        ...body(i, { heading: i === 0, marked: false }),
      ]),
    );
    expect(
      s.pages!.map((p) => [p.label, p.revisionHeader]),
      'labels, and no revision header',
    ).toEqual([
      ['2', undefined],
      ['3', undefined],
    ]);
  });

  it('a header ending in a written date keeps its year out of the label', async () => {
    const s = await read(
      ['7', '8'].map((label, i) => [
        { x: 108, y: PAGE_TOP, text: 'PRODUCTION DRAFT March 3, 2026' },
        ...body(i, { heading: i === 0 }),
        right(`${label}.`, PAGE_FOOT),
      ]),
    );
    expect(
      s.pages!.map((p) => [p.label, p.revisionHeader]),
      'foot labels and the header with its year',
    ).toEqual([
      ['7', 'PRODUCTION DRAFT March 3, 2026'],
      ['8', 'PRODUCTION DRAFT March 3, 2026'],
    ]);
  });

  it('page numbers as word processors print them: "Page 3 of 4" at the foot, "- 5 -" at the top', async () => {
    const foot = await read(
      ['1', '2', '3', '4'].map((n, i) => [
        ...body(i, { heading: i === 0, marked: false }),
        { x: 270, y: PAGE_FOOT, text: `Page ${n} of 4` },
      ]),
    );
    expect(
      foot.pages!.map((p) => p.label),
      '"Page N of M" at the foot',
    ).toEqual(['1', '2', '3', '4']);
    expect(foot.text.includes('of 4'), 'page numbers are not script text').toBe(false);
    const top = await read(
      ['5', '6'].map((n, i) => [
        { x: 290, y: PAGE_TOP, text: `- ${n} -` },
        { x: 108, y: PAGE_TOP, text: '"Signal" Episode 2 of 6' },
        ...body(i, { heading: i === 0, marked: false }),
      ]),
    );
    expect(
      top.pages!.map((p) => [p.label, p.revisionHeader]),
      '"- N -" at the top; an episode count in the running title is no page number',
    ).toEqual([
      ['5', undefined],
      ['6', undefined],
    ]);
  });
});
