// The shared corpus of real scripts lives outside the repository (../shared/corpus). Tests that use it are
// skipped, with a printed notice, on a fresh clone that does not have it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** Absolute path of the corpus folder (SCRIPTSIDE_CORPUS overrides), whether or not it exists. */
export const CORPUS_DIR =
  process.env.SCRIPTSIDE_CORPUS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

export const hasCorpus = existsSync(CORPUS_DIR);
let noticed = false;

/** `describe` when the corpus is present, else `describe.skip` with a one-time notice. */
export function describeCorpus(name: string, fn: () => void): void {
  if (!hasCorpus && !noticed) {
    noticed = true;
    console.warn(`[scriptside] ../shared/corpus not found at ${CORPUS_DIR}: corpus tests skipped.`);
  }
  // A skipped describe still runs its body to collect tests, and corpus suites read files there: do not run it.
  if (hasCorpus) describe(name, fn);
  else describe.skip(name, () => it.skip('needs ../shared/corpus', () => {}));
}

export function corpusPath(rel: string): string {
  return resolve(CORPUS_DIR, rel);
}

export function readCorpus(rel: string): string {
  return readFileSync(corpusPath(rel), 'utf8');
}

export function readCorpusBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusPath(rel)));
}
