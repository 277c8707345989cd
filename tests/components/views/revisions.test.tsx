// @vitest-environment jsdom
// The Revisions view on a real revision pair (Night Shift v1 -> v2): the list with colours, the summary line, changed
// scenes, the diff with changed words, next change by keyboard, the F7 list of changes, orphans and glances, and
// colour/date/lock edits.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorAt } from '../../../lib/anchoring';
import { db, newId, now, type NoteRecord } from '../../../lib/db';
import { nightShift, rangeOf } from '../../fixtures/revisions';
import { clearDb, fakeLayout, renderWorkbench, storeScript } from '../helpers';

const { v1, v2 } = nightShift();

async function seed() {
  const a = await storeScript(v1, 'Night Shift');
  const t = now();
  const note = (quote: string, text: string): NoteRecord => {
    const { start, end } = rangeOf(v1, quote);
    return {
      id: newId(),
      createdAt: t,
      updatedAt: t,
      scriptId: a.scriptId,
      revisionId: a.revisionId,
      anchor: anchorAt(v1, start, end),
      placements: {},
      text,
      kind: 'note',
      tags: [],
      resolved: false,
    };
  };
  await db.notes.bulkAdd([
    note('Wake up. The bread goes out at five.', 'Is this joke landing?'),
    note('The ovens have been cold since Tuesday.', 'Which day?'),
  ]);
  const b = await storeScript(v2, 'Night Shift');
  return { a, b };
}

async function openRevisions(user: ReturnType<typeof userEvent.setup>) {
  renderWorkbench();
  await user.click(await screen.findByRole('tab', { name: /Revisions/ }));
  return screen.findByText(/^(White|Blue) revision:/, {}, { timeout: 8000 });
}

beforeEach(async () => {
  fakeLayout(420, 900);
  await clearDb();
});

describe('revisions view', () => {
  it('lists every revision with colour, date and page count, and sums up the comparison of the last two', async () => {
    const user = userEvent.setup();
    await seed();
    await openRevisions(user);
    const list = screen.getByRole('list', { name: 'Revisions' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length, 'two stored drafts').toBe(2);
    expect(items[0], 'the first draft is White').toHaveTextContent('White draft');
    expect(items[1], 'the second is the Blue revision').toHaveTextContent('Blue Revision');
    expect(items[1], 'page count shown').toHaveTextContent(/\d+ pages?/);
    expect(
      screen.getByText(/Next revision: Pink/),
      'the next colour follows the WGA order',
    ).toBeInTheDocument();
    const summary = await screen.findByText(/^Blue revision:/);
    expect(summary.textContent, 'summary counts scenes, pages and the omitted scene').toMatch(
      /^Blue revision: \d+ scenes? changed, \d+ pages? \(.+\), 1 scene omitted$/,
    );
    const scenes = screen.getByRole('list', { name: 'Changed scenes' });
    expect(
      within(scenes).getByRole('button', { name: /Removed: 2 EXT\. LOADING DOCK/ }),
      'the cut scene',
    ).toBeInTheDocument();
    expect(
      within(scenes).getByRole('button', { name: /Added: 3A EXT\. ROOFTOP/ }),
      'the new scene',
    ).toBeInTheDocument();
    expect(
      within(scenes).getByRole('button', { name: /Changed: 1 INT\. BAKERY KITCHEN/ }),
      'the edited scene',
    ).toBeInTheDocument();
  });

  it('highlights changed words and steps through changes with Alt+F5 and the F7 list', async () => {
    const user = userEvent.setup();
    await seed();
    await openRevisions(user);
    const removedWord = await screen.findByText('Tuesday', { selector: '.diff-word-removed' });
    expect(removedWord, 'the removed word is marked inside its line').toBeInTheDocument();
    expect(
      screen.getByText('Monday', { selector: '.diff-word-inserted' }),
      'the inserted word too',
    ).toBeInTheDocument();
    await user.keyboard('{Alt>}{F5}{/Alt}');
    expect(
      await screen.findByText(/^Change 1 of \d+$/),
      'Alt+F5 goes to the first change',
    ).toBeInTheDocument();
    expect(screen.getByRole('status').textContent, 'the change is read out as a sentence').toMatch(
      /^Change 1 of \d+\. Changed action on page 1/,
    );
    await user.keyboard('{Alt>}{F5}{/Alt}');
    expect(screen.getByText(/^Change 2 of \d+$/), 'and on to the next').toBeInTheDocument();
    await user.keyboard('{Shift>}{Alt>}{F5}{/Alt}{/Shift}');
    expect(screen.getByText(/^Change 1 of \d+$/), 'Shift+Alt+F5 goes back').toBeInTheDocument();

    await user.keyboard('{F7}');
    const dialog = await screen.findByRole('dialog', { name: /\d+ changes/ });
    const box = within(dialog).getByRole('listbox', { name: 'Changes' });
    expect(box, 'focus moves into the list').toHaveFocus();
    const options = within(box).getAllByRole('option');
    expect(
      options.some((o) =>
        /^Removed scene heading .*“EXT\. LOADING DOCK - NIGHT”\.$/.test(o.textContent ?? ''),
      ),
      'each change is a sentence',
    ).toBe(true);
    await user.keyboard('{End}{Enter}');
    expect(screen.queryByRole('dialog'), 'Enter closes the list').toBeNull();
    expect(
      screen.getByText(new RegExp(`^Change ${options.length} of ${options.length}$`)),
      'and goes to the chosen change',
    ).toBeInTheDocument();
  });

  it('switches the diff between inline and side by side', async () => {
    const user = userEvent.setup();
    await seed();
    await openRevisions(user);
    await screen.findByText('Tuesday', { selector: '.diff-word-removed' });
    const diff = screen.getByRole('region', { name: 'Differences' });
    expect(diff, 'a narrow panel starts inline').toHaveClass('diff-inline');
    const switcher = screen.getByRole('group', { name: 'Diff layout' });
    await user.click(within(switcher).getByRole('button', { name: 'Side by side' }));
    expect(screen.getByRole('region', { name: 'Differences' }), 'side by side on request').toHaveClass(
      'diff-side-by-side',
    );
    expect(
      within(switcher).getByRole('button', { name: 'Side by side' }),
      'the choice shows',
    ).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: 'Inline' }));
    expect(screen.getByRole('region', { name: 'Differences' }), 'and back to inline').toHaveClass(
      'diff-inline',
    );
  });

  it('lists the orphaned note with its old text and the approximately placed one for a glance', async () => {
    const user = userEvent.setup();
    await seed();
    await openRevisions(user);
    const orphans = await screen.findByRole('list', { name: 'Orphaned notes and flags' });
    expect(orphans, 'the orphan keeps its old text').toHaveTextContent(
      'Wake up. The bread goes out at five.',
    );
    const glance = screen.getByRole('list', { name: 'Moved or approximately placed' });
    expect(glance, 'the edited line is worth a glance').toHaveTextContent('Which day?');
    await user.click(within(orphans).getByRole('button', { name: /Dismiss/ }));
    await waitFor(() =>
      expect(
        screen.queryByRole('list', { name: 'Orphaned notes and flags' }),
        'dismissed: off the list',
      ).toBeNull(),
    );
    expect((await db.notes.toArray()).length, 'and still stored').toBe(2);
    await user.click(within(glance).getByRole('button', { name: /Looks right/ }));
    await waitFor(() =>
      expect(
        screen.getByText('1 placed exactly. 1 dismissed orphan.'),
        'confirmed, and the dismissed orphan counted',
      ).toBeInTheDocument(),
    );
  });

  it('changes a colour and date, refuses a bad colour, and locks a draft', async () => {
    const user = userEvent.setup();
    const { a, b } = await seed();
    await openRevisions(user);
    await user.click(screen.getByRole('button', { name: 'Colour and date of Blue Revision' }));
    const form = screen.getByRole('form', { name: 'Edit Blue revision' });
    const colour = within(form).getByRole('combobox', { name: 'Colour' });
    await user.clear(colour);
    await user.type(colour, 'Tan');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.revisions.get(b.revisionId))?.color, 'colour stored').toBe('Tan'),
    );
    expect(
      await screen.findByText(/^Tan revision:/),
      'the summary follows the new colour',
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Colour and date of Tan Revision' }));
    const again = screen.getByRole('form', { name: 'Edit Tan revision' });
    await user.clear(within(again).getByRole('combobox', { name: 'Colour' }));
    await user.type(within(again).getByRole('combobox', { name: 'Colour' }), ' ');
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A revision needs a colour name.'), 'a clear message').toBeInTheDocument();
    expect((await db.revisions.get(b.revisionId))?.color, 'nothing lost').toBe('Tan');

    await user.click(screen.getByRole('button', { name: 'Lock White draft' }));
    await waitFor(async () =>
      expect((await db.revisions.get(a.revisionId))?.locked, 'the first draft is locked').toBe(true),
    );
    expect(
      await screen.findByRole('button', { name: 'Unlock White draft' }),
      'offers unlock',
    ).toBeInTheDocument();
  });

  it('says what to do when only one draft is stored', async () => {
    const user = userEvent.setup();
    await storeScript(v1, 'Night Shift');
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /Revisions/ }));
    expect(
      await screen.findByText(/Read the next draft of this script/),
      'no compare with one draft',
    ).toBeInTheDocument();
    await act(async () => {});
  });
});
