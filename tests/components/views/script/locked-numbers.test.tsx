// @vitest-environment jsdom
// One scene numbering everywhere: after a draft is locked and a new draft adds a scene, the outline, the palette's
// `@` mode and Go to Scene number scenes as the pages print them (1A for the new scene, 2 for the scene after it).
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../lib/db';
import { storeRevision } from '../../../../lib/db/revisions';
import { lockRevision } from '../../../../lib/db/revision-edits';
import { parseFountain } from '../../../../lib/script/fountain';
import { paginate } from '../../../../lib/script/paginate';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../../helpers';

/** The fixture without its own scene numbers: the lock numbers the scenes 1, 2, 3, 4. */
const UNNUMBERED = LATE_EDITION.replace(/ #\d+#/g, '');
/** The next draft: a new scene between scenes 1 and 2. */
const WITH_NEW_SCENE = UNNUMBERED.replace(
  'EXT. LOADING DOCK - CONTINUOUS',
  'INT. MEDICAL EXAM ROOM - NIGHT\n\nA nurse checks the intern for ink poisoning.\n\nEXT. LOADING DOCK - CONTINUOUS',
);

async function lockedThenNewDraft() {
  const first = await storeScript(parseFountain(UNNUMBERED));
  await lockRevision(first.revisionId);
  const next = parseFountain(WITH_NEW_SCENE);
  await storeRevision({
    scriptId: first.scriptId,
    script: next,
    source: { kind: 'file', fileName: 'The Late Edition v2.fountain', format: 'fountain' },
    title: 'The Late Edition',
    pages: paginate(next, { paper: 'letter' }),
  });
  return first;
}

beforeEach(async () => {
  cleanup();
  fakeLayout();
  await clearDb();
});

describe('locked scene numbers', () => {
  it('the outline numbers a new scene 1A and keeps 2 for the scene after it, as the page does', async () => {
    await lockedThenNewDraft();
    expect(await db.revisions.count(), 'two drafts').toBe(2);
    renderWorkbench();
    const tree = await screen.findByRole('tree', { name: 'Outline' });
    await waitFor(
      () =>
        expect(
          within(tree).getByRole('treeitem', { name: /^Scene 1A: INT\. MEDICAL EXAM ROOM - NIGHT/ }),
          'the new scene is 1A in the outline',
        ).toBeInTheDocument(),
      // The layout code loads apart from the panel: allow for it on a loaded machine.
      { timeout: 8000 },
    );
    expect(
      within(tree).getByRole('treeitem', { name: /^Scene 2: EXT\. LOADING DOCK/ }),
      'the locked scene keeps its number 2, not 3',
    ).toBeInTheDocument();
    expect(
      within(tree).getByRole('treeitem', { name: /^Scene 4: EXT\. CITY STREET/ }),
      'and the last scene keeps 4',
    ).toBeInTheDocument();
    const [heading] = screen.getAllByRole('option', { name: /INT\. MEDICAL EXAM ROOM - NIGHT/ });
    expect(heading.textContent, 'the page prints 1A beside the heading').toMatch(/^1A.*1A$/);
  });

  it('Go to Scene finds "1A" and jumps to it', async () => {
    const user = userEvent.setup();
    const { platform } = { ...(await lockedThenNewDraft()), ...renderWorkbench() };
    await screen.findByRole('tree', { name: 'Outline' });
    await waitFor(
      () =>
        expect(
          screen.getByRole('treeitem', { name: /^Scene 1A:/ }),
          'laid out with the lock',
        ).toBeInTheDocument(),
      { timeout: 8000 },
    );
    await user.keyboard('{Control>}{Shift>}O{/Shift}{/Control}');
    const input = await screen.findByRole('combobox', {}, { timeout: 5000 });
    await user.type(input, '1A');
    const results = within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option');
    expect(results[0], 'the scene numbered 1A first').toHaveAccessibleName(/1A\s+INT\. MEDICAL EXAM ROOM/);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(platform.revealInPage.mock.calls.at(-1)?.[1].quote, 'shown in the page').toBe(
        'INT. MEDICAL EXAM ROOM - NIGHT',
      ),
    );
  });
});
