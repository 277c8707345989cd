// Room notes end to end in Chromium: a session on the demo script with 30 notes typed by keyboard on selected lines,
// a reload that keeps them with their anchors, Markdown and CSV exports, hostile text shown literally everywhere,
// and timings with 1,000 notes (adding one; opening the Notes view on a 120-page script).
import { readFileSync } from 'node:fs';
import { check, waitFor } from './harness.mjs';

const HOSTILE = '<img src=x onerror=alert(1)> \u202Eevil';

async function liveNotes(h) {
  return (await h.stored('notes')).filter((n) => n.deletedAt === undefined);
}

/** Selects the line `steps` below the cursor in the Script view by keyboard, then opens the capture box (Ctrl+Alt+N). */
async function selectAndCapture(panel, steps) {
  await panel.getByRole('tab', { name: 'Script' }).click();
  const lines = panel.getByRole('listbox', { name: 'Script lines' });
  await lines.focus();
  for (let i = 0; i < steps; i++) await panel.keyboard.press('ArrowDown');
  // A blank line selects no text: move on to the next line that has some.
  for (let guard = 0; guard < 10; guard++) {
    const blank = await lines.evaluate((el) => {
      const active = document.getElementById(el.getAttribute('aria-activedescendant') ?? '');
      return !active || !active.textContent.trim();
    });
    if (!blank) break;
    await panel.keyboard.press('ArrowDown');
  }
  await panel.keyboard.press('Control+Alt+KeyN');
  const box = panel.getByRole('textbox', { name: 'New note' });
  await box.waitFor();
  await waitFor(() => box.evaluate((el) => el === document.activeElement), 5000, 'the capture box focused');
  return box;
}

async function download(panel, commandTitle) {
  const [file] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('toolbar', { name: 'Notes actions' }).getByRole('button', { name: commandTitle }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** Stores `count` notes on a script straight into IndexedDB (as an earlier session would have). */
async function seedNotes(h, scriptId, revisionId, count) {
  const ext = await h.extensionPage();
  await ext.evaluate(
    ({ scriptId, revisionId, count }) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('scriptside');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          const tx = idb.transaction('notes', 'readwrite');
          const t = Date.now() - 86_400_000;
          for (let i = 0; i < count; i++) {
            tx.objectStore('notes').put({
              id: `seed-${i}`,
              createdAt: t + i,
              updatedAt: t + i,
              scriptId,
              revisionId,
              placements: {},
              anchor: { exact: 'x', prefix: '', suffix: '', start: i * 50, end: i * 50 + 10 },
              text: `Seeded note ${i} about the box of props #seed`,
              kind: i % 5 === 0 ? 'decision' : 'pitch',
              tags: ['seed'],
              resolved: false,
            });
          }
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { scriptId, revisionId, count },
  );
}

export default (test) => {
  test('a room session: 30 notes typed on selected lines survive a reload with their anchors', async (h) => {
    const panel = await h.openPanel();
    await panel.getByRole('button', { name: 'Open the demo script' }).click();
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.getByRole('button', { name: 'Roster' }).click();
    await panel.getByRole('textbox', { name: 'Initials' }).fill('JS');
    await panel.getByRole('textbox', { name: 'Name' }).fill('Jo Sato');
    await panel.getByRole('textbox', { name: 'Name' }).press('Enter');
    await panel.getByRole('button', { name: 'JS Jo Sato' }).waitFor();
    await panel.keyboard.press('Control+Alt+KeyS');
    await panel.getByRole('textbox', { name: 'Session title' }).fill('Ep 1 break');
    await panel.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Stop session' }).waitFor();

    for (let i = 0; i < 30; i++) {
      const box = await selectAndCapture(panel, i === 0 ? 3 : 1);
      const kind = ['!p', '!d', '!q', '!t'][i % 4];
      await box.pressSequentially(`@JS ${kind} Room note ${i} #take${i % 3}`);
      await box.press('Enter');
      await waitFor(async () => (await box.inputValue()) === '', 5000, `note ${i} saved`);
    }
    const before = await waitFor(
      async () => ((await liveNotes(h)).length === 30 ? liveNotes(h) : null),
      10_000,
      '30 notes stored',
    );
    check(
      before.every((n) => n.anchor && n.anchor.exact.length > 0),
      'every note is anchored to its selected line',
    );
    check(
      new Set(before.map((n) => n.anchor.start)).size >= 25,
      `notes are on different lines: ${new Set(before.map((n) => n.anchor.start)).size}`,
    );
    check(
      before.every((n) => n.speaker === 'JS' && n.sessionId),
      'speaker and session recorded',
    );
    check(before.filter((n) => n.kind === 'decision').length === 8, 'kinds from the shorthand');
    const status = panel.getByRole('button', { name: /Room session Ep 1 break, running .*, 30 notes/ });
    await status.waitFor({ timeout: 5000 });
    await h.screenshot(panel, 'notes-session');

    await panel.reload();
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.getByRole('article', { name: /Room note 29/ }).waitFor({ timeout: 10_000 });
    check((await panel.getByRole('article').count()) === 30, 'all 30 notes listed after the reload');
    const after = await liveNotes(h);
    const key = (n) => `${n.id}:${n.anchor.start}-${n.anchor.end}:${n.anchor.exact}`;
    check(
      JSON.stringify(before.map(key).sort()) === JSON.stringify(after.map(key).sort()),
      'same notes with the same anchors',
    );

    const csv = await download(panel, 'Export All Notes (CSV)');
    const rows = csv.trim().split('\r\n');
    check(rows[0].startsWith('Script,Revision,Page,Scene,Line,Speaker,Kind'), `CSV header: ${rows[0]}`);
    check(rows.length === 31, `30 CSV rows, got ${rows.length - 1}`);
    check(
      csv.includes('Jo Sato (JS)') &&
        csv.includes('Decision') &&
        csv.includes('#take1') &&
        csv.includes('Ep 1 break'),
      'CSV has speaker, kind, tags, session',
    );
    const md = await download(panel, 'Export Session Minutes (Markdown)');
    check(md.startsWith('# Minutes: Ep 1 break'), `minutes title: ${md.slice(0, 40)}`);
    check(md.indexOf('## Decisions') < md.indexOf('## Notes'), 'decisions first');
    check((md.match(/^- \*\*/gm) ?? []).length === 30, 'all 30 notes in the minutes');
    check(
      /- \*\*Decision\*\* \d\d:\d\d Jo Sato \(JS\): Room note 1 #take1/.test(md),
      'kind, time and speaker on a note',
    );
    await h.axe(panel, 'notes view');
    await panel.close();
  });

  test('hostile note text shows literally in the panel, the minutes page and the exports', async (h) => {
    // The demo script, opened here when the test before did not run: no test depends on the one before it.
    if ((await h.stored('scripts')).length === 0) {
      const first = await h.openPanel();
      await first.getByRole('button', { name: 'Open the demo script' }).click();
      await waitFor(async () => (await h.stored('revisions')).length === 2, 10_000, 'the two demo drafts');
      await first.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
      await first.getByRole('tab', { name: 'Notes' }).click();
      await first.keyboard.press('Control+Alt+KeyS');
      await first.getByRole('textbox', { name: 'Session title' }).fill('Ep 1 break');
      await first.keyboard.press('Enter');
      await first.getByRole('button', { name: 'Stop session' }).waitFor({ timeout: 10_000 });
      await first.close();
    }
    const panel = await h.openPanel();
    const box = await selectAndCapture(panel, 1);
    await box.fill(HOSTILE);
    await box.press('Enter');
    const note = panel.getByRole('article', { name: /img src=x/ });
    await note.waitFor({ timeout: 5000 });
    check(
      (await note.textContent()).includes('<img src=x onerror=alert(1)>'),
      'the tag is text in the panel',
    );
    check((await panel.locator('.notes-view img').count()) === 0, 'no image element made from the note');
    check((await note.getByText('U+202E').count()) === 1, 'the right-to-left override is shown as a label');
    await h.screenshot(panel, 'notes-hostile');
    const sessions = (await h.stored('sessions')).filter((s) => !s.deletedAt);
    const minutes = await h.context.newPage();
    let dialogs = 0;
    minutes.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await minutes.goto(`chrome-extension://${h.extensionId}/minutes.html?session=${sessions[0].id}`);
    await minutes.getByRole('heading', { name: /Minutes: Ep 1 break/ }).waitFor({ timeout: 10_000 });
    check(
      (await minutes.getByText('<img src=x onerror=alert(1)>', { exact: false }).count()) >= 1,
      'the tag is text in the minutes',
    );
    check(
      (await minutes.locator('main img').count()) === 0 && dialogs === 0,
      'nothing ran in the minutes page',
    );
    await h.screenshot(minutes, 'notes-minutes');
    await minutes.close();
    const csv = await download(panel, 'Export All Notes (CSV)');
    check(csv.includes(HOSTILE), 'the CSV keeps the exact text');
    await panel.close();
  });

  test('measures: adding a note with 1,000 stored, and the Notes view on a 120-page script with 1,000 notes', async (h) => {
    const page = await h.openPage('/generated/long-120.html');
    const tabId = await h.tabIdOf(page);
    let panel = await h.openPanel(tabId);
    await panel
      .getByRole('button', { name: 'Read this page' })
      .first()
      .click()
      .catch(async () => {
        await panel.keyboard.press('F1');
        await panel.keyboard.type('Read This Page');
        await panel.keyboard.press('Enter');
      });
    const script = await waitFor(
      async () => (await h.stored('scripts')).find((s) => s.sourceKeys.some((k) => k.includes('long-120'))),
      30_000,
      'the 120-page script',
    );
    const revision = (await h.stored('revisions')).find((r) => r.scriptId === script.id);
    await seedNotes(h, script.id, revision.id, 1000);
    await panel.close();

    panel = await h.openPanel(tabId);
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    // The panel loads the Notes view's code when idle; a user opens Notes a moment after the panel, not at once.
    await panel.waitForTimeout(2000);
    // Timed inside the page (click to the capture box and the first note in the DOM), free of the driver's round trips.
    const [boxMs, openMs] = await panel.evaluate(
      () =>
        new Promise((resolve) => {
          const t0 = performance.now();
          let box = 0;
          const obs = new MutationObserver(() => {
            if (!box && document.querySelector('textarea[aria-label="New note"]'))
              box = performance.now() - t0;
            if (document.querySelector('article')) {
              obs.disconnect();
              resolve([box, performance.now() - t0]);
            }
          });
          obs.observe(document.body, { childList: true, subtree: true });
          document.getElementById('tab-notes').click();
        }),
    );
    await panel.getByRole('article').first().waitFor({ timeout: 15_000 });
    const box = panel.getByRole('textbox', { name: 'New note' });
    await box.fill('Timing note zebra');
    const shownMs = await panel.evaluate(
      () =>
        new Promise((resolve) => {
          let start = 0;
          const obs = new MutationObserver(() => {
            if (
              start &&
              document.body.textContent.includes('Timing note zebra') &&
              document.querySelector('[aria-label^="Note: Timing note zebra"]')
            ) {
              obs.disconnect();
              resolve(performance.now() - start);
            }
          });
          obs.observe(document.body, { childList: true, subtree: true, characterData: true });
          const box = document.querySelector('textarea[aria-label="New note"]');
          start = performance.now();
          box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
        }),
    );
    console.log(
      `    [measure] add a note with 1,000 stored: shown in the list ${shownMs.toFixed(0)} ms after Enter (budget 50 ms)`,
    );
    console.log(
      `    [measure] Notes view opened on a ${revision.pages.length}-page script with 1,000 notes: capture box ${boxMs.toFixed(0)} ms and first note ${openMs.toFixed(0)} ms after the click (budget 400 ms)`,
    );
    const t1 = Date.now();
    const cold = await h.openPanel(tabId);
    await cold.getByRole('tab', { name: 'Notes' }).click();
    await cold.getByRole('article').first().waitFor({ timeout: 15_000 });
    console.log(
      `    [measure] panel cold open to the Notes view with 1,000 notes: ${Date.now() - t1} ms (budget 400 ms)`,
    );
    // Marks in the page only on the user's click, and invisible to the page's own scripts.
    const seen = () =>
      page.evaluate(() => ({
        highlights: globalThis.CSS.highlights.size,
        styles: document.querySelectorAll('style, link[rel=stylesheet]').length,
        sheets: document.styleSheets.length,
        named: document.querySelectorAll('[id*=scriptside], [class*=scriptside]').length,
        open: [...document.documentElement.children].some((e) => e.shadowRoot),
      }));
    const before = await seen();
    await cold.waitForTimeout(600);
    check((await cold.getByText(/marked in the page/).count()) === 0, 'nothing marked before the click');
    await cold.getByRole('button', { name: 'Mark notes in the page' }).click();
    const status = cold.getByText(/notes? marked in the page\./);
    await status.waitFor({ timeout: 10_000 });
    const painted = Number((await status.textContent()).match(/\d+/)[0]);
    console.log(`    [measure] notes marked in the page: ${painted} of 1,001`);
    check(painted >= 900, `most anchored notes are marked in the page (${painted})`);
    const after = await seen();
    check(after.highlights === 0, 'no CSS highlight the page could enumerate');
    check(
      after.styles === before.styles && after.sheets === before.sheets,
      'no stylesheet added to the page',
    );
    check(after.named === 0 && !after.open, 'no named element or open shadow root the page could read');
    await h.screenshot(cold, 'notes-1000');
    await h.screenshot(page, 'notes-page-highlights');
    await cold.close();
    await panel.close();
  });
};
