// Minutes as Markdown and notes as CSV: grouping, decisions first, escaping, formula safety, RFC 4180.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  actionItems,
  minutesMarkdown,
  notesCsv,
  safeCell,
  type NoteExportRow,
} from '../../../lib/notes/export';

const T0 = new Date(2026, 10, 27, 14, 5).getTime();
function row(over: Partial<NoteExportRow>): NoteExportRow {
  return {
    id: 'x',
    script: 'Night Shift',
    revision: 'White 2026-11-27',
    page: '3',
    scene: '2. INT. DINER - NIGHT',
    sceneOrder: 1,
    line: 'Rain streaks the windows.',
    speaker: 'Jo Sato (JS)',
    kind: 'pitch',
    tags: [],
    session: 'Ep 1 break',
    createdAt: T0,
    updatedAt: T0,
    resolved: false,
    orphaned: false,
    text: 'text',
    ...over,
  };
}

describe('minutesMarkdown', () => {
  const rows = [
    row({ id: 'a', text: 'Make it snow', sceneOrder: 1 }),
    row({
      id: 'b',
      kind: 'decision',
      text: 'Keep the pie case',
      scene: '1. INT. KITCHEN - DAY',
      sceneOrder: 0,
      createdAt: T0 + 60_000,
    }),
    row({ id: 'c', text: 'agreed', parentId: 'a', speaker: 'MK', createdAt: T0 + 120_000 }),
    row({
      id: 'd',
      text: '<img src=x onerror=alert(1)> *bold* [link](javascript:x)',
      sceneOrder: 0,
      scene: '1. INT. KITCHEN - DAY',
    }),
  ];
  const md = minutesMarkdown(
    {
      title: 'Ep 1 break',
      date: '2026-11-27',
      attendees: ['Jo Sato', 'Mira Kahn'],
      startedAt: T0,
      endedAt: T0 + 3_600_000,
    },
    'Night Shift',
    'White 2026-11-27',
    rows,
  );
  it('puts decisions first and groups by scene in script order', () => {
    expect(md.indexOf('## Decisions'), 'a decisions part').toBeGreaterThan(0);
    expect(md.indexOf('## Decisions'), 'decisions before the other notes').toBeLessThan(
      md.indexOf('## Notes'),
    );
    const notesPart = md.slice(md.indexOf('## Notes'));
    expect(notesPart.indexOf('KITCHEN'), 'scene 1 before scene 2').toBeLessThan(notesPart.indexOf('DINER'));
    expect(md, 'kind, time and speaker on a note').toContain(
      '- **Decision** 14:06 Jo Sato (JS): Keep the pie case',
    );
    expect(md, 'a reply sits under its note').toMatch(
      /Make it snow\n {2}> Rain streaks the windows\.\n {2}- \*\*Pitch\*\* 14:07 MK: agreed/,
    );
    expect(md, 'attendees listed').toContain('Attendees: Jo Sato, Mira Kahn');
  });
  it('escapes markup so hostile text shows literally', () => {
    expect(md, 'no raw tag').not.toMatch(/(^|[^\\])<img/);
    expect(md, 'escaped tag').toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md, 'no live emphasis or link').toContain('\\*bold\\* \\[link\\](javascript:x)');
  });
});

describe('notesCsv', () => {
  it('writes RFC 4180 CSV that reads back to the same cells', () => {
    const csv = notesCsv([row({ text: 'line one\nline "two", three', tags: ['cast', 'music'] })]);
    expect(csv.split('\r\n')[0], 'header row').toBe(
      'Script,Revision,Page,Scene,Line,Speaker,Kind,Tags,Session,Created,Updated,Status,Note,Reply to',
    );
    const back = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(back[1][12], 'quotes, commas and line breaks survive').toBe('line one\nline "two", three');
    expect(back[1][7], 'tags with #').toBe('#cast #music');
    expect(back[1][11], 'status').toBe('open');
  });
  it('defuses cells a spreadsheet would run as formulas, including multi-line ones', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', '=HYPERLINK("x")\nsecond line']) {
      expect(safeCell(bad).startsWith("'"), `prefixed: ${JSON.stringify(bad)}`).toBe(true);
    }
    expect(safeCell('fine = ok'), 'an = inside is fine').toBe('fine = ok');
    const back = Papa.parse<string[]>(
      notesCsv([row({ text: '=HYPERLINK("http://x")\nmore', speaker: '@JS' })]),
      { newline: '\r\n' },
    ).data;
    expect(back[1][12], 'note cell prefixed').toBe('\'=HYPERLINK("http://x")\nmore');
    expect(back[1][5], 'speaker cell prefixed').toBe("'@JS");
  });
});

describe('script order and action items', () => {
  const rows = [
    row({ id: 'late', text: 'typed first, on scene 2', sceneOrder: 1, position: 900, createdAt: T0 }),
    row({ id: 'reply', text: 'a reply', parentId: 'early', sceneOrder: 1e9, createdAt: T0 + 3 }),
    row({ id: 'early', kind: 'todo', text: 'Call props', sceneOrder: 0, position: 40, createdAt: T0 + 1 }),
    row({
      id: 'mid',
      kind: 'decision',
      text: 'Keep the pie',
      sceneOrder: 0,
      position: 400,
      createdAt: T0 + 2,
    }),
    row({ id: 'done', kind: 'todo', text: 'Already done', resolved: true, sceneOrder: 0, position: 500 }),
  ];

  it('the CSV lists notes in script order, each reply right after its note', () => {
    const parsed = Papa.parse<string[]>(notesCsv(rows).trim(), { skipEmptyLines: true }).data;
    const notes = parsed.slice(1).map((r) => r[12]);
    expect(notes, 'scene by scene, line by line, not in typing order').toEqual([
      'Call props',
      'a reply',
      'Keep the pie',
      'Already done',
      'typed first, on scene 2',
    ]);
  });

  it('action items are the open decisions and to-dos, and the minutes list them', () => {
    expect(
      actionItems(rows).map((r) => r.text),
      'decisions and to-dos not yet resolved',
    ).toEqual(['Call props', 'Keep the pie']);
    const md = minutesMarkdown(
      { title: 'Break', date: '2026-11-27', attendees: ['Jo Sato (JS)'], startedAt: T0 },
      'Night Shift',
      'White',
      rows,
    );
    expect(md, 'an action-items section').toContain('## Action items');
    expect(md, 'with each item as a checkbox').toContain('- [ ] **To-do** Jo Sato (JS): Call props');
  });
});
