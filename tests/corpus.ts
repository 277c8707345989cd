// The shared corpus of real scripts lives outside the repository (../shared/corpus). Tests that use it are
// skipped, with a printed notice, on a fresh clone that does not have it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { CORPUS_DIR, hasCorpus } from './corpus-dir';

export { CORPUS_DIR, hasCorpus };
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
