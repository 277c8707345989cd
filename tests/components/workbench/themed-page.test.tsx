// @vitest-environment jsdom
// The print, minutes and clearance report pages follow the theme setting live, as the panel does: a theme picked in
// any panel while the page is open applies at once, and nothing is claimed before the setting has loaded.
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { settings } from '../../../lib/db';
import { ThemedPage } from '../../../components/workbench/ThemedPage';
import { clearDb } from '../helpers';

beforeEach(async () => {
  await clearDb();
  delete document.documentElement.dataset.theme;
});

describe('ThemedPage', () => {
  it('applies the stored theme, then each change to it, without a reload', async () => {
    await settings.theme.set('dark');
    render(
      <ThemedPage>
        <h1>Clearance report</h1>
      </ThemedPage>,
    );
    expect(
      screen.getByRole('heading', { name: 'Clearance report' }),
      'the page renders at once',
    ).toBeVisible();
    expect(document.documentElement.dataset.theme, 'nothing claimed while the setting loads').toBeUndefined();
    await waitFor(() => expect(document.documentElement.dataset.theme, 'the stored Dark').toBe('dark'));
    await settings.theme.set('high-contrast');
    await waitFor(() =>
      expect(document.documentElement.dataset.theme, 'High contrast picked elsewhere').toBe('high-contrast'),
    );
    await settings.theme.set('auto');
    await waitFor(() => expect(document.documentElement.dataset.theme, 'back to the browser').toBe('auto'));
  });

  it('follows the browser when no theme was ever picked', async () => {
    render(
      <ThemedPage>
        <p>Minutes</p>
      </ThemedPage>,
    );
    await waitFor(() => expect(document.documentElement.dataset.theme, 'auto by default').toBe('auto'));
  });
});
