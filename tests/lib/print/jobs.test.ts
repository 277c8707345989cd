import { describe, expect, it } from 'vitest';
import {
  cleanRecipients,
  describeSheetTotal,
  mergeJobs,
  mergeableGroups,
  neverPrinted,
  notYetQueued,
  pagesNotPrinted,
  pagesToPrint,
  parseRecipients,
  reorder,
  sheetTotals,
  totalCopies,
  type PrintJob,
} from '../../../lib/print/jobs';

function job(over: Partial<PrintJob> = {}): PrintJob {
  return {
    scriptId: 's1',
    revisionId: 'blue',
    pages: ['1', '2'],
    paperColor: 'Blue',
    copies: 1,
    recipients: [],
    collated: true,
    status: 'queued',
    ...over,
  };
}

const DISTRIBUTION = [
  { name: 'Writers', copies: 12 },
  { name: 'Production', copies: 4 },
  { name: 'Cast', copies: 20 },
];

describe('copies and sheets', () => {
  it('adds up the distribution list, else uses the job copies', () => {
    expect(totalCopies(job({ recipients: DISTRIBUTION, copies: 3 })), 'recipients decide').toBe(36);
    expect(totalCopies(job({ copies: 3 })), 'no recipients: the job copies').toBe(3);
  });

  it('counts sheets per paper colour: "Blue: 11 pages x 36 copies = 396 sheets"', () => {
    const pages = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '10A'];
    const totals = sheetTotals([
      job({ pages, recipients: DISTRIBUTION }),
      job({ revisionId: 'pink', paperColor: 'Pink', pages: ['3'], copies: 2 }),
    ]);
    expect(totals.map(describeSheetTotal), 'one line per colour').toEqual([
      'Blue: 11 pages x 36 copies = 396 sheets',
      'Pink: 1 page x 2 copies = 2 sheets',
    ]);
  });

  it('counts only what is left: printed and deleted jobs add nothing, partly printed only the rest', () => {
    const totals = sheetTotals([
      job({ status: 'printed', printedPages: ['1', '2'] }),
      job({ deletedAt: 5 }),
      job({ pages: ['1', '2', '3'], status: 'partly_printed', printedPages: ['1'], copies: 10 }),
    ]);
    expect(totals, 'two pages x 10 copies left').toEqual([
      { paperColor: 'Blue', sheets: 20, pages: 2, copies: 10, jobs: 1 },
    ]);
    expect(pagesNotPrinted([job(), job({ status: 'printed' }), job({ deletedAt: 1 })]), 'badge count').toBe(
      2,
    );
  });

  it('says sheets without "x copies" when jobs on one colour differ in copies', () => {
    const [t] = sheetTotals([job({ copies: 2 }), job({ pages: ['5'], copies: 3 })]);
    expect(describeSheetTotal(t), 'mixed copies').toBe('Blue: 7 sheets (3 pages in 2 jobs)');
  });
});

describe('recipients', () => {
  it('reads "Writers 12, Production 4, Cast: 20" and keeps each name once with the larger count', () => {
    expect(
      parseRecipients('Writers 12, Production x4\nCast: 20, writers 3, Showrunner'),
      'parsed list',
    ).toEqual([
      { name: 'Writers', copies: 12 },
      { name: 'Production', copies: 4 },
      { name: 'Cast', copies: 20 },
      { name: 'Showrunner', copies: 1 },
    ]);
    expect(
      cleanRecipients([
        { name: '  ', copies: 3 },
        { name: 'Art', copies: 0 },
      ]),
      'blank names dropped, at least 1 copy',
    ).toEqual([{ name: 'Art', copies: 1 }]);
  });
});

describe('merging and deduping', () => {
  it('merges jobs for one revision: pages once in page order, recipients once, collated if any', () => {
    const order = ['1', '2', '3', '10', '10A', '11'];
    const merged = mergeJobs(
      [
        job({ pages: ['10A', '2'], recipients: [{ name: 'Cast', copies: 20 }], collated: false, order: 4 }),
        job({
          pages: ['2', '1', '11'],
          recipients: [
            { name: 'cast', copies: 25 },
            { name: 'Writers', copies: 12 },
          ],
          order: 2,
        }),
      ],
      order,
    );
    expect(merged.pages, 'union in page order').toEqual(['1', '2', '10A', '11']);
    expect(merged.recipients, 'one Cast entry with the larger count').toEqual([
      { name: 'Cast', copies: 25 },
      { name: 'Writers', copies: 12 },
    ]);
    expect(merged.collated, 'collated if any job was').toBe(true);
    expect(merged.order, 'takes the earlier place in the queue').toBe(2);
  });

  it('does not merge jobs of different revisions, and leaves printed pages out', () => {
    expect(() => mergeJobs([job(), job({ revisionId: 'pink' })]), 'different revisions refused').toThrow(
      RangeError,
    );
    const merged = mergeJobs([
      job({ pages: ['1', '2', '3'], status: 'partly_printed', printedPages: ['1'] }),
      job({ pages: ['4'] }),
    ]);
    expect(merged.pages, 'page 1 already printed is not merged back').toEqual(['2', '3', '4']);
  });

  it('finds groups worth merging', () => {
    const groups = mergeableGroups([
      job({ id: 'a' }),
      job({ id: 'b' }),
      job({ id: 'c', revisionId: 'pink' }),
      job({ id: 'd', status: 'printed' }),
    ]);
    expect([...groups.keys()], 'only Blue has two open jobs').toEqual(['blue']);
    expect(
      groups.get('blue')?.map((j) => j.id),
      'the two open Blue jobs',
    ).toEqual(['a', 'b']);
  });

  it('does not queue pages already waiting for the same revision', () => {
    const jobs = [
      job({ pages: ['1', '2'] }),
      job({ revisionId: 'pink', pages: ['3'] }),
      job({ pages: ['4'], status: 'printed' }),
    ];
    expect(
      notYetQueued(['1', '3', '4', '4'], 'blue', jobs),
      'page 1 waits already; 3 is Pink; 4 printed can be queued again',
    ).toEqual(['3', '4']);
  });

  it('says which revised pages were never printed', () => {
    const jobs = [
      job({ pages: ['1', '2', '3'], status: 'partly_printed', printedPages: ['2'] }),
      job({ pages: ['5'], status: 'printed' }),
    ];
    expect(
      neverPrinted(['1', '2', '3', '5', '6'], 'blue', jobs),
      'partly printed pages and printed jobs count',
    ).toEqual(['1', '3', '6']);
    expect(pagesToPrint(jobs[0]), 'the partly printed job has 1 and 3 left').toEqual(['1', '3']);
  });

  it('reorders by moving one item, clamping at the ends', () => {
    expect(reorder(['a', 'b', 'c'], 2, 0), 'last to first').toEqual(['c', 'a', 'b']);
    expect(reorder(['a', 'b', 'c'], 0, 9), 'past the end clamps').toEqual(['b', 'c', 'a']);
  });
});
