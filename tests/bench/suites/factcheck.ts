// Fact-check suggestions on a generated 120-page script and on Big Fish (corpus, 122 pages). Anchor measured in the
// same run: one pass of a capitalised-word regex over the whole text, the least any name finder must do.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggestItems } from '../../../lib/factcheck/suggest';
import { parseFountain } from '../../../lib/script/fountain';
import { buildScript, type Script } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { generateScriptDrafts } from '../../fixtures/generate';
import { medianMs, report } from '../harness';
import { CORPUS_DIR } from '../../corpus-dir';

const BIG_FISH = resolve(CORPUS_DIR, 'fountain/big-fish.fountain');

function capitalsOnce(script: Script): number {
  return script.text.match(/\b[A-Z][a-z]+/g)?.length ?? 0;
}

async function suite(name: string, script: Script): Promise<void> {
  const pages = paginate(script).length;
  const anchorMs = await medianMs(() => capitalsOnce(script), 21, 5);
  const ms = await medianMs(() => suggestItems(script), 21, 5);
  report({
    name: `suggestions, ${name} (${pages} pages, ${suggestItems(script).length} items)`,
    ms,
    anchor: { name: 'one capitalised-word regex pass', ms: anchorMs },
    budgetMs: 100,
  });
}

/** Runs the suite. */
export async function run(): Promise<void> {
  await suite('generated', buildScript('fountain', generateScriptDrafts({ pages: 120 })));
  if (existsSync(BIG_FISH)) await suite('Big Fish', parseFountain(readFileSync(BIG_FISH, 'utf8')));
  else console.log('[bench] corpus not found: Big Fish skipped');
}
