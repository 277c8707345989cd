// Notes in the Script view's margin, end to end in Chromium: a note added on a selected line shows a marker on that
// line; the marker opens the thread under the line; a reply typed there appears and is stored; Ctrl+Alt+M opens the
// thread of the cursor line from the keyboard and Escape closes it. Screenshots in light and dark.
import { check, waitFor } from './harness.mjs';

export default (test) => {
  test('a note on a selected line shows a margin marker that opens its thread, and a reply appears', async (h) => {
    const panel = await h.openPanel();
    await panel.getByRole('button', { name: 'Open the demo script' }).click();
    const lines = panel.getByRole('listbox', { name: 'Script lines' });
    await lines.waitFor({ timeout: 15_000 });
    await lines.focus();
    // Down to the first line with text after a few lines in, as a user does with the arrow keys.
    for (let i = 0; i < 4; i++) await panel.keyboard.press('ArrowDown');
    const activeText = () =>
      lines.evaluate(
        (el) =>
          document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent?.trim() ?? '',
      );
    for (let guard = 0; guard < 10 && !(await activeText()); guard++) await panel.keyboard.press('ArrowDown');
    const lineText = await activeText();
    check(lineText.length > 0, 'a line with text is under the cursor');

    await panel.keyboard.press('Control+Alt+KeyN');
    const box = panel.getByRole('textbox', { name: 'New note' });
    await box.waitFor();
    await waitFor(() => box.evaluate((el) => el === document.activeElement), 5000, 'the capture box focused');
    await box.pressSequentially('!q Is this the right diner? <b>not bold</b>');
    await box.press('Enter');
    await waitFor(async () => (await box.inputValue()) === '', 5000, 'the note saved');

    await panel.getByRole('tab', { name: 'Script' }).click();
    const marker = panel.getByRole('button', { name: '1 note on this line: open thread' });
    await marker.waitFor({ timeout: 10_000 });
    const markedLine = await marker.evaluate((btn) => {
      const id = btn.parentElement?.querySelector('[hidden]')?.id;
      return document.querySelector(`[aria-describedby="${id}"]`)?.textContent?.trim() ?? '';
    });
    check(markedLine === lineText, `the marker is on the selected line: "${markedLine}" vs "${lineText}"`);
    await h.screenshot(panel, 'margin-marker');

    await marker.click();
    const thread = panel.getByRole('region', { name: '1 note on this line' });
    await thread.waitFor({ timeout: 5000 });
    const noteText = await thread.getByText('Is this the right diner? <b>not bold</b>').count();
    check(noteText === 1, 'the note text is shown literally in the thread');
    check((await thread.locator('b').count()) === 0, 'no markup made from the note text');
    const reply = thread.getByRole('textbox', { name: /^Reply to Question: Is this the right diner/ });
    await reply.fill('Yes: the one on Route 9.');
    await reply.press('Enter');
    await thread
      .getByRole('list', { name: 'Replies' })
      .getByText('Yes: the one on Route 9.')
      .waitFor({ timeout: 5000 });
    const notes = await h.stored('notes');
    const parent = notes.find((n) => n.text.startsWith('Is this the right diner?'));
    const stored = notes.find((n) => n.text === 'Yes: the one on Route 9.');
    check(parent && stored?.parentId === parent.id, 'the reply is stored under its note');
    await panel.getByRole('button', { name: '1 note on this line: open thread', expanded: true }).waitFor();
    await h.screenshot(panel, 'margin-thread-light');
    await h.axe(panel, 'script view with a margin thread open');

    await thread.getByRole('button', { name: 'Close thread' }).click();
    await thread.waitFor({ state: 'detached', timeout: 5000 });
    // From the keyboard: the cursor is still on the line; the shortcut opens the thread with the cursor in the reply box.
    await lines.focus();
    await panel.keyboard.press('Control+Alt+KeyM');
    await thread.waitFor({ timeout: 5000 });
    await waitFor(
      () =>
        panel.evaluate(
          () => document.activeElement?.getAttribute('aria-label')?.startsWith('Reply to') ?? false,
        ),
      5000,
      'the reply box focused',
    );
    await panel.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(panel, 'margin-thread-dark');
    await panel.keyboard.press('Escape');
    await thread.waitFor({ state: 'detached', timeout: 5000 });
    check(
      await lines.evaluate((el) => el === document.activeElement),
      'Escape gives focus back to the script lines',
    );
    await panel.close();
  });
};
