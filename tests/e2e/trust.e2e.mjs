// Trust end to end in Chromium: the request recorder catches a request that leaves the machine; a hostile page is
// shown literally; Settings saves a backup and restores it; storage full (quota capped through the DevTools protocol)
// is covered in unit tests (see below); the browser killed during a 10,000-row restore leaves all or nothing;
// an extension update (same profile, bumped version) keeps everything.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, E2E_EXT, waitFor } from './harness.mjs';

const HOSTILE_LINES = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror=alert(1)>',
  'DANA\u202e txt.exe\u202c says hi',
  'CO\u200bLD OPEN',
];

function hostilePage() {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const pad = (n) => ' '.repeat(n);
  const lines = [];
  for (let s = 1; s <= 8; s++) {
    lines.push(`${pad(10)}${s % 2 ? 'INT' : 'EXT'}. HOSTILE LOCATION ${s} - ${s % 3 ? 'DAY' : 'NIGHT'}`, '');
    lines.push(`${pad(10)}${HOSTILE_LINES[s % HOSTILE_LINES.length]}`, '');
    for (let d = 0; d < 3; d++) {
      lines.push(`${pad(30)}${d % 2 ? 'MARCUS' : 'DANA'}`);
      lines.push(
        `${pad(20)}${d === 0 ? HOSTILE_LINES[(s + 1) % HOSTILE_LINES.length] : `Line ${d} of scene ${s}.`}`,
        '',
      );
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Hostile &lt;b&gt;Title</title></head><body><pre>${esc(lines.join('\n'))}</pre></body></html>`;
}

/** Serves the hostile page, reads it in a panel beside its tab and waits for its lines; the tab and the panel. */
async function readHostilePage(h) {
  await h.context.route(h.url('/hostile/page.html'), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostilePage() }),
  );
  const page = await h.openPage('/hostile/page.html');
  const panel = await h.openPanel(await h.tabIdOf(page));
  await panel
    .getByRole('button', { name: /^read this page$/i })
    .first()
    .click();
  await panel.getByText('INT. HOSTILE LOCATION 1 - DAY').first().waitFor({ timeout: 10_000 });
  // The page lines load after the outline (a lazy chunk): wait for them before looking.
  await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
  return { page, panel };
}

/** Whether a stored draft holds the hostile page's text (read by the test before, or not yet). */
async function hostileStored(h) {
  return (await h.stored('revisions')).some((r) => r.script.text.includes(HOSTILE_LINES[1]));
}

async function openSettings(panel) {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  return panel.getByRole('region', { name: 'Backup & restore' });
}

/** Launches Chromium on `extDir` and `userDataDir` with the harness's flags and request recording. */
async function launchAt(h, extDir, userDataDir) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: h.chromiumPath,
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  context.on('request', (r) => {
    if (
      !/^(chrome-extension:|chrome:|chrome-untrusted:|data:|blob:|about:|http:\/\/127\.0\.0\.1[:/])/.test(
        r.url(),
      )
    )
      h.offending.push(r.url());
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  return { context, extensionId: new URL(sw.url()).host };
}

async function countNotes(context, extensionId, store = 'notes') {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const n = await page.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('scriptside');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          if (!idb.objectStoreNames.contains(store)) return resolve(0);
          const c = idb.transaction(store).objectStore(store).count();
          c.onsuccess = () => {
            resolve(c.result);
            idb.close();
          };
        };
      }),
    store,
  );
  await page.close();
  return n;
}

function bigBackup(rows) {
  const script = {
    id: 'big-s',
    createdAt: 1,
    updatedAt: 1,
    title: 'Bulk',
    sourceKeys: ['file:bulk'],
    settings: {
      paper: 'letter',
      colorSequence: ['White'],
      insertScheme: 'letters',
      sceneContinueds: false,
      roster: [],
      distribution: [],
    },
  };
  const notes = Array.from({ length: rows }, (_, i) => ({
    id: `bulk-${i}`,
    createdAt: 1,
    updatedAt: 1,
    scriptId: 'big-s',
    revisionId: 'r',
    placements: {},
    text: `Bulk note ${i} ${'x'.repeat(200)}`,
    kind: 'note',
    tags: [],
    resolved: false,
  }));
  const revision = {
    id: 'r',
    createdAt: 1,
    updatedAt: 1,
    scriptId: 'big-s',
    seq: 1,
    color: 'White',
    date: '2026-11-27',
    source: { kind: 'file', fileName: 'bulk.fountain', format: 'fountain' },
    textHash: '',
    script: { format: 'fountain', titlePage: [], elements: [], text: '', warnings: [] },
    pages: [],
    titlePage: [],
    locked: false,
  };
  return JSON.stringify({
    format: 'scriptside-backup',
    schemaVersion: 1,
    exportedAt: Date.now(),
    scope: { kind: 'all' },
    tables: { scripts: [script], revisions: [revision], notes },
  });
}

export default (test) => {
  test('the request recorder catches a request to a non-local URL', async (h) => {
    const page = await h.openPage('/fixtures/cold-open.html');
    const before = h.offending.length;
    await page.evaluate(() => fetch('http://example.invalid/leak?x=1').catch(() => 'blocked'));
    await waitFor(() => h.offending.length > before, 5000, 'the recorder to see the request');
    check(h.offending.at(-1).startsWith('http://example.invalid/leak'), `recorded: ${h.offending.at(-1)}`);
    // This request was made on purpose: take it back out so the file's own no-request check stays meaningful.
    h.offending.splice(before);
    await page.close();
  });

  test('a hostile page is shown literally in the panel; nothing runs', async (h) => {
    const { page, panel } = await readHostilePage(h);
    for (const line of HOSTILE_LINES) {
      // Invisible direction and format characters are shown as labels ("U+202E"), never obeyed.
      const shownAs = line.replace(
        /[\u200b\u202a-\u202e]/g,
        (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      );
      const found = panel.getByText(shownAs, { exact: false });
      await found
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
      check(
        (await found.count()) > 0,
        `shown literally: ${JSON.stringify(line)} (as ${JSON.stringify(shownAs)})`,
      );
    }
    check(
      (await panel.evaluate(() => window.__pwned)) === undefined,
      'no script from the page ran in the panel',
    );
    check(
      (await panel.locator('img[onerror], script:not([src])').count()) === 0,
      'no page markup became elements',
    );
    await h.screenshot(panel, 'trust-hostile-page');
    await panel.close();
    await page.close();
  });

  test('Settings saves a backup of everything and restores it; hostile text survives literally', async (h) => {
    if (!(await hostileStored(h))) {
      // Run alone (or after a failure): read the hostile page here, so there is hostile text to back up.
      const read = await readHostilePage(h);
      await read.panel.close();
      await read.page.close();
    }
    const panel = await h.openPanel();
    const section = await openSettings(panel);
    await section.getByRole('status').waitFor({ timeout: 5000 });
    await h.screenshot(panel, 'trust-settings-backup');
    await h.axe(panel, 'settings with backup section');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      section.getByRole('button', { name: 'Save backup of everything' }).click(),
    ]);
    check(/^scriptside-backup-\d{4}-\d\d-\d\d\.json$/.test(download.suggestedFilename()), 'file name');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    check(
      text.includes(JSON.stringify(HOSTILE_LINES[1]).slice(1, -1)),
      'hostile line in the backup as JSON text',
    );
    const before = await h.stored('revisions');
    check(before.length >= 1, 'there is something to back up');
    await waitFor(
      async () => (await section.getByRole('status').count()) === 0,
      5000,
      'the reminder to go away',
    );

    const ext = await h.extensionPage();
    await ext.evaluate(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('scriptside');
          req.onsuccess = () => {
            const tx = req.result.transaction('revisions', 'readwrite');
            tx.objectStore('revisions').clear();
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
    );
    check((await h.stored('revisions')).length === 0, 'revisions wiped');
    await section.getByLabel('Backup file').setInputFiles(path);
    await section.getByRole('button', { name: 'Restore backup' }).click();
    await section.getByRole('button', { name: 'Confirm: merge' }).click();
    await panel
      .getByText(/^Merged the backup:/)
      .first()
      .waitFor({ timeout: 10_000 });
    const after = await h.stored('revisions');
    check(JSON.stringify(after) === JSON.stringify(before), 'revisions identical after the round trip');
    await panel.close();
  });

  // Storage full is not tested here: Storage.overrideQuotaForOrigin on the extension origin does not limit it,
  // because the extension holds unlimitedStorage (a rename under a 1-byte quota was stored). The quota paths are
  // covered by tests/lib/backup (restore) and tests/lib/db/storage.test.ts (storeRevision) with injected errors.
  test('killed during a 10,000-row restore: all rows or none; an update keeps everything', async (h) => {
    const extDir = mkdtempSync(join(tmpdir(), 'scriptside-ext-'));
    const profile = mkdtempSync(join(tmpdir(), 'scriptside-kill-'));
    cpSync(E2E_EXT, extDir, { recursive: true });
    try {
      let b = await launchAt(h, extDir, profile);
      const panel = await b.context.newPage();
      await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      await panel.getByRole('button', { name: 'Open the demo script' }).click();
      await panel.getByText('Scenes').first().waitFor({ timeout: 10_000 });
      const section = await openSettings(panel);
      const file = join(profile, 'big.json');
      writeFileSync(file, bigBackup(10_000));
      await section.getByLabel('Backup file').setInputFiles(file);
      await section.getByRole('button', { name: 'Restore backup' }).click();
      await section.getByRole('button', { name: 'Confirm: merge' }).click();
      await panel.waitForTimeout(400);
      // Kill every Chromium process of this profile at once, as a crash would.
      const pids = execFileSync('pgrep', ['-f', `user-data-dir=${profile}`], { encoding: 'utf8' })
        .trim()
        .split('\n');
      for (const pid of pids) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
      await b.context.close().catch(() => {});
      b = await launchAt(h, extDir, profile);
      const n = await countNotes(b.context, b.extensionId);
      const scriptsAfterKill = await countNotes(b.context, b.extensionId, 'scripts');
      console.log(
        `    [measure] notes after the kill: ${n}, scripts: ${scriptsAfterKill} (killed ${pids.length} processes)`,
      );
      check(
        scriptsAfterKill >= 1,
        `the demo script stored before the kill is kept (${scriptsAfterKill} scripts)`,
      );
      check(n === 0 || n === 10_000, `all or nothing, found ${n}`);

      // Update: same folder (same id), version bumped, same profile.
      const scriptsBefore = await countNotes(b.context, b.extensionId);
      await b.context.close();
      const mf = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
      mf.version = '0.2.0';
      writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(mf));
      b = await launchAt(h, extDir, profile);
      const version = await (
        await b.context.serviceWorkers()[0]
      ).evaluate(() => globalThis.chrome.runtime.getManifest().version);
      check(version === '0.2.0', `updated build loaded: ${version}`);
      check((await countNotes(b.context, b.extensionId)) === scriptsBefore, 'notes kept across the update');
      const p = await b.context.newPage();
      await p.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      await p
        .getByText('Scenes')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(async (e) => {
          // Say what the panel showed instead: the outline not showing in time is a symptom, not a cause.
          const shown = await p.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '?');
          throw new Error(`${e.message}\n    the panel showed: ${JSON.stringify(shown)}`);
        });
      await b.context.close();
    } finally {
      rmSync(extDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });
};
