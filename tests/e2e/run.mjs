// Runs every tests/e2e/*.e2e.mjs file against a fresh build in headless Chromium; prints "N passed, N failed".
// A file default-exports `(test) => { test(name, async (h) => ...) }`; each file gets its own browser profile.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  buildExtension,
  findChromium,
  Harness,
  ROOT,
  hasCorpus,
  CORPUS_DIR,
  startServer,
} from './harness.mjs';

// `--summary FILE` (used by `npm test`) writes the counts as JSON; other arguments filter the files by name.
const args = process.argv.slice(2);
const summaryAt = args.indexOf('--summary');
const summaryFile = summaryAt >= 0 ? args[summaryAt + 1] : undefined;
const only = summaryAt >= 0 ? args.filter((_, i) => i !== summaryAt && i !== summaryAt + 1) : args;
const chromiumPath = findChromium();
if (!chromiumPath) {
  const msg = '[e2e] chromium not found (set CHROMIUM_PATH or apt-get install chromium)';
  if (process.env.CI) {
    console.error(`${msg}: failing because CI is set.`);
    process.exit(1);
  }
  console.warn(`${msg}: end-to-end tests skipped.`);
  process.exit(0);
}
if (!hasCorpus) console.warn(`[e2e] corpus not found at ${CORPUS_DIR}: corpus pages skipped.`);

buildExtension();
const { server, origin } = await startServer();
const dir = join(ROOT, 'tests/e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let passed = 0;
let failed = 0;
for (const file of files) {
  const tests = [];
  const mod = await import(pathToFileURL(join(dir, file)).href);
  mod.default((name, fn, opts = {}) => tests.push({ name, fn, opts }));
  const h = await new Harness(chromiumPath, origin).start();
  try {
    for (const t of tests) {
      if (t.opts.corpus && !hasCorpus) {
        console.log(`- skip ${file} > ${t.name} (no corpus)`);
        continue;
      }
      const started = Date.now();
      try {
        await t.fn(h);
        passed++;
        console.log(`✓ ${file} > ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(
          `✗ ${file} > ${t.name}\n    ${String(e?.stack ?? e)
            .split('\n')
            .slice(0, 6)
            .join('\n    ')}`,
        );
      }
    }
  } finally {
    await h.close();
  }
  if (h.offending.length) {
    failed++;
    console.log(
      `✗ ${file} > no request leaves the machine\n    ${[...new Set(h.offending)].slice(0, 10).join('\n    ')}`,
    );
  } else {
    passed++;
    console.log(`✓ ${file} > no request leaves the machine`);
  }
}
server.close();
if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
