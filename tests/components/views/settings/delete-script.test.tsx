// @vitest-environment jsdom
// A script can be deleted from Settings: asked first, then gone from the panel, and Undo brings it back.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../lib/db';
import { parseFountain } from '../../../../lib/script/fountain';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});
afterEach(() => vi.restoreAllMocks());

describe('deleting a script', () => {
  it('asks, deletes, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const { scriptId } = await storeScript(parseFountain(LATE_EDITION), 'The Late Edition');
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    const section = await screen.findByRole('region', { name: 'This script' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    await user.click(within(section).getByRole('button', { name: 'Delete this script…' }));
    expect(confirm, 'asked first').toHaveBeenCalledWith(expect.stringMatching(/^Delete “The Late Edition”/));
    expect((await db.scripts.get(scriptId))?.deletedAt, 'No keeps it').toBeUndefined();
    confirm.mockReturnValueOnce(true);
    await user.click(within(section).getByRole('button', { name: 'Delete this script…' }));
    await waitFor(async () =>
      expect((await db.scripts.get(scriptId))?.deletedAt, 'deleted (kept for Undo)').toBeDefined(),
    );
    const status = screen.getByRole('contentinfo', { name: 'Status' });
    await waitFor(() =>
      expect(within(status).getByText('No script'), 'gone from the panel').toBeInTheDocument(),
    );
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await db.scripts.get(scriptId))?.deletedAt, 'Undo brings it back').toBeUndefined(),
    );
    await waitFor(() =>
      expect(within(status).getByText('The Late Edition'), 'shown again').toBeInTheDocument(),
    );
  });
});
