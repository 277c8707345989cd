// Firefox end-to-end harness: drives Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the Firefox build
// of the extension installed as a temporary add-on. It reuses the Chromium suite's test server, and records every
// request that would leave the machine through a recording proxy, plus every console error and uncaught error that
// Firefox prints for extension pages (extension pages send neither to the driver).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, waitFor } from '../e2e/harness.mjs';

export { check, hasCorpus, CORPUS_DIR, ROOT, startServer, waitFor } from '../e2e/harness.mjs';
export { byRole, clickRole, press, printedPages, waitForText } from './page.mjs';

export const SHIPPED_FIREFOX_EXT = join(ROOT, '.output/firefox-mv2');
export const E2E_FIREFOX_EXT = join(ROOT, '.output/e2e/firefox-mv2');
const GECKO_ID = 'scriptside@scriptside.local';
// Fixed through the pref extensions.webextensions.uuids, so every run has the same moz-extension:// host.
export const EXTENSION_UUID = '5c1e2f0a-7b3d-4e8a-9c6f-2d4b8a1e0f37';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Builds the shipped Firefox extension and its e2e variant (same code, host access to 127.0.0.1 only). */
export function buildFirefoxExtension() {
  execSync('npx wxt build -b firefox', { cwd: ROOT, stdio: 'inherit' });
  execSync('npx wxt build -b firefox', {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SCRIPTSIDE_E2E: '1' },
  });
}

/** Debian's firefox-esr (FIREFOX_PATH overrides; plain firefox also does), or undefined. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

/**
 * A proxy that answers every request Firefox sends through it with 403 and remembers its address. Firefox sends
 * everything that is not 127.0.0.1 here (extension pages, tabs and the browser's own traffic), so a request off the
 * machine is recorded whoever made it, including ones the driver never sees (background page, workers).
 */
async function startRecordingProxy(offending) {
  const proxy = http.createServer((req, res) => {
    offending.push(req.url ?? '(no url)');
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the Scriptside e2e recorder');
  });
  proxy.on('connect', (req, socket) => {
    offending.push(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  return proxy;
}

/**
 * Lines Firefox prints for extension pages that mean a test must fail: uncaught errors ("JavaScript error:") and
 * console.error calls (devtools.console.stdout.content prints them as "console.error: ..."), and CSP reports.
 */
const ERROR_LINE = /^(JavaScript error: moz-extension:|console\.error:|.*Content[- ]Security[- ]Policy)/;

/**
 * Firefox prints no line for a CSP violation, and BiDi preload scripts do not run in extension pages: from the
 * moment the page has loaded, each violation is reported as a console error, which Firefox does print. (What the
 * page does while it loads is checked in Chromium, which logs violations; tests here check the font and styles.)
 */
async function reportCspViolations(page, url) {
  if (!url.startsWith('moz-extension:')) return;
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}`,
      );
    });
  });
}

/** Everything a Firefox test gets. */
export class FirefoxHarness {
  /** `extensionDir`: the e2e build by default; the shipped build for what only it does (asking for permission). */
  constructor(firefoxPath, origin, extensionDir = E2E_FIREFOX_EXT) {
    this.firefoxPath = firefoxPath;
    this.extensionDir = extensionDir;
    this.origin = origin;
    this.offending = [];
    this.errors = [];
    this.output = [];
    this.downloads = mkdtempSync(join(tmpdir(), 'scriptside-ff-downloads-'));
    this.profile = mkdtempSync(join(tmpdir(), 'scriptside-ff-profile-'));
  }

  async start() {
    const { default: puppeteer } = await import('puppeteer-core');
    this.proxy ??= await startRecordingProxy(this.offending);
    const port = this.proxy.address().port;
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: this.firefoxPath,
      headless: true,
      // A profile of the test's own, kept across restart() as a user's profile is.
      userDataDir: this.profile,
      // Release builds ignore services.settings.server (below) unless this is set: Firefox's remote settings would
      // otherwise sync from Mozilla's servers during the test.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      // Without it, navigating the driver to moz-extension:// pages is refused.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 420, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Extension pages send no console or error events to the driver: have Firefox print them instead.
        'devtools.console.stdout.content': true,
        // Only the console of pages in tabs (the panel, print, report pages the tests open): Firefox counts the
        // sidebar and the background page as chrome, whose channel also carries the browser's own errors (its
        // remote agent, remote settings), with nothing on the line to tell them apart. Uncaught errors in every
        // extension context, the sidebar included, still come through stderr as "JavaScript error: moz-extension:".
        'devtools.console.stdout.chrome': false,
        // Every request that is not to 127.0.0.1 goes to the recording proxy (127.0.0.1 itself is never proxied).
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'network.proxy.socks_remote_dns': false,
        // The browser's own background traffic is not the extension's: turn off what would otherwise be recorded.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'dom.push.connection.enabled': false,
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'browser.newtabpage.activity-stream.feeds.system.topstories': false,
        'browser.newtabpage.activity-stream.feeds.section.topstories': false,
        // An optional permission asked for from a click is granted as if the user clicked Allow in the prompt
        // (headless Firefox shows none). A request made outside a click is still refused, as for a user.
        'extensions.webextOptionalPermissionPrompts': false,
        // Downloads land in a folder the test reads, without a dialog.
        'browser.download.dir': this.downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        'browser.download.panel.shown': true,
      },
    });
    const proc = this.browser.process();
    const watch = (stream) => {
      let rest = '';
      stream?.on('data', (chunk) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          this.output.push(line);
          if (this.watching && ERROR_LINE.test(line)) this.errors.push(line);
        }
      });
    };
    watch(proc?.stdout);
    watch(proc?.stderr);
    this.watching = true;
    const id = await this.browser.installExtension(this.extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    await this.watchUndrivenPages();
    return this;
  }

  /**
   * The real sidebar (opened by Firefox on install) and the background page are not tabs the driver can reach, and
   * Firefox prints their console on the chrome channel, which is off (see above). From the extension page kept open,
   * which shares their process, their console errors, uncaught errors, rejections and CSP violations are repeated
   * as console errors of that page, which Firefox prints.
   */
  async watchUndrivenPages() {
    const ext = await this.extensionPage();
    const sidebars = await waitFor(
      () => ext.evaluate(() => globalThis.browser.extension.getViews({ type: 'sidebar' }).length),
      10_000,
      'the sidebar Firefox opens on install',
    ).catch(() => 0);
    if (!sidebars)
      console.log('    (Firefox opened no sidebar on install: only the background page is watched)');
    const watched = await ext.evaluate(() => {
      const views = [
        ...globalThis.browser.extension.getViews({ type: 'sidebar' }).map((w) => ['sidebar', w]),
        ['background page', globalThis.browser.extension.getBackgroundPage()],
      ].filter(([, w]) => w);
      for (const [where, win] of views) {
        const report = (what) => console.error(`[${where}] ${what}`);
        const original = win.console.error.bind(win.console);
        win.console.error = (...args) => {
          original(...args);
          report(args.map((a) => (a instanceof Error ? a.stack || a.message : String(a))).join(' '));
        };
        win.addEventListener('error', (e) => report(`uncaught: ${e.message}`));
        win.addEventListener('unhandledrejection', (e) => report(`unhandled rejection: ${e.reason}`));
        win.document.addEventListener('securitypolicyviolation', (e) =>
          report(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
        );
      }
      return views.map(([where]) => where);
    });
    this.watched = watched;
  }

  /**
   * Quits Firefox and starts it again on the same profile. A temporary add-on is removed when Firefox quits, so it
   * is installed again, with the same id and moz-extension:// host: what a permanently installed add-on keeps.
   */
  async restart() {
    this.watching = false;
    await this.browser.close();
    this._ext = undefined;
    await this.start();
  }

  async close() {
    // Closing the browser tears down the sidebar and pages mid-render; what Firefox prints then is not a failure.
    this.watching = false;
    await this.browser?.close();
    await new Promise((r) => this.proxy?.close(r) ?? r());
    rmSync(this.downloads, { recursive: true, force: true });
    rmSync(this.profile, { recursive: true, force: true });
  }

  url(path) {
    return `${this.origin}${path}`;
  }

  /** Navigates with BiDi's wait 'complete' (page.goto never settles on moz-extension:// pages). */
  async navigate(page, url) {
    await page.mainFrame().browsingContext.navigate(url, 'complete');
    await reportCspViolations(page, url);
  }

  /** Reloads with BiDi's wait 'complete' (page.reload never settles on moz-extension:// pages either). */
  async reload(page) {
    await page.mainFrame().browsingContext.reload({ wait: 'complete' });
    await reportCspViolations(page, page.url());
  }

  /** Opens `url` in a new tab. */
  async newTab(url) {
    const page = await this.browser.newPage();
    await this.navigate(page, url);
    return page;
  }

  /** Opens a test page (from the shared test server) in a new tab. */
  openPage(path) {
    return this.newTab(this.url(path));
  }

  /**
   * An extension page kept open for reading the database and the tabs; it also relays the sidebar's and the
   * background page's errors (watchUndrivenPages), so tests leave it open.
   */
  async extensionPage() {
    if (!this._ext || this._ext.isClosed())
      this._ext = await this.newTab(`${EXTENSION_ORIGIN}/sidepanel.html`);
    return this._ext;
  }

  /** The browser's id for the tab showing `page` (host access to 127.0.0.1 makes its URL visible to the extension). */
  async tabIdOf(page) {
    const want = page.url();
    const ext = await this.extensionPage();
    const tabs = await ext.evaluate(() => globalThis.browser.tabs.query({}));
    const tab = tabs.find((t) => t.url === want);
    if (!tab) throw new Error(`no tab for ${want} among ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }

  /** Opens the panel page in a tab working on `tabId` (the real sidebar is open too, sharing the database). */
  openPanel(tabId) {
    const q = tabId === undefined ? '' : `?tabId=${tabId}`;
    return this.newTab(`${EXTENSION_ORIGIN}/sidepanel.html${q}`);
  }

  /** Every row of a table in the extension's database, read with plain IndexedDB from an extension page. */
  async stored(table) {
    const ext = await this.extensionPage();
    // Sent back as JSON text: BiDi's own serialisation stops at a depth, and stored revisions nest deeper.
    const json = await ext.evaluate(
      (name) =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('scriptside');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const idb = req.result;
            if (!idb.objectStoreNames.contains(name)) {
              idb.close();
              return resolve('[]');
            }
            const all = idb.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => {
              resolve(JSON.stringify(all.result));
              idb.close();
            };
            all.onerror = () => reject(all.error);
          };
        }),
      table,
    );
    return JSON.parse(json);
  }

  /** Waits for a finished download whose name matches `pattern` and returns its path. */
  async downloaded(pattern, ms = 10_000) {
    return waitFor(
      () => {
        const done = readdirSync(this.downloads).filter((f) => pattern.test(f) && !f.endsWith('.part'));
        // Firefox writes to "<name>.part" and renames it when finished; the name alone can appear early and empty.
        const name = done.find(
          (f) =>
            !existsSync(join(this.downloads, `${f}.part`)) && readFileSync(join(this.downloads, f)).length,
        );
        return name && join(this.downloads, name);
      },
      ms,
      `a download named like ${pattern}`,
    );
  }
}
