// @vitest-environment jsdom
// A broken stored record (one that got past no check, or a bug) must not blank the panel: the view that cannot
// render says so, and the other views and Settings > Backup & restore still work.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db';
import { parseFountain } from '../../../lib/script/fountain';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('error boundaries', () => {
  it('a stored draft with a broken element is shown empty with a sentence; Settings and Backup still work', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    const revision = (await db.revisions.toArray())[0];
    // Written straight into storage, as a bug or an old unchecked restore could have.
    await db.revisions.put({
      ...revision,
      script: { ...revision.script, elements: [null as never, ...revision.script.elements] },
      pages: [null as never],
    });
    const user = userEvent.setup();
    renderWorkbench();
    const alert = await screen.findByText(/This draft is damaged and cannot be shown/, {}, { timeout: 5000 });
    expect(alert.textContent, 'names the bad field').toMatch(/elements\[0\] is not an element/);
    expect(screen.getByRole('tab', { name: 'Script' }), 'the workbench is up').toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const section = await screen.findByRole('region', { name: 'Backup & restore' });
    expect(
      within(section).getByRole('button', { name: 'Save backup of everything' }),
      'backup still reachable',
    ).toBeEnabled();
  });

  it('a view that throws while rendering shows a sentence, and the other views still work', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    const user = userEvent.setup();
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: 'Notes' }));
    await screen.findByRole('tabpanel');
    // A broken note kind: the Notes view reads it while rendering.
    const scriptId = (await db.scripts.toArray())[0].id;
    const revisionId = (await db.revisions.toArray())[0].id;
    await db.notes.put({
      id: 'broken',
      createdAt: 1,
      updatedAt: 1,
      scriptId,
      revisionId,
      placements: null as never,
      text: null as never,
      kind: 'note',
      tags: null as never,
      resolved: false,
    });
    const failed = await screen.findByText(/The Notes view could not be shown/, {}, { timeout: 5000 });
    expect(failed.textContent, 'says what still works').toMatch(/Settings → Backup & restore, still work/);
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(await screen.findByRole('region', { name: 'Backup & restore' }), 'Settings opens').toBeVisible();
  });
});
