// `npm test`: every test. Unit and component tests (vitest), then the end-to-end suite in real Chromium with the
// built extension. Without Chromium the e2e suite is skipped with a notice, except in CI, where it is required.
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

const e2eRunner = 'tests/e2e/run.mjs';
if (existsSync(e2eRunner)) {
  const e2e = spawnSync('node', [e2eRunner, '--summary', join(out, 'e2e.json')], { stdio: 'inherit' });
  const summaryFile = join(out, 'e2e.json');
  if (existsSync(summaryFile)) {
    const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
    passed += s.passed ?? 0;
    failed += s.failed ?? 0;
  }
  if (e2e.status !== 0 && !existsSync(summaryFile)) failed += 1;
  if (e2e.status !== 0 && existsSync(summaryFile) && !JSON.parse(readFileSync(summaryFile, 'utf8')).failed)
    failed += 1;
}
rmSync(out, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
