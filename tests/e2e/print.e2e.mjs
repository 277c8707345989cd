// The print queue as a user works it: two drafts stored, the revised pages queued from the panel, the packaged print
// page printed to PDF and read back (labels, headers, asterisks on the changed lines only, page count), marked printed,
// and the history still there after a restart. Also times preparing about 40 revised pages in Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { check, longScriptPage, ROOT, waitFor } from './harness.mjs';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/** Prints the page to PDF and reads it back with pdftotext -layout: one string per printed page. */
async function printedText(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
}

/** The print page's lines as drawn: page label, text, marked. */
function drawnLines(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.script-sheet')].map((s) => ({
      label: s.dataset.label,
      lines: [...s.querySelectorAll('.print-line')].map((l) => ({
        // As printed: scene numbers sit in both margins around the text.
        text: [
          l.querySelector('.scene-number-left'),
          l.querySelector('.line-text'),
          l.querySelector('.scene-number-right'),
        ]
          .filter(Boolean)
          .map((e) => e.textContent)
          .join(' '),
        marked: !!l.querySelector('.revision-mark'),
      })),
    })),
  );
}

async function openPrintPage(h, query) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.goto(`chrome-extension://${h.extensionId}/print.html?${query}`);
  await page.waitForSelector('body[data-state]', { timeout: 15_000 });
  const state = await page.evaluate(() => document.body.dataset.state);
  check(state === 'ready', `the print page is ready (${state}): ${await page.textContent('body')}`);
  return page;
}

/** Opens the demo script in `panel` and queues its revised pages from the Print queue view; the stored jobs. */
async function openDemoAndQueue(h, panel) {
  await panel.getByRole('button', { name: 'Open the demo script' }).click();
  await waitFor(async () => (await h.stored('revisions')).length === 2, 10_000, 'the two demo drafts');
  await panel.getByRole('tab', { name: 'Print queue' }).click();
  const never = panel.getByRole('region', { name: 'Revisions with pages never printed' });
  await never
    .getByText(/Blue revision of 11\/27\/26: 2 revised pages never printed/)
    .waitFor({ timeout: 10_000 });
  await panel.getByRole('button', { name: 'Queue revised pages' }).click();
  return waitFor(
    async () => {
      const all = await h.stored('printJobs');
      return all.length === 1 ? all : undefined;
    },
    10_000,
    'one stored job',
  );
}

export default (test) => {
  let jobId;
  /** The demo's queued job: the first test's, or queued here when that test did not run, so no test needs it. */
  async function queuedJob(h) {
    if (jobId) return jobId;
    const stored = (await h.stored('printJobs'))[0];
    if (stored) return (jobId = stored.id);
    const panel = await h.openPanel();
    const jobs = await openDemoAndQueue(h, panel);
    await panel.close();
    return (jobId = jobs[0].id);
  }

  test('queues the demo script’s revised pages from the panel', async (h) => {
    const panel = await h.openPanel();
    const jobs = await openDemoAndQueue(h, panel);
    check(jobs[0].pages.join(',') === '1,2', `revised pages 1 and 2 queued: ${jobs[0].pages}`);
    check(jobs[0].paperColor === 'Blue', `on Blue paper: ${jobs[0].paperColor}`);
    jobId = jobs[0].id;
    await panel.getByText('Blue: 2 pages x 1 copy = 2 sheets').waitFor({ timeout: 5000 });
    await panel.getByRole('button', { name: '2 to print' }).waitFor({ timeout: 5000 });
    // Queueing again must not queue the same pages twice.
    await panel.getByRole('button', { name: 'Queue revised pages' }).click();
    await panel
      .getByText(/already waiting/)
      .first()
      .waitFor({ timeout: 5000 });
    check((await h.stored('printJobs')).length === 1, 'still one job after queueing again');
    await h.screenshot(panel, 'print-queue-panel');
    await h.axe(panel, 'print queue view');
    await panel.close();
  });

  test('prints the job: labels, headers, asterisks on the changed lines only, cover sheet + 2 pages', async (h) => {
    const page = await openPrintPage(h, `job=${await queuedJob(h)}`);
    await h.screenshot(page, 'print-page');
    const drawn = await drawnLines(page);
    check(drawn.map((d) => d.label).join(',') === '1,2', `pages 1 and 2 drawn: ${drawn.map((d) => d.label)}`);
    const pdf = await printedText(page, 'print-demo');
    check(pdf.length === 3, `a cover sheet and two pages printed, got ${pdf.length} PDF pages`);
    check(
      /NIGHT SHIFT AT MARLOWE/i.test(pdf[0]) && /Blue revision - 11\/27\/26/.test(pdf[0]),
      'cover names script and revision',
    );
    for (let i = 0; i < drawn.length; i++) {
      const text = pdf[i + 1];
      const label = drawn[i].label;
      const top = text.split('\n').find((l) => l.trim());
      check(
        new RegExp(`BLUE REVISION - 11/27/26\\s+${label}\\.\\s*$`).test(top ?? ''),
        `page ${label}: header and label on the first line, got "${top}"`,
      );
      // Every printed line ending in an asterisk is a line the engine marked, and every marked line has one.
      const starred = text
        .split('\n')
        .filter((l) => /\S\s+\*\s*$/.test(l))
        .map((l) =>
          l
            .replace(/\s+\*\s*$/, '')
            .trim()
            .replace(/\s+/g, ' '),
        );
      const marked = drawn[i].lines.filter((l) => l.marked).map((l) => l.text.trim().replace(/\s+/g, ' '));
      check(marked.length > 0, `page ${label} has changed lines`);
      check(
        JSON.stringify(starred) === JSON.stringify(marked),
        `page ${label}: asterisks on exactly the changed lines\n  printed: ${JSON.stringify(starred)}\n  marked:  ${JSON.stringify(marked)}`,
      );
    }
    const all = pdf.join('\n');
    check(/Ten's fine\. Ten's a loan\.\s+\*/.test(all), 'a line the Blue draft added carries an asterisk');
    check(!/FADE IN:\s+\*/.test(all), 'an unchanged line has none');
    const ms = await page.evaluate(() => Number(document.body.dataset.prepareMs));
    console.log(`    [measure] prepared 2 revised pages + cover for print in ${ms.toFixed(1)} ms`);
    await page.close();
  });

  test('marks the job printed; after a restart the history keeps it', async (h) => {
    const page = await openPrintPage(h, `job=${await queuedJob(h)}`);
    await page.getByRole('button', { name: 'Mark printed' }).click();
    await page
      .getByRole('status')
      .getByText(/Marked printed/)
      .waitFor({ timeout: 5000 });
    const [job] = await h.stored('printJobs');
    check(
      job.status === 'printed' && typeof job.printedAt === 'number',
      `stored as printed with a time: ${job.status}`,
    );
    await page.close();
    await h.restart();
    const panel = await h.openPanel();
    await panel.getByRole('tab', { name: 'Print queue' }).click();
    const history = panel.getByRole('list', { name: 'Print history' });
    await history
      .getByText(/Blue revision of 11\/27\/26: pages 1, 2, 1 copy, printed/)
      .waitFor({ timeout: 10_000 });
    check(
      !(await panel.getByRole('region', { name: 'Revisions with pages never printed' }).count()),
      'no revision left unprinted',
    );
    check(!(await panel.getByRole('button', { name: /to print$/ }).count()), 'no count in the status bar');
    await h.screenshot(panel, 'print-history');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(panel, 'print-history-dark');
    await panel.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await h.screenshot(panel, 'print-history-high-contrast');
    await panel.close();
  });

  test('measures: preparing about 40 revised pages of a 120-page script for print', async (h) => {
    // Two drafts of one page: the second rewrites a line in each of the first 100 scenes (about 40 pages).
    const v1 = longScriptPage(120);
    const v2 = v1.replace(/props marked (\d+) and sets it down/g, (m, n) =>
      Number(n) <= 100 ? `props labelled ${n} and drops it down` : m,
    );
    let draft = v1;
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(draft);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    try {
      const tab = await h.context.newPage();
      await tab.goto(`http://127.0.0.1:${server.address().port}/long-script.html`);
      const tabId = await h.tabIdOf(tab);
      const panel = await h.openPanel(tabId);
      const readAgain = async () => {
        await panel.keyboard.press('F1');
        const box = panel.getByRole('combobox').first();
        await box.waitFor({ timeout: 5000 });
        await box.fill('>Read This Page');
        await panel
          .getByRole('option', { name: /Read This Page/ })
          .first()
          .waitFor({ timeout: 5000 });
        await panel.keyboard.press('Enter');
      };
      const countFor = async () =>
        (await h.stored('revisions')).filter((r) => r.source?.url?.includes('long-script.html')).length;
      await panel
        .getByText(/Scenes|Read this page/)
        .first()
        .waitFor();
      await readAgain();
      await waitFor(async () => (await countFor()) === 1, 30_000, 'the first draft stored').catch(
        async (e) => {
          await h.screenshot(panel, 'print-long-read-failed');
          throw e;
        },
      );
      draft = v2;
      await tab.reload();
      await readAgain();
      await waitFor(async () => (await countFor()) === 2, 30_000, 'the second draft stored');
      await panel.getByRole('tab', { name: 'Print queue' }).click();
      await panel.getByRole('button', { name: 'Queue revised pages' }).click();
      const job = await waitFor(
        async () => (await h.stored('printJobs')).find((j) => j.paperColor === 'Blue' && j.pages.length > 10),
        20_000,
        'the long job',
      );
      const page = await openPrintPage(h, `job=${job.id}`);
      const ms = await page.evaluate(() => Number(document.body.dataset.prepareMs));
      const since = await page.evaluate(() => Number(document.body.dataset.sinceStartMs));
      const pdf = await printedText(page, 'print-long');
      console.log(
        `    [measure] ${job.pages.length} revised pages of a ${job.pages.at(-1)}-page-deep script: prepared in ${ms.toFixed(1)} ms (read, compare, lay out), drawn ${since.toFixed(0)} ms after the page started; budget 500 ms`,
      );
      check(
        pdf.length === job.pages.length + 1,
        `cover + ${job.pages.length} pages printed, got ${pdf.length}`,
      );
      check(job.pages.length >= 30, `about 40 revised pages, got ${job.pages.length}`);
      // A figure, not a timed test: only a tenfold miss of the 500 ms budget fails.
      check(
        ms <= 5000,
        `preparing ${job.pages.length} pages took ${ms} ms, over ten times its 500 ms budget`,
      );
      await page.close();
      await panel.close();
      await tab.close();
    } finally {
      server.close();
    }
  });
};
