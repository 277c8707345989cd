// @vitest-environment jsdom
// The activity bar: only registered views, named tabs, arrow keys move between them, and the panel follows.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { VIEWS } from '../../../components/views/registry';
import { ActivityBar } from '../../../components/workbench/ActivityBar';
import { clearDb, fakeLayout, renderWorkbench } from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('activity bar', () => {
  it('shows one named tab per registered view and no placeholders', async () => {
    renderWorkbench();
    const tabs = await screen.findAllByRole('tab');
    expect(
      tabs.map((t) => t.getAttribute('aria-label')),
      'tabs are exactly the registered views',
    ).toEqual(VIEWS.map((v) => v.title));
    expect(tabs[0].getAttribute('title'), 'each tab has a tooltip').toBe('Script');
  });

  it('moves between views with arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderWorkbench();
    const script = await screen.findByRole('tab', { name: 'Script' });
    expect(script, 'Script starts selected').toHaveAttribute('aria-selected', 'true');
    script.focus();
    await user.keyboard('{ArrowDown}');
    const second = screen.getByRole('tab', { name: VIEWS[1].title });
    expect(second, 'ArrowDown selects the next view').toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement, 'focus follows the selected tab').toBe(second);
    await user.keyboard('{End}');
    const settings = screen.getByRole('tab', { name: 'Settings' });
    expect(settings, 'End selects the last view').toHaveAttribute('aria-selected', 'true');
    expect(
      await screen.findByRole('tabpanel', { name: 'Settings' }),
      'the Settings panel shows',
    ).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Script' }), 'Home goes to the first view').toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{End}');
    expect(settings, 'End goes to the last view').toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tab', { name: 'Script' }), 'ArrowDown wraps around').toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0).length, 'one tab stop in the bar').toBe(
      1,
    );
  });

  it('names a tab with its visible badge number, so what is said matches what is shown', () => {
    const views = [
      { id: 'a', title: 'Print queue', codicon: 'file-pdf', component: () => null, useBadge: () => 2 },
      { id: 'b', title: 'Fact-check', codicon: 'checklist', component: () => null, useBadge: () => 120 },
      { id: 'c', title: 'Settings', codicon: 'settings-gear', component: () => null, useBadge: () => 0 },
    ];
    render(<ActivityBar views={views} active="a" onSelect={() => {}} />);
    const queue = screen.getByRole('tab', { name: 'Print queue 2' });
    expect(queue.textContent, 'the badge shows the number').toBe('2');
    expect(
      screen.getByRole('tab', { name: 'Fact-check 99+' }),
      'a large count is named as shown',
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Settings' }).textContent, 'no badge for zero').toBe('');
  });
});
