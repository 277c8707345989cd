// @vitest-environment jsdom
// The panel when the browser dropped its database (components/workbench/stored-data.tsx): the mark kept outside
// IndexedDB says scripts were stored, the database holds none, and the panel says so instead of greeting a new user.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MarkArea, StoredMark } from '../../../lib/db/stored-mark';
import { parseFountain } from '../../../lib/script/fountain';
import { clearDb, fakeLayout, fakePlatform, LATE_EDITION, renderWorkbench, storeScript } from '../helpers';

function fakeArea(initial?: StoredMark): MarkArea & { value: StoredMark | undefined } {
  const area = {
    value: initial,
    async get() {
      return area.value;
    },
    async set(mark: StoredMark) {
      area.value = mark;
    },
    async remove() {
      area.value = undefined;
    },
  };
  return area;
}

function renderWith(area: MarkArea) {
  return renderWorkbench({ ...fakePlatform(), storedMark: area });
}

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('stored scripts lost', () => {
  it('says the scripts are gone, why, and where the last backup is restored', async () => {
    const backupAt = new Date(2026, 10, 27).getTime();
    renderWith(fakeArea({ scripts: 3, at: 1, lastBackupAt: backupAt }));
    const alert = await screen.findByRole('alert', { name: 'Stored scripts lost' });
    expect(alert).toHaveTextContent('Your stored scripts are gone');
    expect(alert).toHaveTextContent('the 3 scripts and their notes');
    expect(alert).toHaveTextContent(
      `Restore your last backup file (saved on ${new Date(backupAt).toLocaleDateString(undefined, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      })})`,
    );
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Restore a backup' }));
    expect(await screen.findByRole('region', { name: 'Backup & restore' })).toBeInTheDocument();
  });

  it('says when no backup was saved from this browser', async () => {
    renderWith(fakeArea({ scripts: 1, at: 1 }));
    const alert = await screen.findByRole('alert', { name: 'Stored scripts lost' });
    expect(alert).toHaveTextContent('the script and its notes');
    expect(alert).toHaveTextContent('No backup was saved from this browser');
  });

  it('goes once scripts are back (a backup restored), and the mark follows the database', async () => {
    const area = fakeArea({ scripts: 2, at: 1, lastBackupAt: 5 });
    renderWith(area);
    await screen.findByRole('alert', { name: 'Stored scripts lost' });
    await storeScript(parseFountain(LATE_EDITION));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Stored scripts lost' })).toBeNull());
    await waitFor(() => expect(area.value).toMatchObject({ scripts: 1, lastBackupAt: 5 }));
  });

  it('Start afresh puts the notice away and forgets the mark', async () => {
    const area = fakeArea({ scripts: 2, at: 1 });
    renderWith(area);
    const alert = await screen.findByRole('alert', { name: 'Stored scripts lost' });
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Start afresh' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Stored scripts lost' })).toBeNull());
    expect(area.value).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Open the demo script' })).toBeInTheDocument();
  });

  it('a new install shows the welcome and no notice; the first script stored writes the mark', async () => {
    const area = fakeArea();
    renderWith(area);
    await screen.findByRole('button', { name: 'Open the demo script' });
    expect(screen.queryByRole('alert', { name: 'Stored scripts lost' })).toBeNull();
    await storeScript(parseFountain(LATE_EDITION));
    await waitFor(() => expect(area.value).toMatchObject({ scripts: 1 }));
  });

  it('scripts kept: no notice', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    const area = fakeArea({ scripts: 1, at: 1 });
    renderWith(area);
    expect(await screen.findByRole('option', { name: 'Page 1' })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'Stored scripts lost' })).toBeNull();
  });
});
