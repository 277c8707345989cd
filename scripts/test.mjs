// `npm test`: every test. Unit and component tests (vitest), then the end-to-end suites with the built extension in
// real Chromium and in Firefox ESR, then web-ext lint on the Firefox package. Without a browser its e2e suite is
// skipped with a notice, except in CI, where both are required.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'scriptside-test-'));
const jsonFile = join(out, 'vitest.json');
let passed = 0;
let failed = 0;

const unit = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`],
  { stdio: 'inherit' },
);
if (existsSync(jsonFile)) {
  const r = JSON.parse(readFileSync(jsonFile, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (unit.status !== 0 && !r.numFailedTests ? 1 : 0);
} else if (unit.status !== 0) failed += 1;

/** Runs an end-to-end runner and adds its "--summary" counts; a runner that fails without a summary counts once. */
function runE2e(runner, name) {
  if (!existsSync(runner)) return;
  const summaryFile = join(out, `${name}.json`);
  const run = spawnSync('node', [runner, '--summary', summaryFile], { stdio: 'inherit' });
  const s = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : undefined;
  passed += s?.passed ?? 0;
  failed += s?.failed ?? 0;
  if (run.status !== 0 && !s?.failed) failed += 1;
}

// Chromium, then Firefox ESR (each skips with a notice when its browser is absent, except in CI).
runE2e('tests/e2e/run.mjs', 'e2e');
runE2e('tests/e2e-firefox/run.mjs', 'e2e-firefox');

// Mozilla's add-on linter on a fresh build of the Firefox package (fails on anything not known-safe).
const lint = spawnSync('node', ['scripts/lint-firefox.mjs', '--build'], { stdio: 'inherit' });
if (lint.status === 0) passed += 1;
else failed += 1;
rmSync(out, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
