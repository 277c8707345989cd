// @vitest-environment jsdom
// The Print queue view as a user works it: queue revised pages of a stored second draft, see sheets per colour and the
// count in the status bar, reorder by keyboard, edit recipients, merge, mark printed into the history, bad page lists.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../lib/db';
import { storeRevision } from '../../../../lib/db/revisions';
import { DEMO_SCRIPT } from '../../../../lib/demo';
import { parseFountain } from '../../../../lib/script/fountain';
import { paginate } from '../../../../lib/script/paginate';
import { clearDb, fakeLayout, fakePlatform, renderWorkbench } from '../../helpers';

/** Stores the demo's White and Blue drafts as one script. */
async function storeTwoDrafts(): Promise<string> {
  let scriptId: string | undefined;
  for (const rev of DEMO_SCRIPT.revisions) {
    const script = parseFountain(rev.fountain);
    const r = await storeRevision({
      script,
      pages: paginate(script, { paper: 'letter' }),
      source: { kind: 'demo', format: 'fountain' },
      title: DEMO_SCRIPT.title,
      scriptId,
      date: rev.date,
    });
    scriptId = r.scriptId;
  }
  return scriptId as string;
}

async function openQueue() {
  const user = userEvent.setup();
  renderWorkbench(fakePlatform());
  await user.click(await screen.findByRole('tab', { name: /^Print queue/ }, { timeout: 5000 }));
  await screen.findByRole('button', { name: 'Queue revised pages' }, { timeout: 5000 });
  return user;
}

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('print queue view', () => {
  it('queues the revised pages once, with sheets per colour and the count in the status bar', async () => {
    await storeTwoDrafts();
    const user = await openQueue();
    const never = await screen.findByRole(
      'region',
      { name: 'Revisions with pages never printed' },
      { timeout: 5000 },
    );
    expect(never.textContent, 'the Blue pages are flagged as never printed').toContain(
      '2 revised pages never printed (1, 2)',
    );
    await user.click(screen.getByRole('button', { name: 'Queue revised pages' }));
    const list = await screen.findByRole('list', { name: 'Print jobs, in order' });
    expect(within(list).getAllByRole('listitem'), 'one job').toHaveLength(1);
    expect(
      within(list).getByRole('listitem', { name: /Blue revision of 11\/27\/26: pages 1, 2, 1 copy, queued/ }),
      'the job reads as a sentence',
    ).toBeInTheDocument();
    expect(screen.getByText('Blue: 2 pages x 1 copy = 2 sheets'), 'sheets per colour').toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '2 to print' }), 'status bar count').toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Queue revised pages' }));
    expect(
      await screen.findByText(/already waiting in the Print queue/),
      'second queueing refused',
    ).toBeInTheDocument();
    expect(await db.printJobs.count(), 'still one stored job').toBe(1);
  });

  it('refuses a page list naming pages the revision lacks, and queues a good one', async () => {
    await storeTwoDrafts();
    const user = await openQueue();
    // The button runs the command "Print: Queue Pages…", which asks in the palette's input box.
    await user.click(screen.getByRole('button', { name: 'Queue pages…' }));
    const input = await screen.findByRole('textbox', { name: /Pages to queue/ }, { timeout: 5000 });
    await user.type(input, '2, 14A{Enter}');
    expect((await screen.findByRole('alert')).textContent, 'unknown page named').toContain('no page 14A');
    expect(
      screen.getByRole('textbox', { name: /Pages to queue/ }),
      'the box stays open for the correction',
    ).toBe(input);
    expect(await db.printJobs.count(), 'nothing queued').toBe(0);
    await user.clear(input);
    await user.type(input, '2{Enter}');
    await waitFor(async () => expect(await db.printJobs.count(), 'page 2 queued').toBe(1));
  });

  it('reorders with Alt+Down, edits recipients, merges and marks printed into the history', async () => {
    await storeTwoDrafts();
    const user = await openQueue();
    await user.click(screen.getByRole('button', { name: 'Queue pages…' }));
    await user.type(
      await screen.findByRole('textbox', { name: /Pages to queue/ }, { timeout: 5000 }),
      '2{Enter}',
    );
    // The form closes once the job is stored.
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: /Pages to queue/ }), 'form closed').toBeNull(),
    );
    await user.click(screen.getByRole('button', { name: 'Queue pages…' }));
    await user.type(await screen.findByRole('textbox', { name: /Pages to queue/ }), '1{Enter}');
    const list = await screen.findByRole('list', { name: 'Print jobs, in order' });
    await waitFor(() => expect(within(list).getAllByRole('listitem'), 'two jobs').toHaveLength(2));
    const first = within(list).getAllByRole('listitem')[0];
    expect(first.textContent, 'page 2 was queued first').toContain('page 2,');
    first.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[1].textContent, 'page 2 moved down').toContain('page 2,'),
    );
    expect(document.activeElement?.textContent, 'focus stays on the moved job').toContain('page 2,');

    const row = within(list).getAllByRole('listitem')[0];
    await user.click(within(row).getByRole('button', { name: 'Edit job' }));
    const recipients = within(row).getByLabelText('Recipients (name and copies)');
    await user.type(recipients, 'Writers 12, Production 4, Cast 20');
    await user.click(within(row).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Blue: 2 pages', { exact: false }),
      'totals follow the edit',
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Merge 2 jobs for the Blue revision/ }));
    await waitFor(() => expect(within(list).getAllByRole('listitem'), 'merged into one').toHaveLength(1));
    const merged = within(list).getByRole('listitem');
    expect(merged.textContent, 'pages in page order, recipients kept').toContain('pages 1, 2, 36 copies');
    expect(screen.getByText('Blue: 2 pages x 36 copies = 72 sheets'), 'the sheet total').toBeInTheDocument();

    await user.click(within(merged).getByRole('button', { name: 'Mark printed' }));
    const history = await screen.findByRole('list', { name: 'Print history' });
    expect(history.textContent, 'the printed job is in the history').toContain(
      'pages 1, 2, 36 copies, printed',
    );
    expect(
      screen.queryByRole('region', { name: 'Revisions with pages never printed' }),
      'nothing forgotten',
    ).toBeNull();
    expect(screen.queryByRole('button', { name: /to print$/ }), 'no count left').toBeNull();
  });
});
