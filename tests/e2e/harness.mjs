// End-to-end harness: builds the extension, serves test pages on 127.0.0.1, drives Debian's Chromium with the
// extension loaded, records every request, and gives tests helpers (panel, tab ids, stored data, screenshots, axe).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = process.env.SCRIPTSIDE_CORPUS ?? resolve(ROOT, '../shared/corpus');
export const hasCorpus = existsSync(CORPUS_DIR);
export const SHIPPED_EXT = join(ROOT, '.output/chrome-mv3');
export const E2E_EXT = join(ROOT, '.output/e2e/chrome-mv3');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

/** Builds the shipped extension and the e2e variant (same code, host access to 127.0.0.1 only). */
export function buildExtension() {
  execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SCRIPTSIDE_E2E: '1' } });
}

/** Debian's chromium (CHROMIUM_PATH overrides), or undefined. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.fountain': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.fdx': 'application/xml',
};

/** An original screenplay-layout page of about `pages` pages (55 lines each), for timing. */
export function longScriptPage(pages) {
  const lines = [];
  const pad = (n) => ' '.repeat(n);
  // About 48 source lines make a laid-out page once dialogue wraps and blank lines are kept.
  for (let s = 1; lines.length < pages * 48; s++) {
    lines.push(`${pad(10)}${s % 2 ? 'INT' : 'EXT'}. LOCATION NUMBER ${s} - ${s % 3 ? 'DAY' : 'NIGHT'}`, '');
    lines.push(
      `${pad(10)}People arrive at location ${s}. Somebody carries a box of`,
      `${pad(10)}props marked ${s} and sets it down by the door.`,
      '',
    );
    for (let d = 0; d < 4; d++) {
      lines.push(`${pad(30)}${d % 2 ? 'MARCUS' : 'DANA'}`);
      lines.push(
        `${pad(20)}Line ${d + 1} of scene ${s}. We should check`,
        `${pad(20)}whether the box is the right one.`,
        '',
      );
    }
  }
  const esc = lines.join('\n').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Long Test Script</title></head><body><pre>${esc}</pre></body></html>`;
}

/** Serves /fixtures/*, /corpus/* (when present) and /generated/long-120.html on 127.0.0.1, a random port. */
export async function startServer() {
  const generated = { '/generated/long-120.html': longScriptPage(120) };
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (generated[path]) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return res.end(generated[path]);
    }
    const [, area, ...rest] = path.split('/');
    const base = area === 'fixtures' ? FIXTURES : area === 'corpus' ? CORPUS_DIR : undefined;
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// chrome: and chrome-untrusted: are the browser's own PDF viewer resources, served from inside Chromium.
const ALLOWED = /^(chrome-extension:|chrome:|chrome-untrusted:|data:|blob:|about:|http:\/\/127\.0\.0\.1[:/])/;

/** Launches Chromium with the e2e build on `userDataDir`; every request is checked against ALLOWED. */
export async function launch(chromiumPath, userDataDir, offending) {
  const { chromium } = await import('playwright-core');
  const ext = E2E_EXT;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
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
    if (!ALLOWED.test(r.url())) offending.push(r.url());
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  return { context, extensionId, sw };
}

/** Everything a test gets. */
export class Harness {
  constructor(chromiumPath, origin) {
    this.chromiumPath = chromiumPath;
    this.origin = origin;
    this.offending = [];
    this.userDataDir = mkdtempSync(join(tmpdir(), 'scriptside-e2e-'));
    this.hasCorpus = hasCorpus;
  }
  async start() {
    Object.assign(this, await launch(this.chromiumPath, this.userDataDir, this.offending));
    return this;
  }
  /** Closes the browser and starts it again on the same profile (data must still be there). */
  async restart() {
    await this.context.close();
    await this.start();
  }
  async close() {
    await this.context?.close();
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
  url(path) {
    return `${this.origin}${path}`;
  }
  /** Opens a test page in a new tab. */
  async openPage(path) {
    const page = await this.context.newPage();
    await page.goto(this.url(path));
    return page;
  }
  /** The browser's id for the tab showing `page` (host access to 127.0.0.1 makes its URL visible to the extension). */
  async tabIdOf(page) {
    const ext = await this.extensionPage();
    const want = page.url();
    // eslint-disable-next-line no-undef -- runs in the extension page, where `chrome` exists
    const tabs = await ext.evaluate(() => chrome.tabs.query({}));
    const tab = tabs.find((t) => t.url === want);
    if (!tab) throw new Error(`no tab for ${want}`);
    return tab.id;
  }
  async extensionPage() {
    if (!this._ext || this._ext.isClosed()) {
      this._ext = await this.context.newPage();
      await this._ext.goto(`chrome-extension://${this.extensionId}/sidepanel.html`);
    }
    return this._ext;
  }
  /** Opens the side panel as a tab working on `tabId` (Playwright cannot reach the real side panel). */
  async openPanel(tabId) {
    const panel = await this.context.newPage();
    const q = tabId === undefined ? '' : `?tabId=${tabId}`;
    await panel.goto(`chrome-extension://${this.extensionId}/sidepanel.html${q}`);
    return panel;
  }
  /** Every row of a table in the extension's database, read with plain IndexedDB from an extension page. */
  async stored(table) {
    const ext = await this.extensionPage();
    return ext.evaluate(
      (name) =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('scriptside');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const idb = req.result;
            if (!idb.objectStoreNames.contains(name)) return resolve([]);
            const all = idb.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => {
              resolve(all.result);
              idb.close();
            };
            all.onerror = () => reject(all.error);
          };
        }),
      table,
    );
  }
  async screenshot(page, name) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
  /** Runs axe-core in the page; throws on serious or critical violations. */
  async axe(page, label) {
    // addScriptTag inserts an inline <script>, which the extension pages' CSP (rightly) blocks; evaluating the
    // source through the DevTools protocol is not subject to the page's CSP. Plain web pages take addScriptTag.
    const path = join(ROOT, 'node_modules/axe-core/axe.min.js');
    if (page.url().startsWith('chrome-extension:')) await page.evaluate(readFileSync(path, 'utf8'));
    else await page.addScriptTag({ path });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (bad.length) {
      const list = bad.map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes
            .slice(0, 2)
            .map((n) => n.target.join(' '))
            .join(', ')})`,
      );
      throw new Error(`${label}: accessibility violations\n  ${list.join('\n  ')}`);
    }
    return result.violations.length;
  }
}

/** Polls `fn` until it returns a truthy value or `ms` pass. */
export async function waitFor(fn, ms = 10_000, what = 'condition') {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

/** An assertion with a message saying what broke. */
export function check(ok, message) {
  if (!ok) throw new Error(message);
}
