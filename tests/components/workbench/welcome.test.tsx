// @vitest-environment jsdom
// The welcome view: what a new user sees, and what its buttons do (including a failed reading).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDb, fakeLayout, fakePlatform, renderWorkbench } from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('welcome view', () => {
  it('offers one primary action and two secondary ones when nothing is stored', async () => {
    renderWorkbench();
    // The first render of the file also loads the modules: allow for it.
    const read = await screen.findByRole('button', { name: 'Read this page' }, { timeout: 5000 });
    expect(read.className, 'Read this page is the one primary button').toContain('button-primary');
    expect(
      screen.getByRole('button', { name: 'Import a script' }).className,
      'import is secondary',
    ).toContain('button-secondary');
    expect(
      screen.getByRole('button', { name: 'Open the demo script' }),
      'demo button shown',
    ).toBeInTheDocument();
    expect(document.querySelectorAll('.welcome .button-primary').length, 'at most one primary button').toBe(
      1,
    );
  });

  it('reads the target tab and then shows the script', async () => {
    const user = userEvent.setup();
    const { platform } = renderWorkbench();
    await user.click(await screen.findByRole('button', { name: 'Read this page' }));
    expect(platform.readTab, 'the panel reads its target tab').toHaveBeenCalledWith(
      7,
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    expect(
      await screen.findByRole('option', { name: 'Page 1' }),
      'the stored script is shown',
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open the demo script' }), 'welcome view gone').toBeNull();
  });

  it('shows a failed reading as an alert that stays', async () => {
    const user = userEvent.setup();
    renderWorkbench(
      fakePlatform({ ok: false, code: 'not_script', message: 'This page does not look like a script.' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Read this page' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent, 'the reader message reaches the user').toContain(
      'This page does not look like a script.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert'), 'dismiss removes the alert').toBeNull();
  });

  it('opens the demo script', async () => {
    const user = userEvent.setup();
    const { platform } = renderWorkbench();
    await user.click(await screen.findByRole('button', { name: 'Open the demo script' }));
    expect(platform.loadDemo, 'demo loaded through the platform').toHaveBeenCalledTimes(1);
    expect(
      await screen.findByRole('tree', { name: 'Outline' }),
      'the demo opens in the Script view',
    ).toBeInTheDocument();
  });
});
