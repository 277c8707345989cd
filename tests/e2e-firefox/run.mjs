// Runs every tests/e2e-firefox/*.e2e.mjs file in headless Firefox ESR with the Firefox build; prints "N passed, N
// failed". Same shape as tests/e2e/run.mjs: a file default-exports `(test) => { test(name, async (h) => ...) }`, each
// file gets its own browser and profile (with the e2e build, or the shipped one if it exports extension = 'shipped'), and after each file two more checks count: no console or uncaught error
// in an extension page, and no request off the machine.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildFirefoxExtension,
  CORPUS_DIR,
  findFirefox,
  FirefoxHarness,
  hasCorpus,
  ROOT,
  SHIPPED_FIREFOX_EXT,
  startServer,
} from './harness.mjs';

// `--summary FILE` (used by `npm test`) writes the counts as JSON; other arguments filter the files by name.
const args = process.argv.slice(2);
const summaryAt = args.indexOf('--summary');
const summaryFile = summaryAt >= 0 ? args[summaryAt + 1] : undefined;
const only = summaryAt >= 0 ? args.filter((_, i) => i !== summaryAt && i !== summaryAt + 1) : args;
const firefoxPath = findFirefox();
if (!firefoxPath) {
  const msg = '[e2e-firefox] firefox not found (set FIREFOX_PATH or apt-get install firefox-esr)';
  if (process.env.CI) {
    console.error(`${msg}: failing because CI is set.`);
    process.exit(1);
  }
  console.warn(`${msg}: Firefox end-to-end tests skipped.`);
  process.exit(0);
}
if (!hasCorpus) console.warn(`[e2e-firefox] corpus not found at ${CORPUS_DIR}: corpus tests skipped.`);

buildFirefoxExtension();
const { server, origin } = await startServer();
const dir = join(ROOT, 'tests/e2e-firefox');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let passed = 0;
let failed = 0;
const report = (ok, name, detail) => {
  if (ok) passed++;
  else failed++;
  console.log(ok ? `✓ ${name}` : `✗ ${name}\n    ${detail}`);
};
for (const file of files) {
  const tests = [];
  const mod = await import(pathToFileURL(join(dir, file)).href);
  mod.default((name, fn, opts = {}) => tests.push({ name, fn, opts }));
  // A file that tests what only the shipped build does (no access to 127.0.0.1 at install) says so.
  const h = new FirefoxHarness(
    firefoxPath,
    origin,
    mod.extension === 'shipped' ? SHIPPED_FIREFOX_EXT : undefined,
  );
  try {
    await h.start();
    for (const t of tests) {
      if (t.opts.corpus && !hasCorpus) {
        console.log(`- skip firefox ${file} > ${t.name} (no corpus)`);
        continue;
      }
      const started = Date.now();
      try {
        await t.fn(h);
        report(true, `firefox ${file} > ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        const stack = String(e?.stack ?? e)
          .split('\n')
          .slice(0, 6)
          .join('\n    ');
        report(false, `firefox ${file} > ${t.name}`, stack);
      }
    }
  } catch (e) {
    report(false, `firefox ${file} > the browser starts with the extension`, String(e?.stack ?? e));
  } finally {
    await h.close().catch((e) => console.log(`    (closing Firefox: ${e.message})`));
  }
  report(
    h.errors.length === 0,
    `firefox ${file} > no console or uncaught error in an extension page`,
    [...new Set(h.errors)].slice(0, 10).join('\n    '),
  );
  report(
    h.offending.length === 0,
    `firefox ${file} > no request leaves the machine`,
    [...new Set(h.offending)].slice(0, 10).join('\n    '),
  );
}
server.close();
if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed (Firefox)`);
process.exit(failed ? 1 : 0);
