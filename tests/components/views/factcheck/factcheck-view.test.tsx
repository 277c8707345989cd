// @vitest-environment jsdom
// The Fact-check view in the workbench: flag a selected line with one keystroke, see it counted, work it through
// statuses by role and name, turn a suggestion into a flag, dismiss another (remembered), hostile text shown literally.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, type FlagStatus } from '../../../../lib/db';
import { createFlag } from '../../../../lib/factcheck/workflow';
import { buildScript } from '../../../../lib/script/model';
import type { PageTextRequest } from '../../../../components/workbench/platform';
import { clearDb, fakeLayout, fakePlatform, renderWorkbench, storeScript } from '../../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

const script = buildScript('fountain', [
  { type: 'scene_heading', text: 'INT. DINER - NIGHT', sceneNumber: '8' },
  { type: 'action', text: 'Mara sips an Acme Cola at Quimby Plaza.' },
  { type: 'character', text: 'MARA', name: 'MARA' },
  { type: 'dialogue', text: 'Call Senator Albrecht on 415-867-5309. <img src=x onerror=alert(1)>' },
]);

describe('fact-check view', () => {
  it('flags the selected line with Ctrl+Alt+K, narrowed to the item, and counts it', async () => {
    const user = userEvent.setup();
    await storeScript(script, 'Diner');
    renderWorkbench();
    await user.click(await screen.findByRole('option', { name: /Mara sips an Acme Cola/ }));
    await user.keyboard('{Control>}{Alt>}k{/Alt}{/Control}');
    await waitFor(async () => expect(await db.flags.count(), 'one flag stored').toBe(1));
    const [flag] = await db.flags.toArray();
    expect(flag.item, 'the flag is on the item the engine sees in the line').toBe('Acme Cola');
    expect(flag.category, 'with its category').toBe('brand');
    await screen.findByText(/Flagged business\/brand\/product “Acme Cola”/);
    const tab = screen.getByRole('tab', { name: /^Fact-check/ });
    await waitFor(() =>
      expect(tab.textContent, 'the activity bar badge counts the open flag').toContain('1'),
    );
    expect(
      screen.getByRole('button', { name: /1 open flag/ }),
      'the status bar counts it too',
    ).toBeInTheDocument();
  });

  it('flags text selected in the page, even when the request comes before the script has loaded', async () => {
    await storeScript(script, 'Diner');
    // The page's "Flag for fact-check" often opens the panel: its request is taken as the panel starts.
    const platform = fakePlatform();
    // Taken once, as the background's stored request is, by whichever subscription comes first.
    let waiting: PageTextRequest | undefined = { type: 'flag-fact', quote: 'Quimby Plaza' };
    platform.onReadRequest = (_read, onPageText) => {
      if (waiting) onPageText?.(waiting);
      waiting = undefined;
      return () => {};
    };
    renderWorkbench(platform);
    await waitFor(async () => expect(await db.flags.count(), 'one flag stored').toBe(1));
    const [flag] = await db.flags.toArray();
    expect(flag.item, 'on the selected text, found in the open draft').toBe('Quimby Plaza');
    expect(screen.getByRole('tab', { name: 'Script' }), 'the user stays where they were').toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('works a flag through statuses with history, by role and name', async () => {
    const user = userEvent.setup();
    await storeScript(script, 'Diner');
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    await user.click(await screen.findByRole('button', { name: "Flag 'Acme Cola'" }, { timeout: 5000 }));
    const row = await screen.findByRole('button', {
      name: "Open flag on page 1, scene 8: business/brand/product 'Acme Cola'",
    });
    await user.click(row);
    await user.type(screen.getByRole('textbox', { name: 'Changed by' }), 'JS');
    await user.click(screen.getByRole('button', { name: 'Start research' }));
    await user.click(await screen.findByRole('button', { name: 'Mark cleared' }));
    await screen.findByRole('button', {
      name: "Cleared flag on page 1, scene 8: business/brand/product 'Acme Cola'",
    });
    const [flag] = await db.flags.toArray();
    expect(
      flag.history.map((h) => `${h.status}:${h.by ?? ''}`),
      'history records each step and who',
    ).toEqual(['open:', 'researching:JS', 'cleared:JS']);
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: /open flag/ }),
        'no open flags left in the status bar',
      ).toBeNull(),
    );
  });

  it('dismisses a suggestion for this script and shows hostile text literally', async () => {
    const user = userEvent.setup();
    await storeScript(script, 'Diner');
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    const list = await screen.findByRole('list', { name: /Suggestions/ }, { timeout: 5000 });
    expect(
      within(list).getByText('415-867-5309'),
      'a real-looking phone number is suggested',
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Dismiss 'Quimby Plaza'" }));
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: "Dismiss 'Quimby Plaza'" }),
        'the dismissed suggestion goes',
      ).toBeNull(),
    );
    const dismissed = await db.dismissedSuggestions.toArray();
    expect(
      dismissed.map((d) => d.key),
      'the dismissal is remembered for this script',
    ).toEqual(['quimby plaza']);
    expect(document.querySelector('img'), 'page text never becomes markup').toBeNull();
  });

  it('says when the engine found nothing to check, apart from everything being flagged or dismissed', async () => {
    const user = userEvent.setup();
    const plain = buildScript('fountain', [
      { type: 'scene_heading', text: 'INT. KITCHEN - NIGHT' },
      { type: 'action', text: 'Mara pours coffee and waits.' },
    ]);
    await storeScript(plain, 'Kitchen');
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    expect(
      await screen.findByText(
        /the engine found no names, brands, places, titles or figures to check/,
        undefined,
        {
          timeout: 5000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/every item the engine sees is flagged or dismissed/)).toBeNull();
  });

  it('dismissing offers Undo, the dismissed list brings an item back, and Enter shows where it occurs', async () => {
    const user = userEvent.setup();
    await storeScript(script, 'Diner');
    const { platform } = renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    const list = await screen.findByRole('list', { name: /Suggestions/ }, { timeout: 5000 });
    await user.click(within(list).getByRole('button', { name: "Dismiss 'Quimby Plaza'" }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(
      await within(list).findByRole('button', { name: "Dismiss 'Quimby Plaza'" }),
      'Undo brings the suggestion back',
    ).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: "Dismiss 'Quimby Plaza'" }));
    await user.click(await screen.findByText(/^Dismissed \(1\)$/));
    await user.click(screen.getByRole('button', { name: "Bring back 'quimby plaza'" }));
    expect(
      await within(list).findByRole('button', { name: "Dismiss 'Quimby Plaza'" }),
      'the dismissed list brings it back too',
    ).toBeInTheDocument();
    const item = within(list).getByText('Acme Cola').closest('[role="button"]') as HTMLElement;
    item.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(platform.revealInPage.mock.calls.at(-1)?.[1].quote, 'Enter shows the item in the page').toBe(
        'Acme Cola',
      ),
    );
    expect(
      screen.getByText(/“Acme Cola”: 1 of 1, on page 1\./),
      'and says which occurrence and page',
    ).toBeInTheDocument();
  });

  it('filters rows and hides statuses with the toggles', async () => {
    const user = userEvent.setup();
    await storeScript(script, 'Diner');
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    await user.click(await screen.findByRole('button', { name: "Flag 'Acme Cola'" }, { timeout: 5000 }));
    await user.click(await screen.findByRole('button', { name: "Flag 'Senator Albrecht'" }));
    await screen.findByRole('button', { name: /Open flag .* person 'Senator Albrecht'/ });
    await user.type(screen.getByRole('searchbox', { name: 'Filter flags' }), 'albrecht');
    expect(screen.queryByRole('button', { name: /'Acme Cola'$/ }), 'the filter hides other flags').toBeNull();
    await user.clear(screen.getByRole('searchbox', { name: 'Filter flags' }));
    await user.click(screen.getByRole('button', { name: /^Open 2$/ }));
    expect(
      screen.queryByRole('button', { name: /^Open flag/ }),
      'the Open toggle hides open flags',
    ).toBeNull();
  });

  it('grouped by status, the groups follow the workflow order, not the script order', async () => {
    const user = userEvent.setup();
    const { scriptId, revisionId } = await storeScript(script, 'Diner');
    const stored = (await db.revisions.get(revisionId))!.script;
    const items: [string, FlagStatus][] = [
      ['Acme Cola', 'dismissed'],
      ['Quimby Plaza', 'researching'],
      ['415-867-5309', 'open'],
    ];
    for (const [i, [item, status]] of items.entries()) {
      const start = stored.text.indexOf(item);
      await db.flags.add({
        ...createFlag({
          id: `f${i}`,
          scriptId,
          revisionId,
          script: stored,
          start,
          end: start + item.length,
          category: 'other',
          at: 1,
        }),
        status,
      });
    }
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    const group = await screen.findByRole('combobox', { name: /Group by/ }, { timeout: 5000 });
    await user.selectOptions(group, 'status');
    const titles = screen
      .getAllByRole('list')
      .map((l) => l.getAttribute('aria-label'))
      .filter(Boolean);
    expect(
      titles.filter((t) => ['Open', 'Researching', 'Dismissed'].includes(t!)),
      'open, then researching, then dismissed',
    ).toEqual(['Open', 'Researching', 'Dismissed']);
  });
});
