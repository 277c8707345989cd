// Trust end to end in Chromium: the request recorder catches a request that leaves the machine; a hostile page is
// shown literally; Settings saves a backup and restores it; storage full (quota capped through the DevTools protocol)
// is covered in unit tests (see below); the browser killed during a 10,000-row restore leaves all or nothing, and a
// loss the browser makes after it is said, never silent; an extension update (same profile, bumped version) keeps
// everything; a database the browser drops as damaged is reported, and the backup brings the script back.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/**
 * What the profile holds, for a failure message: the extension's IndexedDB databases, the rows of its main tables,
 * the scripts (id, title, deleted), the shared script choice, and the keys in chrome.storage local and session.
 */
async function profileState(context, extensionId) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return await page.evaluate(async () => {
      const databases = (await indexedDB.databases()).map((d) => `${d.name}@${d.version}`);
      const idb = await new Promise((resolve, reject) => {
        const req = indexedDB.open('scriptside');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => resolve(req.result);
      });
      const all = (store) =>
        new Promise((resolve) => {
          if (!idb.objectStoreNames.contains(store)) return resolve(null);
          const r = idb.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => resolve(String(r.error));
        });
      const count = (store) =>
        new Promise((resolve) => {
          if (!idb.objectStoreNames.contains(store)) return resolve(null);
          const r = idb.transaction(store).objectStore(store).count();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => resolve(String(r.error));
        });
      const scripts = await all('scripts');
      const settings = await all('settings');
      const out = {
        databases,
        idbVersion: idb.version,
        counts: {
          scripts: await count('scripts'),
          revisions: await count('revisions'),
          notes: await count('notes'),
          settings: await count('settings'),
        },
        scripts: (scripts ?? []).map((s) => `${s.id}:${s.title}${s.deletedAt ? ' (deleted)' : ''}`),
        currentScriptId:
          (settings ?? []).find((r) => String(r.key).includes('currentScriptId'))?.value ?? null,
        settingKeys: (settings ?? []).map((r) => r.key),
        local: Object.keys(await globalThis.chrome.storage.local.get(null)),
        session: Object.keys(await globalThis.chrome.storage.session.get(null)),
      };
      idb.close();
      return out;
    });
  } catch (e) {
    return `could not read: ${e?.message ?? e}`;
  } finally {
    await page.close().catch(() => {});
  }
}

/** SIGKILLs every Chromium process of the profile at once, as a crash would; how many there were. */
function killProfile(profile) {
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
  return pids.length;
}

/**
 * Overwrites bytes in the middle of the extension's IndexedDB LevelDB log (the browser closed), as a torn write
 * followed by more writes leaves it.
 */
function damageIndexedDbLog(profile) {
  const root = join(profile, 'Default/IndexedDB');
  const dir = readdirSync(root).find((d) => d.startsWith('chrome-extension_') && d.endsWith('.leveldb'));
  check(dir, `an IndexedDB folder in ${root}`);
  const log = readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.log'))
    .map((f) => join(root, dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  check(log && statSync(log).size > 4096, `a LevelDB log with records in ${dir}`);
  const bytes = readFileSync(log);
  const at = Math.floor(bytes.length / 2);
  for (let i = at; i < at + 256; i++) bytes[i] ^= 0x5a;
  writeFileSync(log, bytes);
}

/** The panel's notice that the stored scripts are gone. */
function lossNotice(page) {
  return page.getByRole('alert', { name: 'Stored scripts lost' });
}

/** Waits for `locator` in the panel; on time-out says what the panel showed and what the profile held. */
async function shows(page, locator, b) {
  await locator.waitFor({ timeout: 10_000 }).catch(async (e) => {
    const shown = await page.evaluate(() => document.body.innerText.slice(0, 800)).catch(() => '?');
    const held = await profileState(b.context, b.extensionId);
    throw new Error(
      `${e.message}\n    the panel showed: ${JSON.stringify(shown)}\n    the profile held: ${JSON.stringify(held)}`,
    );
  });
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
  //
  // A kill in the middle of a large write can leave a torn record at the end of Chromium's IndexedDB LevelDB log. The
  // next launch reads the data and writes after it; the launch after that finds "Corruption: checksum mismatch" and
  // Chromium deletes the whole origin's IndexedDB ("IndexedDB recovering from a corrupted (and deleted) database").
  // Seen in 2 of 30 runs here (Chromium 156). Scriptside cannot prevent it; it must not then pretend to be a new
  // install: the panel either shows the script or says the scripts are gone and where the backup is restored.
  test('killed during a 10,000-row restore: all rows or none; a loss the browser makes later is said', async (h) => {
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
      const pids = killProfile(profile);
      await b.context.close().catch(() => {});
      b = await launchAt(h, extDir, profile);
      const n = await countNotes(b.context, b.extensionId);
      const scriptsAfterKill = await countNotes(b.context, b.extensionId, 'scripts');
      console.log(
        `    [measure] notes after the kill: ${n}, scripts: ${scriptsAfterKill} (killed ${pids} processes)`,
      );
      check(
        scriptsAfterKill >= 1,
        `the demo script stored before the kill is kept (${scriptsAfterKill} scripts)`,
      );
      check(n === 0 || n === 10_000, `all or nothing, found ${n}`);
      await b.context.close();

      // The next launch: the browser may now drop the database (see above). Either way the panel says what it has.
      b = await launchAt(h, extDir, profile);
      const held = await profileState(b.context, b.extensionId);
      const p = await b.context.newPage();
      await p.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      if (held.counts?.scripts >= 1) {
        console.log(`    [measure] next launch: the database is kept (${held.counts.scripts} scripts)`);
        check(held.counts.notes === n, `notes kept at the next launch: ${held.counts.notes} of ${n}`);
        await shows(p, p.getByText('Scenes').first(), b);
        check((await lossNotice(p).count()) === 0, 'no loss notice while the scripts are there');
      } else {
        console.log(`    [measure] next launch: the browser dropped the database: ${JSON.stringify(held)}`);
        await shows(p, lossNotice(p), b);
        check(
          /Your stored scripts are gone/.test(await lossNotice(p).innerText()),
          'the notice says the scripts are gone',
        );
      }
      await b.context.close();
    } finally {
      rmSync(extDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('an extension update (same profile, version bumped) keeps the scripts, notes and the script shown', async (h) => {
    const extDir = mkdtempSync(join(tmpdir(), 'scriptside-ext-'));
    const profile = mkdtempSync(join(tmpdir(), 'scriptside-update-'));
    cpSync(E2E_EXT, extDir, { recursive: true });
    try {
      let b = await launchAt(h, extDir, profile);
      const panel = await b.context.newPage();
      await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      await panel.getByRole('button', { name: 'Open the demo script' }).click();
      await panel.getByText('Scenes').first().waitFor({ timeout: 10_000 });
      const section = await openSettings(panel);
      const file = join(profile, 'bulk.json');
      writeFileSync(file, bigBackup(1000));
      await section.getByLabel('Backup file').setInputFiles(file);
      await section.getByRole('button', { name: 'Restore backup' }).click();
      await section.getByRole('button', { name: 'Confirm: merge' }).click();
      await panel
        .getByText(/^Merged the backup:/)
        .first()
        .waitFor({ timeout: 20_000 });
      const before = await profileState(b.context, b.extensionId);
      check(before.counts.notes === 1000 && before.counts.scripts === 2, `stored: ${JSON.stringify(before)}`);
      await b.context.close();
      const mf = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
      mf.version = '0.2.0';
      writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(mf));
      b = await launchAt(h, extDir, profile);
      const version = await (
        await b.context.serviceWorkers()[0]
      ).evaluate(() => globalThis.chrome.runtime.getManifest().version);
      check(version === '0.2.0', `updated build loaded: ${version}`);
      const after = await profileState(b.context, b.extensionId);
      check(
        JSON.stringify(after.counts) === JSON.stringify(before.counts) &&
          after.currentScriptId === before.currentScriptId,
        `kept across the update: ${JSON.stringify(after)} (before: ${JSON.stringify(before)})`,
      );
      const p = await b.context.newPage();
      await p.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      await shows(p, p.getByText('Scenes').first(), b);
      await b.context.close();
    } finally {
      rmSync(extDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('the browser drops a damaged database: the panel says so and the backup brings the script back', async (h) => {
    const extDir = mkdtempSync(join(tmpdir(), 'scriptside-ext-'));
    const profile = mkdtempSync(join(tmpdir(), 'scriptside-dropped-'));
    const saved = join(mkdtempSync(join(tmpdir(), 'scriptside-backup-')), 'backup.json');
    cpSync(E2E_EXT, extDir, { recursive: true });
    try {
      let b = await launchAt(h, extDir, profile);
      const panel = await b.context.newPage();
      await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      await panel.getByRole('button', { name: 'Open the demo script' }).click();
      await panel.getByText('Scenes').first().waitFor({ timeout: 10_000 });
      const section = await openSettings(panel);
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        section.getByRole('button', { name: 'Save backup of everything' }).click(),
      ]);
      cpSync(await download.path(), saved);
      // The mark outside IndexedDB records the backup's date once the panel has seen it.
      await waitFor(
        async () =>
          (await panel.evaluate(() => globalThis.chrome.storage.local.get(null)))['storage.storedData']
            ?.lastBackupAt > 0,
        5000,
        'the mark to record the backup',
      );
      await b.context.close();

      // Damage the IndexedDB LevelDB log as a torn write does: Chromium finds a checksum mismatch at the next open
      // and deletes the origin's IndexedDB.
      damageIndexedDbLog(profile);
      b = await launchAt(h, extDir, profile);
      const held = await profileState(b.context, b.extensionId);
      check(held.counts?.scripts === 0, `the browser dropped the database: ${JSON.stringify(held)}`);
      const p = await b.context.newPage();
      await p.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      const notice = lossNotice(p);
      await shows(p, notice, b);
      const text = await notice.innerText();
      check(/Your stored scripts are gone/.test(text), `says the scripts are gone: ${text}`);
      check(/Restore your last backup file \(saved on /.test(text), `names the last backup: ${text}`);
      await h.axe(p, 'panel with the loss notice');
      await h.screenshot(p, 'trust-database-dropped');
      await notice.getByRole('button', { name: 'Restore a backup' }).click();
      const restore = p.getByRole('region', { name: 'Backup & restore' });
      await restore.getByLabel('Backup file').setInputFiles(saved);
      await restore.getByRole('button', { name: 'Restore backup' }).click();
      await restore.getByRole('button', { name: 'Confirm: merge' }).click();
      await p
        .getByText(/^Merged the backup:/)
        .first()
        .waitFor({ timeout: 10_000 });
      await waitFor(async () => (await notice.count()) === 0, 5000, 'the notice to go once scripts are back');
      await p.getByRole('tab', { name: 'Script' }).click();
      await shows(p, p.getByText('Scenes').first(), b);
      await b.context.close();

      // After the restore the mark agrees with the database again: the next launch shows no notice.
      b = await launchAt(h, extDir, profile);
      const q = await b.context.newPage();
      await q.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
      await shows(q, q.getByText('Scenes').first(), b);
      check((await lossNotice(q).count()) === 0, 'no notice once the backup is restored');
      await b.context.close();
    } finally {
      rmSync(extDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
      rmSync(dirname(saved), { recursive: true, force: true });
    }
  });
};
