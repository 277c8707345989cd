// @vitest-environment jsdom
// "Reading the page…" never spins forever: a reading that does not answer can be cancelled from the status bar, and
// it ends with a sentence.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform, ReadOutcome } from '../../../components/workbench/platform';
import { READ_DEADLINE_MS } from '../../../components/workbench/actions';
import { anchorAt } from '../../../lib/anchoring';
import { db, storeRevision } from '../../../lib/db';
import { parseFountain } from '../../../lib/script/fountain';
import { paginate } from '../../../lib/script/paginate';
import { clearDb, fakeLayout, fakePlatform, LATE_EDITION, renderWorkbench, storeScript } from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('reading the page', () => {
  it('a reading that never answers can be cancelled, and says so', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    // A permission prompt left unanswered, or a tab with nothing to read: the reading never settles.
    platform.readTab = vi.fn<Platform['readTab']>(() => new Promise<ReadOutcome>(() => {}));
    renderWorkbench(platform);
    await user.click(await screen.findByRole('button', { name: /^Read this page$/ }));
    const status = screen.getByRole('contentinfo', { name: 'Status' });
    expect(await within(status).findByText(/Reading the page/), 'the spinner shows').toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(within(status).queryByText(/Reading the page/), 'the spinner stops').toBeNull(),
    );
    expect(
      await screen.findByText(/Stopped waiting for the page/),
      'a sentence says what happened',
    ).toBeInTheDocument();
    expect(READ_DEADLINE_MS, 'and it would have ended by itself').toBeLessThanOrEqual(60_000);
  });
});

describe('reading a new draft', () => {
  it('says what changed (scenes, pages, notes carried) instead of the first-read message', async () => {
    const user = userEvent.setup();
    const first = await storeScript(parseFountain(LATE_EDITION), 'The Late Edition');
    const stored = (await db.revisions.get(first.revisionId))!.script;
    const start = stored.text.indexOf('Who signed off on page six?');
    const t = Date.now();
    await db.notes.add({
      id: 'n1',
      createdAt: t,
      updatedAt: t,
      scriptId: first.scriptId,
      revisionId: first.revisionId,
      anchor: anchorAt(stored, start, start + 27),
      placements: {},
      text: 'Keep this line',
      kind: 'decision',
      tags: [],
      resolved: false,
    });
    const platform = fakePlatform();
    platform.readTab = vi.fn<Platform['readTab']>(async () => {
      const next = parseFountain(LATE_EDITION.replace('The presses slow.', 'The presses stop dead.'));
      const r = await storeRevision({
        scriptId: first.scriptId,
        script: next,
        source: { kind: 'file', fileName: 'The Late Edition.fountain', format: 'fountain' },
        title: 'The Late Edition',
        pages: paginate(next, { paper: 'letter' }),
      });
      return { ok: true, ...r, title: 'The Late Edition' };
    });
    renderWorkbench(platform);
    await screen.findByRole('tree', { name: 'Outline' });
    await user.keyboard('{Alt>}{Shift>}R{/Shift}{/Alt}');
    const notice = await screen.findByText(/Stored a new draft of “The Late Edition”/, {}, { timeout: 8000 });
    expect(notice.textContent, 'the changed scene').toMatch(/1 scene changed/);
    expect(notice.textContent, 'the pages to reprint').toMatch(/1 page to reprint/);
    expect(notice.textContent, 'the note carried across').toMatch(
      /1 carried, 0 placed approximately, 0 orphaned/,
    );
  });
});
