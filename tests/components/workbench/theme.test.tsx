// @vitest-environment jsdom
// Themes: the Settings override and the palette's Color Theme command set the theme the CSS reads, and it is kept.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { settings } from '../../../lib/db';
import { clearDb, fakeLayout, renderWorkbench } from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
  delete document.documentElement.dataset.theme;
});

describe('theme switch', () => {
  it('follows the browser until the user picks a theme in Settings', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await waitFor(() =>
      expect(document.documentElement.dataset.theme, 'default follows the browser').toBe('auto'),
    );
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    const dark = await screen.findByRole('radio', { name: 'Dark' }, { timeout: 5000 });
    expect(
      screen.getByRole('radio', { name: 'Follow the browser' }),
      'auto is checked at first',
    ).toBeChecked();
    await user.click(dark);
    await waitFor(() => expect(document.documentElement.dataset.theme, 'dark applied').toBe('dark'));
    expect(await settings.theme.get(), 'the choice is stored').toBe('dark');
    expect(dark, 'the radio shows the stored choice').toBeChecked();
  });

  it('switches theme from the palette, keyboard only', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await screen.findByRole('button', { name: 'Read this page' });
    await user.keyboard('{F1}');
    const input = await screen.findByRole('combobox', {}, { timeout: 5000 });
    await user.type(input, 'color theme');
    await user.keyboard('{Enter}');
    const pick = await screen.findByRole('combobox', { name: 'Select a colour theme' });
    await user.type(pick, 'high');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.documentElement.dataset.theme, 'high contrast applied').toBe('high-contrast'),
    );
  });
});
