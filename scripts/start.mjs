// npm start: builds Scriptside, serves the demo script page on 127.0.0.1 and opens Chromium with the extension
// loaded beside it. Without a display it builds, says how to run it, and exits.
import { execSync, spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../tests/e2e/harness.mjs';

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
console.log(
  `\nDemo script page: ${url}\nClick the Scriptside toolbar button to open the panel, then "Read this page".`,
);

const profile = mkdtempSync(join(tmpdir(), 'scriptside-start-'));
const browser = spawn(
  chromium,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
    '--no-first-run',
    url,
  ],
  { stdio: 'ignore' },
);
browser.on('exit', () => {
  server.close();
  process.exit(0);
});
