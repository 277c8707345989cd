// @vitest-environment jsdom
// The Script view on a real parsed script: pages with labels, scene numbers, indents, line selection by mouse and
// keyboard, and showing the selected lines in the page.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseFountain } from '../../../lib/script/fountain';
import { buildScript } from '../../../lib/script/model';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('script view', () => {
  it('renders the pages of a parsed script with page labels, scene numbers and indents', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    renderWorkbench();
    expect(
      await screen.findByRole('option', { name: 'Page 1' }, { timeout: 5000 }),
      'page 1 label',
    ).toHaveTextContent('1.');
    expect(screen.getByRole('option', { name: 'Page 2' }), 'the script runs onto page 2').toHaveTextContent(
      '2.',
    );
    const heading = screen.getByRole('option', { name: /INT\. COPY DESK - NIGHT/ });
    await waitFor(() =>
      expect(heading.querySelectorAll('.scene-number').length, 'scene number in both margins').toBe(2),
    );
    expect(heading.querySelector('.scene-number')?.textContent, 'the source scene number').toBe('1');
    const [cue] = screen.getAllByRole('option', { name: 'RUTH' });
    const cueIndent = (cue.querySelector('.line-text') as HTMLElement).style.paddingLeft;
    expect(cueIndent, 'a character cue is indented in ch units').toMatch(/^\d+ch$/);
    expect(parseInt(cueIndent, 10), 'a cue sits right of the action margin').toBeGreaterThan(15);
  });

  it('selects lines with the keyboard and shows the selection in the page', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain(LATE_EDITION));
    const { platform } = renderWorkbench();
    const list = await screen.findByRole('listbox', { name: 'Script lines' }, { timeout: 5000 });
    list.focus();
    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: /INT\. COPY DESK/ });
    expect(first, 'ArrowDown puts the cursor on the first line').toHaveAttribute('aria-selected', 'true');
    expect(list.getAttribute('aria-activedescendant'), 'the cursor line is the active descendant').toBe(
      first.id,
    );
    await user.keyboard('{ArrowDown}{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    const selected = screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected.length, 'Shift+ArrowDown extends over the two following lines').toBe(3);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(platform.revealInPage, 'Enter shows the selection in the page').toHaveBeenCalled(),
    );
    const [tabId, where] = platform.revealInPage.mock.calls[0];
    expect(tabId, 'the target tab').toBe(7);
    const script = parseFountain(LATE_EDITION);
    expect(where.quote, 'the quote is the selected script text').toBe(
      script.text.slice(where.start, where.end),
    );
    expect(where.quote, 'the selection starts at the action line after the heading').toMatch(
      /^A newsroom after deadline/,
    );
  });

  it('selects a line with a click and extends with Shift+click', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain(LATE_EDITION));
    const { platform } = renderWorkbench();
    const [cue] = await screen.findAllByRole('option', { name: 'RUTH' });
    await user.click(cue);
    expect(cue, 'a clicked line is selected').toHaveAttribute('aria-selected', 'true');
    await waitFor(() =>
      expect(platform.revealInPage, 'a click shows the line in the page').toHaveBeenCalled(),
    );
    expect(platform.revealInPage.mock.calls.at(-1)?.[1].quote, 'the clicked line').toBe('RUTH');
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('option', { name: 'Who signed off on page six?' }));
    await user.keyboard('{/Shift}');
    expect(
      platform.revealInPage.mock.calls.at(-1)?.[1].quote,
      'Shift+click extends the selection from the cue to the dialogue',
    ).toBe('RUTH\n\nWho signed off on page six?');
  });

  it('shows hostile page text literally', async () => {
    // Shorter than one printed line (60 characters), so it is not wrapped.
    const hostile = '<img src=x onerror=alert(1)>\u202Eevil\u202C<script>x</script>';
    await storeScript(
      buildScript('html', [
        { type: 'scene_heading', text: 'INT. LAB - DAY' },
        { type: 'action', text: hostile },
      ]),
      'Hostile',
    );
    renderWorkbench();
    const line = await screen.findByRole('option', { name: /onerror/ }, { timeout: 5000 });
    expect(
      line.querySelector('.line-text')?.textContent,
      'markup shown character for character; the bidi override shown as a label instead of reversing the text',
    ).toBe('<img src=x onerror=alert(1)>U+202EevilU+202C<script>x</script>');
    expect(document.querySelector('img'), 'no element is created from the text').toBeNull();
    expect(document.querySelector('.script-pages script'), 'no script element from the text').toBeNull();
  });
});
