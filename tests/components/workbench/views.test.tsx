// @vitest-environment jsdom
// The view runner: a command reaches a view through its typed handle, at once when the view is mounted, else once
// it has mounted, and exactly once; and end to end, a notes command opens the Notes view with the cursor in its box.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NotesViewHandle, RevealTarget } from '../../../lib/commands/views';
import { parseFountain } from '../../../lib/script/fountain';
import {
  createViewRegistry,
  PENDING_PER_VIEW,
  useViewHandle,
  useViews,
  ViewsProvider,
} from '../../../components/workbench/views';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../helpers';

/** A Script view handle recording what it was asked. */
function scriptHandle(asked: RevealTarget[]) {
  return { reveal: (t: RevealTarget) => asked.push(t), toggleThreadAtCursor: () => undefined };
}

beforeEach(async () => {
  cleanup();
  fakeLayout();
  await clearDb();
});

describe('view runner', () => {
  it('runs an action for an unmounted view once it mounts, exactly once, and shows the view', () => {
    const shown: string[] = [];
    const views = createViewRegistry((id) => shown.push(id));
    views.run('script', (v) => v.reveal({ offset: 5 }));
    expect(shown, 'the view is opened').toEqual(['script']);
    expect(views.shown('script'), 'not mounted yet').toBeUndefined();
    const asked: RevealTarget[] = [];
    const off = views.register('script', scriptHandle(asked));
    expect(asked, 'the waiting action ran when the view mounted').toEqual([{ offset: 5 }]);
    off();
    const again: RevealTarget[] = [];
    views.register('script', scriptHandle(again));
    expect(again, 'a view mounted again does not redo an old action').toEqual([]);
  });

  it('runs at once on a mounted view, and keeps actions per view apart', () => {
    const views = createViewRegistry(() => {});
    const asked: RevealTarget[] = [];
    views.register('script', scriptHandle(asked));
    views.run('script', (v) => v.reveal({ page: 2 }));
    expect(asked, 'ran at once').toEqual([{ page: 2 }]);
    let stepped = 0;
    views.run('revisions', () => stepped++);
    expect(stepped, 'another view’s action waits for that view').toBe(0);
    expect(views.shown('script'), 'the mounted handle is offered').toBeDefined();
  });

  it('leaves the user where they are with show: false, and keeps only the latest actions', () => {
    const shown: string[] = [];
    const views = createViewRegistry((id) => shown.push(id));
    for (let i = 0; i < PENDING_PER_VIEW + 5; i++)
      views.run('script', (v) => v.reveal({ offset: i }), { show: false });
    expect(shown, 'no view was opened').toEqual([]);
    const asked: RevealTarget[] = [];
    views.register('script', scriptHandle(asked));
    expect(asked.length, 'at most PENDING_PER_VIEW waited').toBe(PENDING_PER_VIEW);
    expect(asked.at(-1), 'the latest is done last').toEqual({ offset: PENDING_PER_VIEW + 4 });
  });

  it('gives the handle of the latest render, with one registration for the view’s life', () => {
    const calls: string[] = [];
    function Notes() {
      const [n, setN] = useState(0);
      const handle: NotesViewHandle = {
        focusCapture: () => calls.push(`capture ${n}`),
        focusSearch: () => {},
        toggleSession: () => setN((x) => x + 1),
        noteOnQuote: () => {},
        exportCsv: () => {},
        exportMinutes: async () => {},
        printMinutes: () => {},
      };
      useViewHandle('notes', handle);
      return <p>render {n}</p>;
    }
    let runner: ReturnType<typeof useViews> | undefined;
    function Grab() {
      runner = useViews();
      return null;
    }
    render(
      <ViewsProvider show={() => {}}>
        <Grab />
        <Notes />
      </ViewsProvider>,
    );
    act(() => runner!.run('notes', (v) => v.toggleSession()));
    act(() => runner!.run('notes', (v) => v.focusCapture()));
    expect(screen.getByText('render 1'), 'the view redrew').toBeInTheDocument();
    expect(calls, 'the action saw the latest state, once').toEqual(['capture 1']);
  });
});

describe('commands reaching views', () => {
  it('Add Note from the Script view opens Notes with the cursor in the box, keys typed meanwhile kept', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain(LATE_EDITION));
    renderWorkbench();
    await screen.findAllByRole('option', { name: 'RUTH' }, { timeout: 8000 });
    await user.keyboard('{Control>}{Alt>}n{/Alt}{/Control}');
    await user.keyboard('Hold');
    const box = await screen.findByRole('textbox', { name: 'New note' }, { timeout: 8000 });
    expect(screen.getByRole('tab', { name: 'Notes' }), 'the Notes view is shown').toHaveAttribute(
      'aria-selected',
      'true',
    );
    await waitFor(() => expect(box, 'the cursor is in the capture box').toHaveFocus());
    expect(box, 'keys typed while the view loaded went into the box').toHaveValue('Hold');
  });

  it('a change key with no diff on screen says so and does not switch the view', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain(LATE_EDITION));
    renderWorkbench();
    await screen.findAllByRole('option', { name: 'RUTH' }, { timeout: 8000 });
    await user.keyboard('{Alt>}{F5}{/Alt}');
    expect(
      await screen.findByText(/compare two drafts to step through their changes/),
      'told why',
    ).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Script' }), 'still on the Script view').toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
