// @vitest-environment jsdom
// "Reading the page…" never spins forever: a reading that does not answer can be cancelled from the status bar, and
// it ends with a sentence.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform, ReadOutcome } from '../../../components/workbench/platform';
import { READ_DEADLINE_MS } from '../../../components/workbench/actions';
import { clearDb, fakeLayout, fakePlatform, renderWorkbench } from '../helpers';

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
