// A PA's day on the demo script in Firefox ESR: a note typed on a line and kept after a reload, a flag worked to
// verified, the two drafts compared, the revised pages queued and the print page rendered and printed with
// Firefox's own print engine, a backup saved to the downloads folder and restored, and all of it kept when Firefox
// restarts.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  byRole,
  check,
  clickRole,
  EXTENSION_ORIGIN,
  press,
  printedPages,
  ROOT,
  waitFor,
  waitForText,
} from './harness.mjs';

const ARTIFACTS = join(ROOT, 'tests/e2e-firefox/artifacts');
const NOTE = 'Firefox room note: check the diner sign #ff';

/** Replaces the text of an input the way a user does: select all, then type. */
async function fill(page, el, text) {
  await el.click();
  await press(page, 'Control+KeyA');
  await page.keyboard.press('Backspace');
  await el.type(text);
}

async function live(h, table) {
  return (await h.stored(table)).filter((r) => r.deletedAt === undefined);
}

/** The panel with the demo script open (the first test opens it; later ones find it current). */
async function demoPanel(h) {
  const panel = await h.openPanel();
  await byRole(panel, 'listbox', 'Script lines', { ms: 15_000 });
  return panel;
}

export default (test) => {
  let jobId;

  test('a note typed on a selected line is kept, with its anchor, after a reload', async (h) => {
    const panel = await h.openPanel();
    await clickRole(panel, 'button', 'Open the demo script');
    const lines = await byRole(panel, 'listbox', 'Script lines', { ms: 15_000 });
    await lines.focus();
    // Down to the first line with text (a blank line selects nothing).
    for (let i = 0; i < 15; i++) {
      await panel.keyboard.press('ArrowDown');
      const blank = await lines.evaluate((el) => {
        const active = document.getElementById(el.getAttribute('aria-activedescendant') ?? '');
        return !active || !active.textContent.trim();
      });
      if (!blank && i >= 2) break;
    }
    await press(panel, 'Control+Alt+KeyN');
    const box = await byRole(panel, 'textbox', 'New note');
    await waitFor(() => box.evaluate((el) => el === document.activeElement), 5000, 'the capture box focused');
    await box.type(NOTE);
    await box.press('Enter');
    const [note] = await waitFor(
      async () => ((await live(h, 'notes')).length === 1 ? live(h, 'notes') : undefined),
      10_000,
      'the note stored',
    );
    check(note.text.includes('Firefox room note') && note.tags.includes('ff'), `text and tag: ${note.text}`);
    check(note.anchor?.exact?.trim().length > 0, 'the note is anchored to the selected line');

    await h.reload(panel);
    await clickRole(panel, 'tab', /^Notes/);
    await byRole(panel, 'article', /Firefox room note/);
    const [after] = await live(h, 'notes');
    check(
      after.id === note.id && JSON.stringify(after.anchor) === JSON.stringify(note.anchor),
      'the same note with the same anchor after the reload',
    );
    await panel.close();
  });

  test('a suggested fact-check item is flagged and worked to verified, with its history; the report prints it', async (h) => {
    const panel = await demoPanel(h);
    await clickRole(panel, 'tab', /^Fact-check/);
    const flagIt = await byRole(panel, 'button', /^Flag '/, { ms: 15_000 });
    const item = (await flagIt.evaluate((el) => el.getAttribute('aria-label'))).slice("Flag '".length, -1);
    await flagIt.click();
    await waitFor(async () => (await live(h, 'flags')).length === 1, 10_000, 'the flag stored');
    await clickRole(panel, 'button', new RegExp(`flag .*'${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'$`));
    await fill(panel, await byRole(panel, 'textbox', 'Changed by'), 'JS');
    await clickRole(panel, 'button', 'Start research', {
      within: '[role=group][aria-label="Change status"]',
    });
    await waitFor(async () => (await live(h, 'flags'))[0].status === 'researching', 5000, 'researching');
    await clickRole(panel, 'button', 'Mark verified', { within: '[role=group][aria-label="Change status"]' });
    const [flag] = await waitFor(
      async () => {
        const flags = await live(h, 'flags');
        return flags[0]?.status === 'verified' ? flags : undefined;
      },
      5000,
      'the flag verified',
    );
    check(
      flag.history.map((x) => x.status).join('>') === 'open>researching>verified',
      `history: ${flag.history.map((x) => x.status)}`,
    );
    check(flag.history.at(-1).by === 'JS', `changed by JS: ${flag.history.at(-1).by}`);
    await h.reload(panel);
    await clickRole(panel, 'tab', /^Fact-check/);
    await byRole(panel, 'button', /^Verified flag /);
    await panel.close();

    // The printable clearance report (its own extension page) lists it, and Firefox prints it.
    const report = await h.newTab(
      `${EXTENSION_ORIGIN}/report.html?script=${flag.scriptId}&revision=${flag.revisionId}`,
    );
    await waitForText(report, /Clearance report: .*Marlowe/i);
    await waitForText(report, item);
    mkdirSync(ARTIFACTS, { recursive: true });
    const printed = (await printedPages(report, join(ARTIFACTS, 'firefox-report.pdf'))).join('\n');
    check(
      printed.includes(item) && /Verified/.test(printed),
      'the printed report has the item and its status',
    );
    check(!printed.includes('Print or save as PDF'), 'the screen-only button is not printed');
    await report.close();
  });

  test('the two demo drafts compared: changed scenes and pages listed, the diff shown', async (h) => {
    const panel = await demoPanel(h);
    await clickRole(panel, 'tab', /^Revisions/);
    const summary = await waitFor(
      () => panel.evaluate(() => document.querySelector('.compare-summary')?.textContent),
      10_000,
      'the compare summary',
    );
    check(/^Blue revision: \d+ scenes? changed, \d+ pages?/.test(summary), `summary line: ${summary}`);
    await byRole(panel, 'list', 'Changed scenes');
    const rows = await waitFor(
      () => panel.evaluate(() => document.querySelectorAll('.diff-row').length),
      10_000,
      'diff rows',
    );
    check(rows > 0, `diff rows shown: ${rows}`);
    await panel.close();
  });

  test('the revised pages are queued, and the print page renders and prints them', async (h) => {
    const panel = await demoPanel(h);
    await clickRole(panel, 'tab', /^Print queue/);
    await waitForText(panel, /Blue revision of 11\/27\/26: 2 revised pages never printed/);
    await clickRole(panel, 'button', 'Queue revised pages');
    const [job] = await waitFor(
      async () => {
        const jobs = await h.stored('printJobs');
        return jobs.length === 1 ? jobs : undefined;
      },
      10_000,
      'one stored job',
    );
    check(
      job.pages.join(',') === '1,2' && job.paperColor === 'Blue',
      `pages ${job.pages} on ${job.paperColor}`,
    );
    jobId = job.id;
    await panel.close();

    const page = await h.newTab(`${EXTENSION_ORIGIN}/print.html?job=${jobId}`);
    await page.setViewport({ width: 900, height: 1100 });
    const state = await waitFor(
      () => page.evaluate(() => document.body.dataset.state),
      15_000,
      'the print page ready',
    );
    check(state === 'ready', `the print page is ready (${state})`);
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.script-sheet')].map((s) => s.dataset.label),
    );
    check(labels.join(',') === '1,2', `pages 1 and 2 drawn: ${labels}`);
    check(
      (await page.evaluate(() => document.querySelectorAll('.revision-mark').length)) > 0,
      'changed lines carry a revision mark',
    );
    check(
      await page.evaluate(() => document.fonts.check('16px codicon') || document.fonts.status === 'loaded'),
      'fonts load under the CSP',
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await printedPages(page, join(ARTIFACTS, 'firefox-print-demo.pdf'));
    check(pdf.length === 3, `a cover sheet and two pages printed, got ${pdf.length} PDF pages`);
    check(/NIGHT SHIFT AT MARLOWE/i.test(pdf[0]), 'the cover names the script');
    for (const [i, label] of labels.entries()) {
      check(
        new RegExp(`BLUE REVISION - 11/27/26\\s+${label}\\.`).test(pdf[i + 1]),
        `page ${label}: header and label printed`,
      );
    }
    check(/\S\s+\*\s*$/m.test(pdf.slice(1).join('\n')), 'asterisks printed beside changed lines');
    check(!/Print…|Mark printed/.test(pdf.join('\n')), 'the screen-only controls are not printed');
    await page.close();
  });

  test('a backup is saved to the downloads folder and restored after the data is wiped', async (h) => {
    const panel = await demoPanel(h);
    await clickRole(panel, 'tab', /^Settings/);
    await clickRole(panel, 'button', 'Save backup of everything');
    const file = await h.downloaded(/^scriptside-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    check(typeof backup === 'object' && backup !== null, 'the backup is JSON');
    check(readFileSync(file, 'utf8').includes('Firefox room note'), 'the note is in the backup');
    const before = {
      notes: await h.stored('notes'),
      flags: await h.stored('flags'),
      jobs: await h.stored('printJobs'),
    };

    const ext = await h.extensionPage();
    await ext.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('scriptside');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction(['notes', 'flags', 'printJobs'], 'readwrite');
            for (const t of ['notes', 'flags', 'printJobs']) tx.objectStore(t).clear();
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    check((await h.stored('notes')).length === 0, 'notes wiped');

    const input = await panel.waitForSelector('form[aria-label="Restore a backup"] input[type=file]');
    await input.uploadFile(file);
    await clickRole(panel, 'button', 'Restore backup');
    // The restore says first what it will do, and writes only on the confirmation.
    await waitForText(panel, /This restore adds/);
    await clickRole(panel, 'button', 'Confirm: merge');
    await waitForText(panel, /Merged the backup:/);
    const after = {
      notes: await h.stored('notes'),
      flags: await h.stored('flags'),
      jobs: await h.stored('printJobs'),
    };
    for (const t of ['notes', 'flags', 'jobs'])
      check(
        JSON.stringify(after[t]) === JSON.stringify(before[t]),
        `${t} identical after the round trip (${before[t].length} before, ${after[t].length} after)`,
      );
    await h.reload(panel);
    await clickRole(panel, 'tab', /^Notes/);
    await byRole(panel, 'article', /Firefox room note/);
    await panel.close();
  });

  test('after Firefox restarts on the same profile, everything is still there', async (h) => {
    const tables = ['scripts', 'revisions', 'notes', 'flags', 'printJobs'];
    const count = async () =>
      Object.fromEntries(await Promise.all(tables.map(async (t) => [t, (await live(h, t)).length])));
    const before = await count();
    check(
      before.notes === 1 && before.flags === 1 && before.printJobs === 1,
      `data to keep: ${JSON.stringify(before)}`,
    );
    await h.restart();
    const after = await count();
    check(
      JSON.stringify(after) === JSON.stringify(before),
      `before ${JSON.stringify(before)} after ${JSON.stringify(after)}`,
    );
    const panel = await demoPanel(h);
    await clickRole(panel, 'tab', /^Notes/);
    await byRole(panel, 'article', /Firefox room note/);
    await panel.close();
  });
};
