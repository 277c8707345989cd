import { describe, expect, it } from 'vitest';
import { DEMO_SCRIPT } from '../../../lib/demo';
import { printDocument } from '../../../lib/print/sheets';
import { revisionPrint, type PrintableRevision } from '../../../lib/print/revised';
import { parseFountain } from '../../../lib/script/fountain';
import { paginate } from '../../../lib/script/paginate-locked';

const SETTINGS = { paper: 'letter' as const, sceneContinueds: false, insertScheme: 'letters' as const };

function drafts(): PrintableRevision[] {
  return DEMO_SCRIPT.revisions.map((r, i) => ({
    id: `r${i}`,
    seq: i + 1,
    color: r.color,
    date: r.date,
    locked: false,
    script: parseFountain(r.fountain),
    pages: [],
  }));
}

/** An original two-page scene written for this test; `extra` adds lines to page 1 in the later draft. */
function longDraft(extra: string): string {
  const speech = (n: number) => `MARA\nLine ${n} of the night shift, said slowly.\n\n`;
  let body = 'INT. PRINT ROOM - NIGHT\n\nThe copier warms up.\n\n';
  for (let i = 1; i <= 30; i++) body += speech(i) + (i === 5 ? extra : '');
  return body;
}

describe('a revision as it prints', () => {
  it('marks the changed lines of the demo Blue draft, with its header, and nothing on the White draft', () => {
    const revs = drafts();
    const white = revisionPrint(revs[0], revs, SETTINGS);
    expect(white.revisedLabels, 'a first draft has no revised pages').toEqual([]);
    expect(white.header, 'and no revision header').toBeUndefined();
    const blue = revisionPrint(revs[1], revs, SETTINGS);
    expect(blue.header, 'the Blue header with the revision date').toBe('BLUE REVISION - 11/27/26');
    expect(blue.revisedLabels, 'both demo pages changed').toEqual(['1', '2']);
    const doc = printDocument({
      scriptTitle: DEMO_SCRIPT.title,
      revision: revs[1],
      print: blue,
      labels: blue.revisedLabels,
      paper: 'letter',
      cover: { copies: 36, recipients: [{ name: 'Writers', copies: 36 }], collated: true },
    });
    const marked = doc.pages.flatMap((p) => p.lines.filter((l) => l.marked).map((l) => l.text));
    expect(marked, 'a line the Blue draft added is marked').toContain("Ten's fine. Ten's a loan.");
    expect(marked, 'an unchanged line is not').not.toContain('FADE IN:');
    expect(
      doc.pages.map((p) => p.number),
      'labels at the top right with a period',
    ).toEqual(['1.', '2.']);
    expect(doc.cover?.revision, 'cover names the revision').toBe('Blue revision - 11/27/26');
    expect(doc.cover?.pages, 'cover lists the pages').toBe('1, 2');
  });

  it('keeps locked page numbers: text that grows past a locked page flows onto an A-page', () => {
    const whiteScript = parseFountain(longDraft(''));
    const white: PrintableRevision = {
      id: 'w',
      seq: 1,
      color: 'White',
      date: '2026-11-02',
      locked: true,
      script: whiteScript,
      pages: paginate(whiteScript, { paper: 'letter' }),
    };
    expect(
      white.pages.map((p) => p.label),
      'the locked draft has pages 1 to 3',
    ).toEqual(['1', '2', '3']);
    const added = Array.from(
      { length: 12 },
      (_, i) => `DEV\nA new line ${i + 1} pitched in the room tonight.\n\n`,
    ).join('');
    const blue: PrintableRevision = {
      id: 'b',
      seq: 2,
      color: 'Blue',
      date: '2026-11-27',
      locked: false,
      script: parseFountain(longDraft(added)),
      pages: [],
    };
    const print = revisionPrint(blue, [white, blue], SETTINGS);
    expect(
      print.pages.map((p) => p.label),
      'page 1 overflows onto 1A; page 2 keeps its number',
    ).toContain('1A');
    expect(print.revisedLabels, 'the overflow page is revised').toContain('1A');
    expect(print.revisedLabels, 'the unchanged page 2 is not reprinted').not.toContain('2');
    const doc = printDocument({
      scriptTitle: 'T',
      revision: blue,
      print,
      labels: ['2', '1A', '9'],
      paper: 'letter',
    });
    expect(
      doc.pages.map((p) => p.label),
      'printed in page order',
    ).toEqual(['1A', '2']);
    expect(doc.missing, 'a label the revision lacks is reported').toEqual(['9']);
  });
});

describe('a PDF source', () => {
  it('prints the PDF’s own lines at their positions, with our header replacing its own and its asterisks kept', async () => {
    const { buildScript } = await import('../../../lib/script/model');
    const line = (text: string, indent: number, marked = false) => ({
      text,
      kind: 'action' as const,
      indent,
      marked,
    });
    const page = (label: string, texts: string[], header?: string) => ({
      index: Number(label) - 1,
      label,
      lines: [line('', 0), ...texts.map((t, i) => line(t, i % 2 ? 25 : 0, t.endsWith('!')))],
      start: 0,
      end: 0,
      revisionHeader: header,
    });
    const older = buildScript('pdf', [{ type: 'action', text: 'The lamp is off.' }], [], {
      pages: [page('1', ['The lamp is off.'])],
    });
    const newer = buildScript('pdf', [{ type: 'action', text: 'The lamp is on!' }], [], {
      pages: [page('1', ['The lamp is on!'], 'WHITE DRAFT - 01/01/26')],
    });
    newer.elements[0].sourcePage = 0;
    const revs: PrintableRevision[] = [
      { id: 'a', seq: 1, color: 'White', date: '2026-01-01', locked: false, script: older, pages: [] },
      { id: 'b', seq: 2, color: 'Pink', date: '2026-02-03', locked: false, script: newer, pages: [] },
    ];
    const print = revisionPrint(revs[1], revs, SETTINGS);
    expect(print.pages, 'the PDF’s own pages, not a new layout').toBe(newer.pages);
    const doc = printDocument({ scriptTitle: 'T', revision: revs[1], print, labels: ['1'], paper: 'letter' });
    const [p] = doc.pages;
    expect(p.header, 'our header replaces the old one').toBe('PINK REVISION - 02/03/26');
    expect(
      p.lines.map((l) => [l.row, l.text, l.marked]),
      'the line keeps its row; the source asterisk stays',
    ).toEqual([[1, 'The lamp is on!', true]]);
  });
});
