// @vitest-environment jsdom
// The Notes view on a real parsed script: capture with speaker/kind/tag shortcuts, anchors from the selected lines,
// the draft kept across a reload, grouping, search with highlights, delete with Undo, orphans, hostile text.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, settings } from '../../../../lib/db';
import { parseFountain } from '../../../../lib/script/fountain';
import type { PageTextRequest } from '../../../../components/workbench/platform';
import { clearDb, fakeLayout, fakePlatform, LATE_EDITION, renderWorkbench, storeScript } from '../../helpers';

const ROSTER = [
  { initials: 'JS', name: 'Jo Sato', role: 'Showrunner' },
  { initials: 'MK', name: 'Mira Kahn' },
];

async function setUp() {
  const ids = await storeScript(parseFountain(LATE_EDITION));
  const s = (await db.scripts.get(ids.scriptId))!;
  await db.scripts.update(ids.scriptId, { settings: { ...s.settings, roster: ROSTER } });
  return ids;
}

async function openNotes(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('tab', { name: 'Notes' }));
  // The view's code loads on first show: the first test pays for the import.
  return screen.findByRole('textbox', { name: 'New note' }, { timeout: 8000 });
}

async function storedNotes() {
  return (await db.notes.toArray()).filter((n) => n.deletedAt === undefined);
}

beforeEach(async () => {
  cleanup();
  fakeLayout();
  await clearDb();
});

describe('notes view', () => {
  it('saves a note on the selected line with speaker, kind and tags typed as shorthand', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    await user.click((await screen.findAllByRole('option', { name: 'RUTH' }))[0]);
    const box = await openNotes(user);
    expect(
      screen.getByText(/On page 1: “RUTH”/),
      'the capture box says what the note is on',
    ).toBeInTheDocument();
    await user.type(box, '@js !d Keep the red pencil #props{Enter}');
    await waitFor(async () => expect((await storedNotes()).length, 'one note stored').toBe(1));
    const [n] = await storedNotes();
    expect(n.text, 'shorthand stripped').toBe('Keep the red pencil #props');
    expect(n.speaker, 'speaker from @js').toBe('JS');
    expect(n.kind, 'kind from !d').toBe('decision');
    expect(n.tags, 'tag').toEqual(['props']);
    expect(n.anchor?.exact, 'anchored to the selected line').toBe('RUTH');
    expect(box, 'the box is cleared for the next note').toHaveValue('');
    const group = await screen.findByRole('region', { name: /1\. INT\. COPY DESK - NIGHT, 1 notes/ });
    expect(within(group).getByText('Jo Sato (JS)'), 'speaker shown by name').toBeInTheDocument();
  });

  it('Shift+Enter breaks the line, Alt+2 sets Decision, and a note without selection is on the whole script', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    const box = await openNotes(user);
    await user.type(box, 'first line{Shift>}{Enter}{/Shift}second line');
    await user.keyboard('{Alt>}2{/Alt}');
    expect(screen.getByRole('button', { name: 'Decision' }), 'Alt+2 presses Decision').toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await storedNotes()).length, 'saved').toBe(1));
    const [n] = await storedNotes();
    expect(n.text, 'the line break is kept').toBe('first line\nsecond line');
    expect(n.kind, 'Alt+2 is a decision').toBe('decision');
    expect(n.anchor, 'no selection: the whole script').toBeUndefined();
    expect(
      await screen.findByRole('region', { name: /Whole script/ }),
      'listed under Whole script',
    ).toBeInTheDocument();
  });

  it('keeps the draft through a reload of the panel', async () => {
    const user = userEvent.setup();
    const { scriptId } = await setUp();
    const first = renderWorkbench();
    const box = await openNotes(user);
    await user.type(box, 'half a thought');
    await waitFor(async () =>
      expect(await settings.noteDraft(scriptId).get(), 'draft stored').toBe('half a thought'),
    );
    first.unmount();
    renderWorkbench();
    const again = await openNotes(user);
    await waitFor(() => expect(again, 'the draft is back after the reload').toHaveValue('half a thought'));
  });

  it('groups by scene in script order and by time (session), and filters by kind', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    await user.click(await screen.findByRole('option', { name: /EXT\. LOADING DOCK/ }));
    let box = await openNotes(user);
    await user.type(box, 'dock first{Enter}');
    await user.click(screen.getByRole('tab', { name: 'Script' }));
    await user.click((await screen.findAllByRole('option', { name: 'RUTH' }))[0]);
    box = await openNotes(user);
    await user.type(box, '!q desk second{Enter}');
    await waitFor(async () => expect((await storedNotes()).length, 'two notes').toBe(2));
    // The list follows storage a moment after the write: wait for it rather than read the first render.
    await waitFor(async () => {
      const titles = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
      expect(titles, 'scene order, not typing order').toEqual([
        '1. INT. COPY DESK - NIGHT (1)',
        '2. EXT. LOADING DOCK - CONTINUOUS (1)',
      ]);
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'time');
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent),
      'one time group',
    ).toEqual(['Outside a session (2)']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'question');
    expect(screen.getAllByRole('article').length, 'only the question').toBe(1);
  });

  it('searches fuzzily and marks the matched characters', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    const box = await openNotes(user);
    await user.type(box, 'The intern needs a sandwich{Enter}');
    await user.type(box, 'Page six was approved{Enter}');
    await waitFor(async () => expect((await storedNotes()).length, 'two notes').toBe(2));
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'sandwch');
    const articles = await screen.findAllByRole('article');
    expect(articles.length, 'one result for the misspelt word').toBe(1);
    const marks = articles[0].querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent).join(''), 'the match is marked').toMatch(/sandw/);
  });

  it('deletes with Undo, and replies and resolves', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    const box = await openNotes(user);
    await user.type(box, 'Cut the intern joke{Enter}');
    const note = await screen.findByRole('article', { name: /Cut the intern joke/ });
    await user.click(within(note).getByRole('button', { name: 'Resolve' }));
    await waitFor(async () => expect((await storedNotes())[0].resolved, 'resolved').toBe(true));
    await user.click(within(note).getByRole('button', { name: 'Reply' }));
    await user.type(within(note).getByRole('textbox', { name: 'Reply' }), 'agreed{Enter}');
    await waitFor(async () => expect((await storedNotes()).length, 'reply stored').toBe(2));
    await user.click(within(note).getByRole('button', { name: 'Delete' }));
    expect(
      await screen.findByText('Note and 1 replies deleted.'),
      'a notice offers Undo',
    ).toBeInTheDocument();
    await waitFor(async () => expect((await storedNotes()).length, 'soft-deleted (with the reply)').toBe(0));
    expect(await db.notes.count(), 'nothing is erased').toBe(2);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedNotes()).length, 'Undo brings both back').toBe(2));
    expect(
      await screen.findByRole('article', { name: /Cut the intern joke/ }),
      'shown again',
    ).toBeInTheDocument();
  });

  it('lists orphaned notes with their old text and re-attaches one to the selection', async () => {
    const user = userEvent.setup();
    const { scriptId, revisionId } = await setUp();
    const t = Date.now();
    await db.notes.add({
      id: 'orphan-1',
      createdAt: t,
      updatedAt: t,
      scriptId,
      revisionId: 'old-revision',
      anchor: { exact: 'A line that was cut', prefix: '', suffix: '', start: 5, end: 24 },
      placements: { [revisionId]: { revisionId, status: 'orphaned' } },
      text: 'Loved this line',
      kind: 'pitch',
      tags: [],
      resolved: false,
    });
    renderWorkbench();
    await user.click((await screen.findAllByRole('option', { name: 'RUTH' }))[0]);
    await openNotes(user);
    const section = await screen.findByRole('region', { name: 'Orphaned notes (1)' });
    expect(within(section).getByText('A line that was cut'), 'the old text is shown').toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Attach to the selected text' }));
    await waitFor(async () =>
      expect((await db.notes.get('orphan-1'))?.anchor?.exact, 're-attached to RUTH').toBe('RUTH'),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /Orphaned notes/ }), 'no orphans left').toBeNull(),
    );
  });

  it('shows hostile text literally and a request from the page anchors the next note', async () => {
    const user = userEvent.setup();
    await setUp();
    // The page's "Add note to this line" arrives as the background's request does, through the platform.
    let sendPageText: ((r: PageTextRequest) => void) | undefined;
    const platform = fakePlatform();
    platform.onReadRequest = (_read, onPageText) => {
      sendPageText = onPageText;
      return () => {};
    };
    renderWorkbench(platform);
    const box = await openNotes(user);
    act(() => sendPageText!({ type: 'add-note', quote: 'Who signed off\n  on page six?' }));
    await waitFor(() =>
      expect(
        screen.getByText(/On page 1: “Who signed off on page six\?”/),
        'page selection located',
      ).toBeInTheDocument(),
    );
    await user.type(box, '<img src=x onerror=alert(1)> \u202Eevil{Enter}');
    const note = await screen.findByRole('article', { name: /img src=x/ });
    expect(note.querySelector('img'), 'no element made from the text').toBeNull();
    expect(note.textContent, 'the tag is shown as text').toContain('<img src=x onerror=alert(1)>');
    expect(
      within(note).getByText('U+202E'),
      'the right-to-left override is shown, not applied',
    ).toBeInTheDocument();
    const [n] = await storedNotes();
    expect(n.text, 'stored exactly as typed').toBe('<img src=x onerror=alert(1)> \u202Eevil');
    expect(n.anchor?.exact, 'anchored to the page selection').toBe('Who signed off on page six?');
  });

  it('starts a session with Ctrl+Alt+S, records notes in it, and shows a timer and count in the status bar', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    const box = await openNotes(user);
    await user.keyboard('{Control>}{Alt>}s{/Alt}{/Control}');
    const title = await screen.findByRole('textbox', { name: 'Session title' });
    await waitFor(() => expect(title, 'the title field takes the focus').toHaveFocus());
    await user.keyboard('Ep 1 break{Enter}');
    expect(
      await screen.findByRole('button', { name: 'Stop session' }),
      'the session runs',
    ).toBeInTheDocument();
    await user.type(box, 'in the session{Enter}');
    await waitFor(async () => expect((await storedNotes()).length, 'stored').toBe(1));
    const status = await screen.findByRole(
      'button',
      { name: /Room session Ep 1 break, running \d+:\d\d, 1 note\. Show notes/ },
      { timeout: 5000 },
    );
    expect(status, 'status bar shows the session').toBeInTheDocument();
    const [n] = await storedNotes();
    const [s] = await db.sessions.toArray();
    expect(n.sessionId, 'the note belongs to the session').toBe(s.id);
    expect(s.attendees, 'attendees default to the roster').toEqual(['JS', 'MK']);
  });

  it('stores a note typed the moment a session starts in that session, before the view has heard of it', async () => {
    const user = userEvent.setup();
    const { scriptId } = await setUp();
    renderWorkbench();
    const box = await openNotes(user);
    await user.type(box, 'typed at speed');
    // The session starts in storage (another panel, the status bar) and the note is saved in the same moment,
    // before the view's live query has delivered the session.
    const t = Date.now();
    await db.sessions.add({
      id: 'running-1',
      createdAt: t,
      updatedAt: t,
      scriptId,
      title: 'Ep 2 break',
      date: '2026-12-05',
      attendees: [],
      startedAt: t,
    });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    await waitFor(async () => expect((await storedNotes()).length, 'stored').toBe(1));
    const [n] = await storedNotes();
    expect(n.sessionId, 'the note is in the running session, so it is in the minutes').toBe('running-1');
  });

  it('Ctrl+Alt+N from the Script view and a note typed at once: every note carries the running session', async () => {
    const user = userEvent.setup();
    const { scriptId } = await setUp();
    const t = Date.now();
    await db.sessions.add({
      id: 'running-2',
      createdAt: t,
      updatedAt: t,
      scriptId,
      title: 'Ep 3 break',
      date: '2026-12-05',
      attendees: [],
      startedAt: t,
    });
    renderWorkbench();
    await screen.findAllByRole('option', { name: 'RUTH' });
    await user.keyboard('{Control>}{Alt>}n{/Alt}{/Control}');
    const box = await screen.findByRole('textbox', { name: 'New note' }, { timeout: 8000 });
    fireEvent.change(box, { target: { value: 'first thing said' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    await waitFor(async () => expect((await storedNotes()).length, 'stored').toBe(1));
    const [n] = await storedNotes();
    expect(n.sessionId, 'no note is stored without the running session').toBe('running-2');
  });

  it('keeps the script cursor where the PA left it: Escape in the note box goes back to that line', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    // A jump first (the outline), then the keyboard: the old jump must not be redone when the view shows again.
    await user.click(await screen.findByRole('treeitem', { name: /^Scene 2: EXT\. LOADING DOCK/ }));
    const lines = await screen.findByRole('listbox', { name: 'Script lines' });
    lines.focus();
    /** The cursor's line number among the script's lines (from the listbox's active option id). */
    const cursorLine = async () => {
      const list = await screen.findByRole('listbox', { name: 'Script lines' });
      return Number(/-l(\d+)$/.exec(list.getAttribute('aria-activedescendant') ?? '')?.[1] ?? -1);
    };
    const seen: number[] = [];
    for (let k = 0; k < 3; k++) {
      await user.keyboard('{ArrowDown}{ArrowDown}');
      seen.push(await cursorLine());
      await user.keyboard('{Control>}{Alt>}n{/Alt}{/Control}');
      const box = await screen.findByRole('textbox', { name: 'New note' }, { timeout: 8000 });
      await waitFor(() => expect(box, 'the note box has the keyboard').toHaveFocus());
      await user.keyboard(`note ${k}{Enter}`);
      await waitFor(async () => expect((await storedNotes()).length, 'stored').toBe(k + 1));
      await user.keyboard('{Escape}');
      const back = await screen.findByRole('listbox', { name: 'Script lines' });
      await waitFor(() => expect(back, 'Escape returns the keyboard to the script').toHaveFocus());
      expect(await cursorLine(), 'the cursor is on the line the note was started on').toBe(seen[k]);
    }
    expect(seen, 'each note two lines further down, never back at the jump').toEqual([
      seen[0],
      seen[0] + 2,
      seen[0] + 4,
    ]);
  });

  it('Ctrl+Alt+F from the Script view: what is typed next goes into the search box', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    (await screen.findByRole('listbox', { name: 'Script lines' })).focus();
    await user.keyboard('{Control>}{Alt>}f{/Alt}{/Control}');
    await user.keyboard('sandwich');
    const search = await screen.findByRole('searchbox', { name: 'Search notes' }, { timeout: 8000 });
    await waitFor(() => expect(search, 'the typed words are in the search box').toHaveValue('sandwich'));
    expect(search, 'and it has the keyboard').toHaveFocus();
  });

  it('searching a speaker’s name finds their notes', async () => {
    const user = userEvent.setup();
    await setUp();
    renderWorkbench();
    const box = await openNotes(user);
    await user.type(box, '@js The desk signed off{Enter}');
    await user.type(box, '@mk Print it anyway{Enter}');
    await waitFor(async () => expect((await storedNotes()).length, 'two notes').toBe(2));
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'Mira Kahn');
    await waitFor(() =>
      expect(
        screen.getAllByRole('article').map((a) => a.getAttribute('aria-label') ?? a.textContent),
        'only Mira Kahn’s note',
      ).toEqual([expect.stringMatching(/Print it anyway/)]),
    );
  });
});
