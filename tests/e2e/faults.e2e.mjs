// Storage full end to end: the e2e build's fault middleware (lib/db/fault-injection.ts),
// switched on through the extension's localStorage, makes every write fail as Chrome does when the disk is full.
// The panel must say so, leave its saving state, keep what the user typed, and store nothing half-way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, SHIPPED_EXT, E2E_EXT, waitFor } from './harness.mjs';

const SWITCH = 'scriptside-e2e-storage-fault';
const FULL = /Storage is full - nothing was saved/;

/** Every .js file under `dir`, read as text. */
function bundleText(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.js'))
      out.push(readFileSync(join(e.parentPath ?? e.path, e.name), 'utf8'));
  }
  return out.join('\n');
}

async function setFault(page, mode) {
  await page.evaluate(
    ([key, m]) => (m ? localStorage.setItem(key, m) : localStorage.removeItem(key)),
    [SWITCH, mode],
  );
}

/** Selects a non-blank line a few rows down in the Script view by keyboard and leaves the list focused. */
async function selectLine(panel, steps) {
  await panel.getByRole('tab', { name: 'Script' }).click();
  const lines = panel.getByRole('listbox', { name: 'Script lines' });
  await lines.focus();
  for (let i = 0; i < steps; i++) await panel.keyboard.press('ArrowDown');
  for (let guard = 0; guard < 10; guard++) {
    const blank = await lines.evaluate((el) => {
      const active = document.getElementById(el.getAttribute('aria-activedescendant') ?? '');
      return !active || !active.textContent.trim();
    });
    if (!blank) break;
    await panel.keyboard.press('ArrowDown');
  }
}

/** Opens the demo script, or the script the panel already shows. */
async function openAScript(panel) {
  const lines = panel.getByRole('listbox', { name: 'Script lines' });
  const demo = panel.getByRole('button', { name: 'Open the demo script' });
  await waitFor(
    async () => (await lines.count()) > 0 || (await demo.count()) > 0,
    15_000,
    'the panel to start',
  );
  if ((await lines.count()) === 0) await demo.click();
  await lines.waitFor({ timeout: 15_000 });
}

const live = (rows) => rows.filter((r) => r.deletedAt === undefined);

export default (test) => {
  test('the shipped bundle has no fault switch; the e2e bundle has it', async () => {
    check(
      !bundleText(SHIPPED_EXT).includes(SWITCH),
      'the shipped build must not contain the storage fault switch',
    );
    check(
      bundleText(E2E_EXT).includes(SWITCH),
      'the e2e build carries the switch (else this file tests nothing)',
    );
  });

  test('a note saved with storage full: the panel says so, the text stays, Enter again saves it', async (h) => {
    const panel = await h.openPanel();
    await panel.getByRole('button', { name: 'Open the demo script' }).click();
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    await selectLine(panel, 3);
    await panel.keyboard.press('Control+Alt+KeyN');
    const box = panel.getByRole('textbox', { name: 'New note' });
    await box.waitFor();
    const text = 'Check the date on the cheque';
    await box.fill(text);
    await setFault(panel, 'quota');
    const started = Date.now();
    await box.press('Enter');
    await panel.getByText(FULL).first().waitFor({ timeout: 5000 });
    console.log(`    [measure] storage-full message shown ${Date.now() - started} ms after Enter`);
    check((await box.inputValue()) === text, 'the typed note is still in the box');
    check(live(await h.stored('notes')).length === 0, 'no note stored while storage is full');
    await h.screenshot(panel, 'faults-note-storage-full');

    // Second mode: AbortError wrapping QuotaExceededError, as Chrome reports it. Enter must not be stuck "saving".
    await setFault(panel, 'abort-quota');
    await box.focus();
    await box.press('Enter');
    await waitFor(
      async () => (await panel.getByText(FULL).count()) > 0,
      5000,
      'the message for the abort form',
    );
    check((await box.inputValue()) === text, 'the typed note survives the second failure');

    await setFault(panel, null);
    await box.focus();
    await box.press('Enter');
    await waitFor(
      async () => (await box.inputValue()) === '',
      5000,
      'the box to clear once the note is saved',
    );
    const notes = live(await h.stored('notes'));
    check(
      notes.length === 1 && notes[0].text === text,
      `the note stored once storage has room: ${notes.length}`,
    );
    await panel.close();
  });

  test('reading a page with storage full: a clear message and nothing half-stored; reading again works', async (h) => {
    const page = await h.openPage('/fixtures/cold-open.html');
    const panel = await h.openPanel(await h.tabIdOf(page));
    const scripts = (await h.stored('scripts')).length;
    const revisions = (await h.stored('revisions')).length;
    await setFault(panel, 'abort-quota');
    await panel
      .getByRole('button', { name: /^read this page$/i })
      .first()
      .click();
    await panel.getByText(FULL).first().waitFor({ timeout: 10_000 });
    check((await h.stored('scripts')).length === scripts, 'no script row from the failed read');
    check((await h.stored('revisions')).length === revisions, 'no revision row from the failed read');
    await h.screenshot(panel, 'faults-read-storage-full');
    await setFault(panel, null);
    await panel
      .getByRole('button', { name: /^read this page$/i })
      .first()
      .click();
    await waitFor(
      async () => (await h.stored('revisions')).length === revisions + 1,
      10_000,
      'the revision stored',
    );
    check((await h.stored('scripts')).length === scripts + 1, 'the script stored once storage has room');
    await panel.close();
    await page.close();
  });

  test('a fact-check flag with storage full: the panel says so and no flag is stored', async (h) => {
    const panel = await h.openPanel();
    await openAScript(panel);
    const before = live(await h.stored('flags')).length;
    await selectLine(panel, 4);
    await setFault(panel, 'quota');
    await panel.keyboard.press('Control+Alt+KeyK');
    await panel.getByText(FULL).first().waitFor({ timeout: 5000 });
    check(live(await h.stored('flags')).length === before, 'no flag stored while storage is full');
    await setFault(panel, null);
    await selectLine(panel, 0);
    await panel.keyboard.press('Control+Alt+KeyK');
    await waitFor(
      async () => live(await h.stored('flags')).length === before + 1,
      5000,
      'the flag stored once storage has room',
    );
    await panel.close();
  });
};
