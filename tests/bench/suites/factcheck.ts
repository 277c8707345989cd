// Fact-check suggestions per 120-page script (issue 17: at most 50 ms), on a generated 120-page script and on Big
// Fish (corpus, 122 pages). Anchor measured in the same run on the same script: the suggester as it was before issue
// 17 (a copy kept in factcheck-baseline/, used by nothing else).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggestItems } from '../../../lib/factcheck/suggest';
import { parseFountain } from '../../../lib/script/fountain';
import { buildScript, type Script } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { generateScriptDrafts } from '../../fixtures/generate';
import { medianMs, report } from '../harness';
import { CORPUS_DIR } from '../../corpus-dir';
import { suggestItems as previousSuggestItems } from './factcheck-baseline/suggest';

const BIG_FISH = resolve(CORPUS_DIR, 'fountain/big-fish.fountain');
// Issue 17: the suggestions load when the Fact-check view opens and must not hold it up.
const BUDGET_MS = 50;

async function suite(name: string, script: Script): Promise<void> {
  const pages = paginate(script).length;
  const anchorMs = await medianMs(() => previousSuggestItems(script), 21, 5);
  const ms = await medianMs(() => suggestItems(script), 21, 5);
  report({
    name: `suggestions, ${name} (${pages} pages, ${suggestItems(script).length} items; before: ${previousSuggestItems(script).length})`,
    ms,
    anchor: { name: 'the suggester before issue 17', ms: anchorMs },
    budgetMs: BUDGET_MS,
  });
}

/** Runs the suite. */
export async function run(): Promise<void> {
  await suite('generated', buildScript('fountain', generateScriptDrafts({ pages: 120 })));
  if (existsSync(BIG_FISH)) await suite('Big Fish', parseFountain(readFileSync(BIG_FISH, 'utf8')));
  else console.log('[bench] corpus not found: Big Fish skipped');
}
