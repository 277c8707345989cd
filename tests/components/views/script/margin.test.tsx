// @vitest-environment jsdom
// Notes in the Script view's margin: which line a note or flag sits on in the shown revision (placement rules), the
// marker's name, and the thread opened under the line by click or Ctrl+Alt+M: replies, resolve, Escape, literal text.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../lib/db';
import type { FlagRecord, NoteRecord } from '../../../../lib/db';
import { parseFountain } from '../../../../lib/script/fountain';
import { paginate } from '../../../../lib/script/paginate';
import {
  flagMarkerLabel,
  lineOfOffset,
  marginMarks,
  noteMarkerLabel,
  textLinesOf,
} from '../../../../components/views/script/margin-data';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../../helpers';

const script = parseFountain(LATE_EDITION);
const pages = paginate(script, { paper: 'letter' });
const lines = textLinesOf(pages);

/** Offsets of the first occurrence of `quote` in the fixture's script text. */
function rangeOf(quote: string) {
  const start = script.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  return { start, end: start + quote.length };
}

let seq = 0;
function note(over: Partial<NoteRecord> & { revisionId: string; scriptId: string }): NoteRecord {
  seq++;
  return {
    id: `n${seq}`,
    createdAt: 1_700_000_000_000 + seq * 60_000,
    updatedAt: 1_700_000_000_000 + seq * 60_000,
    placements: {},
    text: `note ${seq}`,
    kind: 'note',
    tags: [],
    resolved: false,
    ...over,
  };
}

function anchorOn(quote: string) {
  const { start, end } = rangeOf(quote);
  return { exact: quote, prefix: '', suffix: '', start, end };
}

function flag(over: Partial<FlagRecord> & { revisionId: string; scriptId: string }): FlagRecord {
  seq++;
  return {
    id: `f${seq}`,
    createdAt: 1,
    updatedAt: 1,
    anchor: anchorOn('red pencil'),
    placements: {},
    item: 'red pencil',
    category: 'brand',
    question: '',
    sources: [],
    alternatives: [],
    notes: '',
    status: 'open',
    history: [],
    ...over,
  };
}

/** Ordinal of the first laid-out line whose text includes `text`. */
function ordinalOfLine(text: string): number {
  let o = 0;
  for (const p of pages)
    for (const l of p.lines) {
      if (l.text.includes(text)) return o;
      o++;
    }
  throw new Error(`no line with ${text}`);
}

describe('margin placement rules', () => {
  it('puts an offset on the line holding it, and the blank between elements on the next line', () => {
    const ruth = rangeOf('Who signed off');
    expect(lineOfOffset(lines, ruth.start), 'a dialogue offset is on its line').toBe(
      ordinalOfLine('Who signed off'),
    );
    expect(
      lineOfOffset(lines, ruth.start - 1),
      'the separator before an element belongs to that element',
    ).toBe(ordinalOfLine('Who signed off'));
    expect(lineOfOffset({ starts: [], ends: [], ordinals: [] }, 5), 'no text lines, no line').toBe(-1);
  });

  it('places notes by their own anchor on their revision and by the kept placement on a later one', () => {
    const ids = { scriptId: 's', revisionId: 'r1' };
    const own = note({ ...ids, anchor: anchorOn('RUTH (50s)') });
    const reply = note({ ...ids, parentId: own.id, text: 'reply' });
    const carried = note({
      scriptId: 's',
      revisionId: 'r0',
      anchor: anchorOn('RUTH (50s)'),
      placements: { r1: { revisionId: 'r1', status: 'moved', ...rangeOf('Who signed off') } },
    });
    const orphan = note({
      scriptId: 's',
      revisionId: 'r0',
      anchor: anchorOn('TEO'),
      placements: { r1: { revisionId: 'r1', status: 'orphaned' } },
    });
    const pending = note({ scriptId: 's', revisionId: 'r0', anchor: anchorOn('TEO') });
    const whole = note({ ...ids });
    const deleted = note({ ...ids, anchor: anchorOn('TEO'), deletedAt: 5 });
    const marks = marginMarks([own, reply, carried, orphan, pending, whole, deleted], [], 'r1', lines);
    const ruthLine = marks.get(ordinalOfLine('RUTH (50s)'));
    expect(
      ruthLine?.threads.map((t) => t.note.id),
      'own note on its line, reply inside its thread',
    ).toEqual([own.id]);
    expect(
      ruthLine?.threads[0].replies.map((r) => r.text),
      'the reply travels with the thread',
    ).toEqual(['reply']);
    expect(
      marks.get(ordinalOfLine('Who signed off'))?.threads.map((t) => t.note.id),
      'a carried note sits where its placement in this revision is, not where it was written',
    ).toEqual([carried.id]);
    const all = [...marks.values()].flatMap((m) => m.threads.map((t) => t.note.id));
    expect(all.sort(), 'orphaned, not-yet-placed, whole-script and deleted notes have no marker').toEqual(
      [own.id, carried.id].sort(),
    );
  });

  it('marks only open and researching flags, at their place in the shown revision', () => {
    const ids = { scriptId: 's', revisionId: 'r1' };
    const marks = marginMarks(
      [],
      [
        flag({ ...ids }),
        flag({ ...ids, status: 'researching' }),
        flag({ ...ids, status: 'cleared' }),
        flag({ ...ids, deletedAt: 3 }),
        flag({
          scriptId: 's',
          revisionId: 'r0',
          placements: { r1: { revisionId: 'r1', status: 'orphaned' } },
        }),
      ],
      'r1',
      lines,
    );
    const line = marks.get(lineOfOffset(lines, rangeOf('red pencil').start));
    expect(line?.openFlags.length, 'open + researching; cleared, deleted and orphaned are not marked').toBe(
      2,
    );
    expect(flagMarkerLabel(line!.openFlags), 'the flag marker name').toBe('2 open flags');
  });

  it('names the note marker with the count and says when notes are resolved', () => {
    const t = (resolved: boolean) => ({
      note: note({ scriptId: 's', revisionId: 'r', resolved }),
      replies: [],
      place: { kind: 'script' as const },
    });
    expect(noteMarkerLabel([t(false), t(false)]), 'two open notes').toBe('2 notes on this line: open thread');
    expect(noteMarkerLabel([t(false)]), 'singular').toBe('1 note on this line: open thread');
    expect(noteMarkerLabel([t(true)]), 'all resolved').toBe('1 resolved note on this line: open thread');
    expect(noteMarkerLabel([t(true), t(false)]), 'some resolved').toBe(
      '2 notes on this line (1 resolved): open thread',
    );
  });
});

describe('margin threads in the Script view', () => {
  beforeEach(async () => {
    fakeLayout();
    await clearDb();
  });

  async function setUp() {
    const ids = await storeScript(parseFountain(LATE_EDITION));
    const first = note({
      ...ids,
      anchor: anchorOn('Who signed off on page six?'),
      kind: 'question',
      speaker: 'JS',
      text: 'Is page six the sports page?',
    });
    const second = note({
      ...ids,
      anchor: anchorOn('Who signed off on page six?'),
      kind: 'pitch',
      text: '<img src=x onerror=alert(1)> make it page nine',
    });
    await db.notes.bulkAdd([first, second]);
    await db.flags.add(flag({ ...ids }));
    return { ids, first, second };
  }

  /** The marker, once the lazily loaded pages and the notes have arrived. */
  async function findMarker(name: string | RegExp) {
    await screen.findByRole('listbox', { name: 'Script lines' }, { timeout: 5000 });
    return screen.findByRole('button', { name }, { timeout: 3000 });
  }

  it('shows a marker on the line, opens the thread on click, and a reply appears in it', async () => {
    const user = userEvent.setup();
    const { first } = await setUp();
    renderWorkbench();
    const marker = await findMarker('2 notes on this line: open thread');
    expect(marker, 'the marker starts closed').toHaveAttribute('aria-expanded', 'false');
    expect(marker.textContent, 'the count is shown').toContain('2');
    expect(marker.title, 'the tooltip shows the shortcut').toMatch(/Ctrl\+Alt\+M|⌥⌘M/);
    const line = screen.getByRole('option', { name: 'Who signed off on page six?' });
    expect(line, 'the line is described by its notes').toHaveAccessibleDescription('2 notes on this line');
    expect(
      screen.getByRole('img', { name: '1 open flag' }),
      'the flag marker beside its own line',
    ).toBeInTheDocument();

    await user.click(marker);
    const thread = await screen.findByRole('region', { name: '2 notes on this line' });
    expect(marker, 'the marker says the thread is open').toHaveAttribute('aria-expanded', 'true');
    expect(within(thread).getByText('Is page six the sports page?'), 'the first note').toBeInTheDocument();
    expect(
      within(thread).getByText('<img src=x onerror=alert(1)> make it page nine'),
      'note text is shown literally, never as markup',
    ).toBeInTheDocument();
    expect(thread.querySelector('img'), 'no element made from note text').toBeNull();
    expect(within(thread).getByText('Question'), 'the kind is shown').toBeInTheDocument();
    expect(within(thread).getByText('JS'), 'the speaker is shown').toBeInTheDocument();

    const box = within(thread).getByRole('textbox', {
      name: 'Reply to Question: Is page six the sports page?',
    });
    await user.type(box, 'Sports is page four.{Enter}');
    expect(
      await within(thread).findByText('Sports is page four.'),
      'the reply appears in the thread',
    ).toBeInTheDocument();
    const stored = (await db.notes.toArray()).find((n) => n.text === 'Sports is page four.');
    expect(stored?.parentId, 'the reply is stored under its note').toBe(first.id);
    expect(box, 'the box is emptied after sending').toHaveValue('');
  });

  it('resolves a thread (collapsed and marked) and reopens it', async () => {
    const user = userEvent.setup();
    const { first } = await setUp();
    renderWorkbench();
    await user.click(await findMarker('2 notes on this line: open thread'));
    const thread = await screen.findByRole('region', { name: '2 notes on this line' });
    const article = within(thread).getByRole('article', { name: 'Question: Is page six the sports page?' });
    await user.click(within(article).getByRole('button', { name: 'Resolve' }));
    await waitFor(async () =>
      expect((await db.notes.get(first.id))?.resolved, 'stored as resolved').toBe(true),
    );
    const collapsed = await within(thread).findByRole('button', { name: /^Resolved: Question: Is page six/ });
    expect(collapsed, 'a resolved thread is collapsed').toHaveAttribute('aria-expanded', 'false');
    expect(
      screen.getByRole('button', { name: '2 notes on this line (1 resolved): open thread' }),
      'the marker counts the resolved note',
    ).toBeInTheDocument();
    await user.click(collapsed);
    await user.click(within(thread).getByRole('button', { name: 'Reopen' }));
    await waitFor(async () => expect((await db.notes.get(first.id))?.resolved, 'reopened').toBe(false));
  });

  it('opens the thread of the cursor line with Ctrl+Alt+M, with the cursor in the reply box; Escape closes it', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    await findMarker(/2 notes on this line/);
    const list = screen.getByRole('listbox', { name: 'Script lines' });
    await user.click(screen.getByRole('option', { name: 'Who signed off on page six?' }));
    list.focus();
    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    const thread = await screen.findByRole('region', { name: '2 notes on this line' });
    await waitFor(() =>
      expect(document.activeElement, 'the cursor is in the first open thread’s reply box').toBe(
        within(thread).getAllByRole('textbox')[0],
      ),
    );
    await user.keyboard(' x{ArrowDown}');
    expect(document.activeElement, 'typing in the box does not move the line cursor').toHaveValue(' x');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: '2 notes on this line' }), 'Escape closes').toBeNull(),
    );
    expect(document.activeElement, 'focus goes back to the script lines').toBe(list);
  });

  it('says why when the cursor line has no notes', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    await findMarker(/2 notes on this line/);
    const list = screen.getByRole('listbox', { name: 'Script lines' });
    list.focus();
    await user.keyboard('{ArrowDown}');
    await act(async () => {
      await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    });
    expect(
      await screen.findByText('There are no notes on this line.'),
      'a clear message',
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /on this line/ }), 'no thread opens').toBeNull();
  });
});
