// @vitest-environment jsdom
// Issue 17 in the Fact-check view: the engine's suggestions are listed strongest first, each with its category and
// how often it occurs, and the script's own characters are not among them.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildScript } from '../../../../lib/script/model';
import { clearDb, fakeLayout, renderWorkbench, storeScript } from '../../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

const script = buildScript('fountain', [
  { type: 'scene_heading', text: 'INT. DINER - NIGHT', sceneNumber: '8' },
  { type: 'action', text: 'Mara reads about Kowalczyk in a diner in Pittsburgh.' },
  { type: 'character', text: 'MARA', name: 'MARA' },
  { type: 'dialogue', text: 'Pittsburgh again. Call 415-867-5309, Mara’s old number, from Pittsburgh.' },
]);

describe('fact-check suggestions', () => {
  it('are ranked strongest first, with category and count, and leave the characters out', async () => {
    const user = userEvent.setup();
    await storeScript(script, 'Diner');
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: /^Fact-check/ }));
    const list = await screen.findByRole('list', { name: /Suggestions/ }, { timeout: 5000 });
    const rows = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(rows[0], 'the phone number is the surest item').toMatch(/415-867-5309.*phone number/);
    expect(rows[1], 'then the known place, with its count').toMatch(/Pittsburgh.*place\/address.*×3/);
    // Its category is a guess (a person read about, or a product on the table): only its place in the list is sure.
    expect(rows.at(-1), 'an unknown single word comes last').toMatch(/Kowalczyk/);
    expect(rows.join('\n'), 'the character is not suggested').not.toMatch(/Mara/);
  });
});
