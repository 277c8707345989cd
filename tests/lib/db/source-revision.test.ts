// A draft stored with no earlier one to compare with takes the revision its source says it is (an FDX revision set, a
// PDF's revision header) as colour and label, and its own marks as its revised pages: in the Revisions view's reprint
// list and the print queue's revised pages.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, getRevisions, openDatabase, type SourceInfo } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { getRevisedPages } from '../../../lib/db/revised-pages';
import { printDocument } from '../../../lib/print/sheets';
import { revisionPrint } from '../../../lib/print/revised';
import { queueRevisedPages } from '../../../lib/db/print-queue';
import { WGA_COLOR_SEQUENCE } from '../../../lib/revision';
import { colorNamedIn, colorNearest, suggestedRevision } from '../../../lib/revision/source-marks';
import { parseFdx } from '../../../lib/script/fdx';
import { buildScript, type Page, type Script } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { parsePdf } from '../../../lib/script/pdf';
import { describeCorpus, readCorpus, readCorpusBytes } from '../../corpus';

const file = (fileName: string, format: SourceInfo['format']): SourceInfo => ({
  kind: 'file',
  fileName,
  format,
});

/** An FDX whose active revision set is `setName` and whose second action is marked revised. */
function markedFdx(setName: string, pageColor = '', changed = 'The kettle boils over.'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Version="5">
  <Content>
    <Paragraph Type="Scene Heading"><Text>INT. KITCHEN - NIGHT</Text></Paragraph>
    <Paragraph Type="Action"><Text>Mara fills the kettle.</Text></Paragraph>
    <Paragraph Type="Action"><Text RevisionID="1">${changed}</Text></Paragraph>
  </Content>
  <Revisions ActiveSet="1" RevisionMode="Yes">
    <Revision Color="#000000000000" ID="1" Mark="*" Name="${setName}" ${pageColor ? `PageColor="${pageColor}"` : ''}/>
  </Revisions>
</FinalDraft>`;
}

/** A read PDF: one page with its own revision header and one asterisked line. */
function markedPdf(header: string): Script {
  const page: Page = {
    index: 0,
    label: '1',
    lines: [
      { text: 'INT. KITCHEN - NIGHT', kind: 'scene_heading', indent: 0, element: 0, start: 0, end: 20 },
      { text: '', kind: 'blank', indent: 0 },
      {
        text: 'The kettle boils over.',
        kind: 'action',
        indent: 0,
        element: 1,
        start: 22,
        end: 44,
        marked: true,
      },
    ],
    start: 0,
    end: 44,
    revisionHeader: header,
  };
  return buildScript(
    'pdf',
    [
      { type: 'scene_heading', text: 'INT. KITCHEN - NIGHT', sourcePage: 0 },
      { type: 'action', text: 'The kettle boils over.', sourcePage: 0 },
    ],
    [],
    { pages: [page] },
  );
}

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
});

describe('the revision a source says it is', () => {
  it('finds the colour a revision set or header names, longest name first, "2nd" as "Second"', () => {
    expect(colorNamedIn('Blue Rev. (mm/dd/yyyy)', WGA_COLOR_SEQUENCE), 'Final Draft set name').toBe('Blue');
    expect(colorNamedIn('2nd Pink Rev.', WGA_COLOR_SEQUENCE), 'ordinal').toBe('Second Pink');
    expect(colorNamedIn('BLUE REVISION - 11/27/26', WGA_COLOR_SEQUENCE), 'a printed header').toBe('Blue');
    expect(colorNamedIn('Final', WGA_COLOR_SEQUENCE), 'a name with no colour').toBeUndefined();
    expect(colorNamedIn('Pinkerton draft', WGA_COLOR_SEQUENCE), 'whole words only').toBeUndefined();
    expect(colorNearest('#c6edfe', WGA_COLOR_SEQUENCE), "Final Draft's blue page colour").toBe('Blue');
    expect(colorNearest('#000000', WGA_COLOR_SEQUENCE), 'black is no paper colour').toBeUndefined();
  });

  it('reads a running title without marks as no revision', () => {
    const s = markedPdf('"Community" - #303');
    s.pages![0].lines[2].marked = false;
    expect(suggestedRevision(s, WGA_COLOR_SEQUENCE), 'no colour named, nothing marked').toBeUndefined();
  });
});

describe('storing a draft whose source carries its own revision', () => {
  it('an FDX revision set gives the first draft its colour and label, and its marked lines are its revised pages', async () => {
    const script = parseFdx(markedFdx('Blue Rev. (mm/dd/yyyy)'));
    const r = await storeRevision({
      script,
      source: file('kitchen.fdx', 'fdx'),
      title: 'Kitchen',
      pages: paginate(script),
    });
    const [rev] = await getRevisions(r.scriptId);
    expect([rev.color, rev.label], 'colour and label from the active revision set').toEqual([
      'Blue',
      'Blue Rev. (mm/dd/yyyy)',
    ]);
    const reprint = await getRevisedPages(r.scriptId, r.revisionId);
    expect(
      reprint.map((p) => [p.label, p.header, p.markedText]),
      'the Revisions view lists the marked page under the set name',
    ).toEqual([['1', 'Blue Rev. (mm/dd/yyyy)', ['The kettle boils over.']]]);
    const queued = await queueRevisedPages(r.scriptId, r.revisionId);
    expect(queued.revised, 'the print queue offers the marked page').toEqual(['1']);
    expect(queued.job?.paperColor, 'on the revision’s colour').toBe('Blue');
    const print = revisionPrint(rev, [rev], {
      paper: 'letter',
      sceneContinueds: false,
      insertScheme: 'letters',
    });
    const [sheet] = printDocument({
      scriptTitle: 'Kitchen',
      revision: rev,
      print,
      labels: ['1'],
      paper: 'letter',
    }).pages;
    expect(sheet.header, 'the printed page carries the set name as Final Draft prints it').toBe(
      'Blue Rev. (mm/dd/yyyy)',
    );
    expect(
      sheet.lines.filter((l) => l.marked).map((l) => l.text),
      'and the asterisk on the marked line only',
    ).toEqual(['The kettle boils over.']);
  });

  it('takes the colour from the page colour when the set name names none', async () => {
    const script = parseFdx(markedFdx('Network notes', '#FDFDCCCCD4D4'));
    const r = await storeRevision({
      script,
      source: file('k.fdx', 'fdx'),
      title: 'K',
      pages: paginate(script),
    });
    const [rev] = await getRevisions(r.scriptId);
    expect([rev.color, rev.label], 'pink page colour').toEqual(['Pink', 'Network notes']);
  });

  it('a later draft is compared as before: the next colour, marks from the comparison', async () => {
    const first = parseFdx(markedFdx('Blue Rev. (mm/dd/yyyy)'));
    const a = await storeRevision({
      script: first,
      source: file('k.fdx', 'fdx'),
      title: 'K',
      pages: paginate(first),
    });
    const second = parseFdx(markedFdx('Blue Rev. (mm/dd/yyyy)', '', 'The kettle sings.'));
    const b = await storeRevision({
      script: second,
      source: file('k.fdx', 'fdx'),
      title: 'K',
      pages: paginate(second),
    });
    expect(b.scriptId, 'same script').toBe(a.scriptId);
    const revs = await getRevisions(a.scriptId);
    expect(
      revs.map((x) => [x.color, x.label]),
      'the second draft takes the next colour, no suggested label',
    ).toEqual([
      ['Blue', 'Blue Rev. (mm/dd/yyyy)'],
      ['Pink', undefined],
    ]);
  });

  it("a PDF's own header and asterisks: colour from the header, the asterisked page offered for printing", async () => {
    const script = markedPdf('Blue (07/15/2013)');
    const r = await storeRevision({ script, source: file('villains.pdf', 'pdf'), title: 'V' });
    const revs = await getRevisions(r.scriptId);
    expect([revs[0].color, revs[0].label], 'from the PDF header').toEqual(['Blue', 'Blue (07/15/2013)']);
    const print = revisionPrint(revs[0], revs, {
      paper: 'letter',
      sceneContinueds: false,
      insertScheme: 'letters',
    });
    expect(print.revisedLabels, 'the page the PDF marked').toEqual(['1']);
    expect(print.marks.get('1'), 'its asterisked line').toEqual([2]);
    expect(print.header, 'the PDF keeps its own header').toBeUndefined();
  });
});

describeCorpus('storing the equivocation FDX', () => {
  it('keeps its set name as the label and offers its marked pages for reprinting', async () => {
    const script = parseFdx(readCorpus('realworld/fdx/equivocation.seattle-rep.finaldraft.fdx'));
    const r = await storeRevision({
      script,
      source: file('equivocation.fdx', 'fdx'),
      title: 'Equivocation',
      pages: paginate(script),
    });
    const [rev] = await getRevisions(r.scriptId);
    // The active set "Final" shows its marks in black and gives no page colour: the draft keeps the first colour.
    expect([rev.color, rev.label], 'colour and label').toEqual(['White', 'Final']);
    const reprint = await getRevisedPages(r.scriptId, r.revisionId);
    const lines = reprint.reduce((n, p) => n + p.markedLines.length, 0);
    console.log(`[fdx marks] equivocation stored: ${reprint.length} marked pages, ${lines} asterisked lines`);
    expect(reprint.length, 'marked pages offered').toBeGreaterThan(3);
    expect(
      reprint.flatMap((p) => p.markedText).some((t) => t.includes('past it')),
      'a marked line',
    ).toBe(true);
  });
});

describeCorpus('storing the revised villains PDF as a first draft', () => {
  it('takes Blue from its header and offers its 605 asterisked lines as revised pages', async () => {
    const script = await parsePdf(readCorpusBytes('realworld/pdf/villains.revised.pdf'));
    const r = await storeRevision({ script, source: file('villains.pdf', 'pdf'), title: 'Villains' });
    const [rev] = await getRevisions(r.scriptId);
    expect([rev.color, rev.label], 'from the header "Blue (mm/dd/yyyy)"').toEqual([
      'Blue',
      'Blue (mm/dd/yyyy)',
    ]);
    const reprint = await getRevisedPages(r.scriptId, r.revisionId);
    const lines = reprint.reduce((n, p) => n + p.markedLines.length, 0);
    console.log(`[pdf marks] villains stored: ${reprint.length} marked pages, ${lines} asterisked lines`);
    expect(lines, 'every asterisk the PDF prints').toBe(605);
  }, 60_000);
});
