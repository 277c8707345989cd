// Fountain parsing on Big Fish (corpus) and a generated ~120-page script: our parser against fountain-js
// (`new Fountain().parse(text, true)`, tokens included) on the same text in the same run.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Fountain } from 'fountain-js';
import { parseFountain } from '../../../lib/script/fountain';
import { generateScriptDrafts, toFountain } from '../../fixtures/generate';
import { medianMs, report } from '../harness';
import { CORPUS_DIR } from '../../corpus-dir';

const BIG_FISH = resolve(CORPUS_DIR, 'fountain/big-fish.fountain');

async function compare(name: string, text: string): Promise<void> {
  const fountainJs = new Fountain();
  const ours = await medianMs(() => parseFountain(text), 15, 5);
  const anchor = await medianMs(() => fountainJs.parse(text, true), 15, 5);
  const elements = parseFountain(text).elements.length;
  report({
    name: `parseFountain ${name}`,
    ms: ours,
    anchor: { name: 'fountain-js parse(text, true)', ms: anchor },
    extra: `${(text.length / 1024).toFixed(0)} KB, ${elements} elements; budget parse + paginate <= 15 ms`,
  });
}

export async function run(): Promise<void> {
  if (existsSync(BIG_FISH)) await compare('big-fish.fountain', readFileSync(BIG_FISH, 'utf8'));
  else console.log(`[parse-fountain] corpus not found at ${CORPUS_DIR}: big-fish skipped.`);
  await compare('generated 120 pages', toFountain(generateScriptDrafts({ pages: 120, seed: 7 })));
}
