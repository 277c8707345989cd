// The clearance report: rows with page, scene, line and the flag's fields; carried flags say so; CSV reads back and
// hostile text stays literal and cannot run as a spreadsheet formula.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportCsv, reportRows, type ReportDraft } from '../../../lib/factcheck/report';
import { createFlag, editFlag, moveFlag } from '../../../lib/factcheck/workflow';
import { buildScript } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';

const script = buildScript('fountain', [
  { type: 'scene_heading', text: 'INT. DINER - NIGHT', sceneNumber: '8' },
  { type: 'action', text: 'Mara drinks an Acme Cola.' },
  { type: 'scene_heading', text: 'EXT. PIER - DAY', sceneNumber: '9' },
  { type: 'action', text: '=HYPERLINK("http://evil") <b>bold</b> sign on the pier.' },
]);
const pages = paginate(script, { paper: 'letter' });
const draft: ReportDraft = {
  title: 'Night Ferry',
  revisionId: 'r2',
  color: 'Blue',
  date: '2026-11-27',
  script,
  pages,
  colors: { r1: 'White', r2: 'Blue' },
};

function flagOn(id: string, quote: string, revisionId = 'r2') {
  const start = script.text.indexOf(quote);
  return createFlag({
    id,
    scriptId: 's',
    revisionId,
    script,
    start,
    end: start + quote.length,
    category: 'brand',
    at: 1,
  });
}

describe('clearance report', () => {
  it('has one row per flag in script order with page, scene, line and fields', () => {
    const hostile = flagOn('f2', '=HYPERLINK("http://evil") <b>bold</b>');
    let cola = flagOn('f1', 'Acme Cola');
    cola = editFlag(
      cola,
      {
        notes: 'Fictional; no match found.',
        alternatives: ['Fizz Cola', 'Brisk Pop'],
        sources: [{ note: 'USPTO search', url: 'https://tmsearch.uspto.gov' }],
      },
      2,
    );
    cola = moveFlag(cola, 'cleared', 'AB', 3);
    const rows = reportRows([hostile, cola], draft);
    expect(
      rows.map((r) => r.item),
      'script order',
    ).toEqual(['Acme Cola', '=HYPERLINK("http://evil") <b>bold</b>']);
    expect(rows[0], 'the cleared row').toMatchObject({
      page: '1',
      scene: '8',
      line: 'Mara drinks an Acme Cola.',
      status: 'Cleared',
      category: 'business/brand/product',
      alternatives: 'Fizz Cola; Brisk Pop',
      placement: '',
    });
    expect(rows[0].sources, 'sources with note and link').toBe('USPTO search https://tmsearch.uspto.gov/');
    expect(rows[1].scene, 'the second flag is in scene 9').toBe('9');
  });

  it('quotes the line around the item, not a whole long paragraph', () => {
    const long = buildScript('fountain', [
      { type: 'scene_heading', text: 'INT. DINER - NIGHT' },
      {
        type: 'action',
        text: `${'Rain on the glass. '.repeat(10)}Mara sips an Acme Cola.${' The jukebox hums.'.repeat(10)}`,
      },
    ]);
    const start = long.text.indexOf('Acme Cola');
    const f = createFlag({
      id: 'f9',
      scriptId: 's',
      revisionId: 'r2',
      script: long,
      start,
      end: start + 9,
      category: 'brand',
      at: 1,
    });
    const [row] = reportRows([f], { ...draft, script: long, pages: paginate(long) });
    expect(row.line.includes('Mara sips an Acme Cola.'), 'the item with its words around it').toBe(true);
    expect(row.line.startsWith('…') && row.line.endsWith('…'), 'ellipses say the line goes on').toBe(true);
    expect(row.line.length, 'about 60 characters either side').toBeLessThan(150);
  });

  it('says when a flag was carried from an earlier draft, and keeps flags it cannot place', () => {
    const moved = {
      ...flagOn('f3', 'Acme Cola', 'r1'),
      placements: {
        r2: {
          revisionId: 'r2',
          status: 'moved' as const,
          start: script.text.indexOf('Acme'),
          end: script.text.indexOf('Acme') + 9,
        },
      },
    };
    const lost = {
      ...flagOn('f4', 'sign on the pier', 'r1'),
      placements: { r2: { revisionId: 'r2', status: 'orphaned' as const } },
    };
    const rows = reportRows([lost, moved], draft);
    expect(rows[0].placement, 'a carried flag names its draft and how it was placed').toBe(
      'carried from the White draft (moved)',
    );
    expect(rows[1].placement, 'an orphaned flag is listed, not dropped').toBe(
      'carried from the White draft (not found in this draft)',
    );
    expect(rows[1].page, 'an orphaned flag has no page').toBe('');
  });

  it('writes CSV that parses back, with hostile text literal and formulas defused', () => {
    const rows = reportRows(
      [flagOn('f1', 'Acme Cola'), flagOn('f2', '=HYPERLINK("http://evil") <b>bold</b>')],
      draft,
    );
    const csv = reportCsv(draft, rows);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0], 'title row').toEqual(['Clearance report', 'Night Ferry']);
    expect(parsed[1], 'draft colour and date').toEqual(['Draft', 'Blue draft of 2026-11-27']);
    expect(parsed[2][3], 'header row').toBe('Item');
    const hostileCell = parsed[4][3];
    expect(hostileCell, 'a formula is prefixed so a spreadsheet shows it as text').toBe(
      `'=HYPERLINK("http://evil") <b>bold</b>`,
    );
    expect(parsed[4][2].includes('<b>bold</b>'), 'markup stays literal in the line').toBe(true);
  });
});
