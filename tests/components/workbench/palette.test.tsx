// @vitest-environment jsdom
// The command palette: opened from the keyboard, fuzzy matches highlighted, keybindings in each option's name,
// Enter runs, Escape returns focus, `@` scene and `:` page modes, recently used first, and a command asking a choice.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { commandLabel, COMMANDS } from '../../../lib/commands/registry';
import { db } from '../../../lib/db';
import { parseFountain } from '../../../lib/script/fountain';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
  await storeScript(parseFountain(LATE_EDITION));
});

async function openPalette(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
  // The palette is split out of the first load: allow for its module to load.
  return screen.findByRole('combobox', {}, { timeout: 5000 });
}

/** The palette's result options (the script's lines are options too). */
function results() {
  return within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option');
}

describe('command palette', () => {
  it('keeps what is typed straight after F1, before the palette has loaded', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await screen.findByRole('tree', { name: 'Outline' });
    // Typed at once, as a PA does: the palette's code may still be loading.
    await user.keyboard('{F1}toggle outl');
    const input = await screen.findByRole('combobox', {}, { timeout: 5000 });
    await waitFor(() => expect(input, 'nothing typed is lost').toHaveValue('>toggle outl'));
  });

  it('opens with Ctrl+Shift+P, highlights matches and runs the chosen command with Enter', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await screen.findByRole('tree', { name: 'Outline' });
    const input = await openPalette(user);
    expect(document.activeElement, 'focus is in the palette input').toBe(input);
    expect(input, 'command mode starts with ">"').toHaveValue('>');
    await user.type(input, 'toggle outl');
    const option = screen.getByRole('option', { name: /^View: Toggle Outline, keybinding Control Shift E$/ });
    expect(option, 'best match first and active').toHaveAttribute('aria-selected', 'true');
    const marks = Array.from(option.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks.join(''), 'matched characters are highlighted').toMatch(/Toggle/);
    expect(within(option).getByText('Ctrl+Shift+E'), 'the keybinding shows at the right').toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('combobox'), 'the palette closes').toBeNull();
    expect(screen.queryByRole('tree', { name: 'Outline' }), 'Toggle Outline hid the outline').toBeNull();
  });

  it('lists every command when the script is open, each reachable by its title', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await screen.findByRole('tree', { name: 'Outline' });
    const input = await openPalette(user);
    for (const command of COMMANDS) {
      await user.clear(input);
      await user.type(input, `>${command.title.replace('…', '')}`);
      const names = results().map((o) => o.getAttribute('aria-label') ?? '');
      expect(
        names.some((n) => n.startsWith(commandLabel(command))),
        `${command.id} is found by typing its title`,
      ).toBe(true);
    }
  });

  it('opens with F1, closes with Escape and gives focus back', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    const tab = await screen.findByRole('tab', { name: 'Settings' });
    await user.click(tab);
    expect(document.activeElement, 'the Settings tab has focus').toBe(tab);
    await user.keyboard('{F1}');
    await screen.findByRole('combobox', {}, { timeout: 5000 });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox'), 'Escape closes').toBeNull();
    expect(document.activeElement, 'focus returns to where the user was').toBe(tab);
  });

  it('jumps to a scene in @ mode and to a page in : mode', async () => {
    const user = userEvent.setup();
    const { platform } = renderWorkbench();
    await screen.findByRole('tree', { name: 'Outline' });
    let input = await openPalette(user);
    await user.clear(input);
    await user.type(input, '@press');
    expect(results()[0], 'the matching scene first').toHaveAccessibleName(/PRESS ROOM/);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(platform.revealInPage, 'the scene is shown in the page').toHaveBeenCalled());
    expect(platform.revealInPage.mock.calls.at(-1)?.[1].quote, 'its heading').toBe('INT. PRESS ROOM - NIGHT');
    const heading = screen.getByRole('option', { name: /INT\. PRESS ROOM/ });
    expect(heading, 'and selected in the panel').toHaveAttribute('aria-selected', 'true');

    input = await openPalette(user);
    await user.clear(input);
    await user.type(input, ':2');
    const option = within(screen.getByRole('listbox', { name: 'Results' })).getByRole('option', {
      name: 'Page 2',
    });
    expect(option, 'the page is offered').toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('combobox'), 'closed after the jump').toBeNull();
  });

  it('puts recently used commands first', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    await screen.findByRole('tree', { name: 'Outline' });
    let input = await openPalette(user);
    await user.type(input, 'next scene');
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await db.settings.get('ui.recentCommands'), 'the run is remembered').toBeDefined(),
    );
    input = await openPalette(user);
    await waitFor(() =>
      expect(results()[0], 'the last command run comes first').toHaveAccessibleName(/^Go: Next Scene/),
    );
    expect(
      within(screen.getByRole('listbox', { name: 'Results' })).getByText('recently used'),
      'the group is labelled',
    ).toBeInTheDocument();
    expect(input, 'still in command mode').toHaveValue('>');
  });

  it('asks for a choice for Choose Script and switches to the chosen script', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain('INT. OTHER ROOM - DAY\n\nSomething else entirely.\n'), 'Episode 102');
    renderWorkbench();
    await screen.findByRole('tree', { name: 'Outline' });
    const input = await openPalette(user);
    await user.type(input, 'choose script');
    await user.keyboard('{Enter}');
    const pick = await screen.findByRole('combobox', { name: /Choose the script to show in this panel/ });
    await user.type(pick, '102');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        screen.getByRole('contentinfo', { name: 'Status' }),
        'the status bar names the chosen script',
      ).toHaveTextContent('Episode 102'),
    );
  });
});
