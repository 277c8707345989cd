// Where the shared corpus of real scripts is (../shared/corpus beside the repository; SCRIPTSIDE_CORPUS overrides).
// Kept apart from tests/corpus.ts so benchmarks, which run outside vitest, can use it too.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the corpus folder, whether or not it exists. */
export const CORPUS_DIR =
  process.env.SCRIPTSIDE_CORPUS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

export const hasCorpus = existsSync(CORPUS_DIR);
