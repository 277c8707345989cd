// npm start: builds Scriptside, serves the demo script page on 127.0.0.1 and opens Chromium with the extension
// loaded beside it. Without a display it builds, says how to run it, and exits.
import { execSync, spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../tests/e2e/harness.mjs';
import { chromiumArgs } from './start-args.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, '.output/chrome-mv3');

execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`\nBuilt ${EXT}.
No display here, so no browser was opened. On a machine with a display run \`npm start\`, or load the folder above
in Chrome: chrome://extensions -> Developer mode -> Load unpacked. (Headless: Xvfb :99 & DISPLAY=:99 npm start)`);
  process.exit(0);
}

const chromium = findChromium();
if (!chromium) {
  console.log(
    `\nBuilt ${EXT}. Chromium was not found (set CHROMIUM_PATH): load the folder in Chrome via chrome://extensions.`,
  );
  process.exit(0);
}

// The demo page: the bundled original demo script as Fountain text, which "Read this page" reads like any page.
const { DEMO_SCRIPT } = await import('../lib/demo/index.ts').catch(async () => {
  // Node without a TypeScript loader: run through tsx.
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('../lib/demo/index.ts', import.meta.url);
});
const demoText = DEMO_SCRIPT.revisions[0].fountain;
const server = http.createServer((req, res) => {
  if (req.url === '/demo.fountain') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(demoText);
  }
  res.writeHead(302, { location: '/demo.fountain' });
  res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/demo.fountain`;
// Chromium refuses to start as root (a container, a VM, CI) unless its sandbox is turned off, and then exits at once
// with only a line on its own stderr: start it the way that works there, and say so.
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
console.log(
  `\nDemo script page: ${url}
Open the panel with Alt+Shift+S (on a fresh profile the Scriptside toolbar button sits under the puzzle-piece
extensions menu; pin it there), then press Alt+Shift+R or click "Read this page".`,
);
if (asRoot) {
  console.log(
    'Running as root: Chromium is started with --no-sandbox, which it needs here. Use a normal user account for ' +
      'everyday browsing.',
  );
}

const profile = mkdtempSync(join(tmpdir(), 'scriptside-start-'));
const browser = spawn(chromium, chromiumArgs({ profile, extension: EXT, url, asRoot }), {
  stdio: ['ignore', 'ignore', 'pipe'],
});
// Keep the browser's last words: when it exits early, they say why.
let lastError = '';
browser.stderr.on('data', (d) => {
  lastError = (lastError + d.toString()).slice(-2000);
});
const startedAt = Date.now();
/** A browser that closes within this long of starting did not start: report it instead of ending silently. */
const EARLY_EXIT_MS = 5000;
browser.on('error', (e) => {
  console.error(`\nChromium could not be started (${chromium}): ${e.message}`);
  server.close();
  process.exit(1);
});
browser.on('exit', (code) => {
  server.close();
  if (Date.now() - startedAt < EARLY_EXIT_MS && code !== 0) {
    const why = lastError
      .split('\n')
      // D-Bus complaints are noise in a container; the line before them says why Chromium stopped.
      .filter((l) => l.trim() && !/dbus/i.test(l))
      .slice(-3)
      .join('\n');
    console.error(
      `\nChromium exited at once (code ${code}).${why ? `\n${why}` : ''}\nThe extension is built in ${EXT}: ` +
        'load it in Chrome via chrome://extensions -> Developer mode -> Load unpacked.',
    );
    process.exit(1);
  }
  process.exit(0);
});
