// Fact-check end to end in Chromium: on the demo script, flag five items (one with Ctrl+Alt+K on a selected line, four
// from suggestions), work them to different statuses, reload, export the CSV report and read it back, print the
// packaged report page to PDF and read it with pdftotext; hostile text stays literal. Times the view with 500 flags
// seeded on the demo script (each test sets up its own script, so either runs alone).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { check, ROOT, waitFor } from './harness.mjs';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const HOSTILE = '=HYPERLINK("http://evil.example") <img src=x onerror=alert(1)>';

/** How many flags the measured Fact-check view shows. */
const FLAG_COUNT = 500;

/** Stores `count` flags ("Seeded item 0" onwards, statuses in turn) on a line of `revision`, with plain IndexedDB. */
async function seedFlags(h, scriptId, revision, count) {
  const text = revision.script.text;
  const at = text.indexOf('\n', 200) + 1;
  const exact = text.slice(at, text.indexOf('\n', at)).slice(0, 30);
  const anchor = {
    exact,
    prefix: text.slice(Math.max(0, at - 32), at),
    suffix: text.slice(at + exact.length, at + exact.length + 32),
    start: at,
    end: at + exact.length,
  };
  const ext = await h.extensionPage();
  await ext.evaluate(
    ({ scriptId, revisionId, anchor, count }) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('scriptside');
        req.onsuccess = () => {
          const idb = req.result;
          const tx = idb.transaction('flags', 'readwrite');
          const t = Date.now();
          for (let i = 0; i < count; i++) {
            const status = ['open', 'researching', 'cleared', 'verified'][i % 4];
            tx.objectStore('flags').put({
              id: `seed-${i}`,
              createdAt: t,
              updatedAt: t,
              scriptId,
              revisionId,
              anchor,
              placements: {},
              item: `Seeded item ${i}`,
              category: 'fact',
              question: 'Is this right?',
              sources: [],
              alternatives: [],
              notes: '',
              status,
              history: [{ status, at: t }],
            });
          }
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    { scriptId, revisionId: revision.id, anchor, count },
  );
}

async function liveFlags(h) {
  return (await h.stored('flags')).filter((f) => f.deletedAt === undefined);
}

/** Moves the flag whose row name matches `item` through the status buttons. */
async function work(panel, item, steps, by = 'JS') {
  await panel.getByRole('button', { name: new RegExp(`flag .*'${item}'$`) }).click();
  const byBox = panel.getByRole('textbox', { name: 'Changed by' });
  await byBox.fill(by);
  for (const step of steps)
    await panel.getByRole('group', { name: 'Change status' }).getByRole('button', { name: step }).click();
}

export default (test) => {
  test(
    'flag five items, work them, reload, export CSV and a printed report',
    async (h) => {
      // A corpus script read from its tab, as a user would (the demo's current draft has too few items for five).
      const lineWith = 'Lexus';
      const page = await h.openPage('/corpus/fountain/the-last-birthday-card.fountain');
      const panel = await h.openPanel(await h.tabIdOf(page));
      await panel.getByRole('button', { name: 'Read this page', exact: true }).click();
      const lines = panel.getByRole('listbox', { name: 'Script lines' });
      await lines.waitFor({ timeout: 15_000 });
      // Page down through the script until the line shows, then click it (selecting the line), as a user would.
      await lines.focus();
      const target = panel.getByRole('option', { name: new RegExp(lineWith) }).first();
      // Each key press scrolls the virtual list on the next frames: the lines are counted once they are drawn, or a
      // line seen before the scroll is gone by the time it is clicked.
      const drawn = () =>
        panel.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      for (let i = 0; i < 300 && !(await target.count()); i++) {
        await panel.keyboard.press('PageDown');
        await drawn();
      }
      await target.click();
      await panel.keyboard.press('Control+Alt+KeyK');
      await waitFor(async () => (await liveFlags(h)).length === 1, 5000, 'the keyboard flag stored');
      const first = (await liveFlags(h))[0];
      check(first.item === lineWith, `flag narrowed to the item: ${first.item}/${first.category}`);

      await panel.getByRole('tab', { name: 'Fact-check' }).click();
      const suggestions = panel.getByRole('list', { name: /Suggestions/ });
      await suggestions.waitFor({ timeout: 10_000 });
      const names = await suggestions
        .getByRole('button', { name: /^Flag '/ })
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      check(
        names.length >= 4,
        `at least four suggestions on the demo, got ${names.length}: ${names.join(', ')}`,
      );
      check(!names.some((n) => n.includes('555-0147')), 'the 555-01xx phone number is not suggested');
      for (const name of names.slice(0, 4)) await panel.getByRole('button', { name }).click();
      const flags = await waitFor(
        async () => ((await liveFlags(h)).length === 5 ? liveFlags(h) : null),
        5000,
        'five flags',
      );
      const items = [lineWith, ...flags.map((f) => f.item).filter((i) => i !== lineWith)];
      await work(panel, items[1], ['Start research', 'Mark cleared']);
      await work(panel, items[2], ['Mark not clear']);
      await work(panel, items[3], ['Mark verified']);
      await work(panel, items[4], ['Dismiss']);
      // Research notes with hostile text on the first flag.
      await panel.getByRole('button', { name: new RegExp(`flag .*'${lineWith}'$`) }).click();
      await panel.getByRole('textbox', { name: 'Research notes' }).fill(HOSTILE);
      await panel
        .getByRole('textbox', { name: 'Alternatives (one a line)' })
        .fill('Harbour Mutual\nPier Street Savings');
      await panel.getByRole('textbox', { name: 'Assignee' }).click();
      await waitFor(async () => (await liveFlags(h)).some((f) => f.notes === HOSTILE), 5000, 'notes saved');
      await panel
        .getByRole('button', { name: new RegExp(`^Open flag on page \\d+, scene \\d+: .*'${lineWith}'$`) })
        .waitFor();
      await h.screenshot(panel, 'factcheck-view');
      await h.axe(panel, 'fact-check view');

      await panel.reload();
      await panel.getByRole('tab', { name: 'Fact-check' }).click();
      await panel
        .getByRole('button', { name: new RegExp(`^Cleared flag .*'${items[1]}'$`) })
        .waitFor({ timeout: 10_000 });
      await panel
        .getByRole('button', { name: new RegExp(`^Not clear \\(needs change\\) flag .*'${items[2]}'$`) })
        .waitFor();
      const after = await liveFlags(h);
      check(
        after
          .find((f) => f.item === items[1])
          .history.map((x) => x.status)
          .join('>') === 'open>researching>cleared',
        'history kept',
      );
      check(
        (await panel.getByRole('tab', { name: 'Fact-check' }).textContent()).includes('1'),
        'badge: one open flag',
      );

      const [file] = await Promise.all([
        panel.waitForEvent('download'),
        panel
          .getByRole('toolbar', { name: 'Fact-check actions' })
          .getByRole('button', { name: 'Export Clearance Report (CSV)' })
          .click(),
      ]);
      const csv = readFileSync(await file.path(), 'utf8');
      const rows = Papa.parse(csv, { skipEmptyLines: true }).data;
      check(rows[0][0] === 'Clearance report' && rows[0][1].length > 0, `title row: ${rows[0]}`);
      check(/^\w+ draft of \d{4}-\d\d-\d\d$/.test(rows[1][1]), `draft row: ${rows[1]}`);
      check(rows.length === 3 + 5, `header + five rows, got ${rows.length - 3}`);
      const bank = rows.find((r) => r[3] === lineWith);
      check(bank && bank[7] === `'${HOSTILE}`, `hostile notes defused and literal: ${bank?.[7]}`);
      check(bank[9] === 'Harbour Mutual; Pier Street Savings', 'alternatives in the CSV');

      const revisions = (await h.stored('revisions')).filter((r) => r.scriptId === first.scriptId);
      const current = revisions.find((r) => r.id === first.revisionId);
      const report = await h.context.newPage();
      let dialogs = 0;
      report.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await report.goto(
        `chrome-extension://${h.extensionId}/report.html?script=${first.scriptId}&revision=${current.id}`,
      );
      await report.getByRole('heading', { name: /Clearance report/ }).waitFor({ timeout: 10_000 });
      check(
        (await report.locator('main img').count()) === 0 && dialogs === 0,
        'nothing ran in the report page',
      );
      await h.screenshot(report, 'factcheck-report');
      mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = join(ARTIFACTS, 'factcheck-report.pdf');
      writeFileSync(pdf, await report.pdf({ preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      check(text.includes('Clearance report') && / draft, \d{4}-/.test(text), 'printed title and draft');
      check(
        text.includes(lineWith) && text.includes('Cleared') && text.includes('Not clear'),
        'printed items and statuses',
      );
      // Table columns interleave in pdftotext's layout, so look for each piece of the hostile text.
      check(
        ['=HYPERLINK("http://evil.example")', '<img', 'src=x', 'onerror=alert(1)>'].every((t) =>
          text.includes(t),
        ),
        'hostile text printed literally',
      );
      await report.close();
      await panel.close();
    },
    { corpus: true },
  );

  test('measures: the Fact-check view with 500 flags', async (h) => {
    // Its own script and flags, whatever ran before: the demo, opened from the palette (which works whether or not
    // a script is stored already), with 500 flags seeded on its newest draft.
    const opener = await h.openPanel();
    // The activity bar shows both on the welcome view and on a stored script.
    await opener.getByRole('tab', { name: 'Settings' }).waitFor({ timeout: 15_000 });
    await opener.keyboard.press('F1');
    await opener.getByRole('combobox').first().fill('>Open the Demo Script');
    await opener.keyboard.press('Enter');
    const { scriptId, revision } = await waitFor(
      async () => {
        const current = (await h.stored('settings')).find((s) => s.key === 'ui.currentScriptId')?.value;
        const drafts = (await h.stored('revisions')).filter((r) => r.scriptId === current);
        // The demo arrives as two drafts; its newest is the one the panel shows.
        return drafts.length === 2
          ? { scriptId: current, revision: drafts.sort((x, y) => y.seq - x.seq)[0] }
          : null;
      },
      15_000,
      'the demo script stored and chosen',
    );
    await opener.close();
    await seedFlags(h, scriptId, revision, FLAG_COUNT);
    const panel = await h.openPanel();
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    const t0 = Date.now();
    await panel.getByRole('tab', { name: 'Fact-check' }).click();
    await panel.getByRole('button', { name: /flag .*'Seeded item 494'$/ }).waitFor({ timeout: 10_000 });
    const shown = Date.now() - t0;
    const t1 = Date.now();
    await panel.getByRole('searchbox', { name: 'Filter flags' }).fill('Seeded item 42');
    await waitFor(
      async () => (await panel.getByRole('button', { name: /'Seeded item 42\d?'$/ }).count()) === 11,
      5000,
      'filtered',
    );
    const filtered = Date.now() - t1;
    console.log(
      `    [measure] Fact-check view with 500 flags: shown and interactive in ${shown} ms (budget 200 ms); filter to 11 rows in ${filtered} ms`,
    );
    check(shown < 2000, `the view opened in ${shown} ms`);
    await h.screenshot(panel, 'factcheck-500');
    await panel.close();
  });
};
