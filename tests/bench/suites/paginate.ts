// Pagination and parse + paginate, on Big Fish (corpus, 122 pages) and a generated 164-page script. Anchors measured in
// the same run: wrapping every element at its width (the floor any paginator pays) and fountain-js parsing the source.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Fountain } from 'fountain-js';
import { layoutFor, wrapRange, wrapWidth, type TextRange } from '../../../lib/script/page-geometry';
import { buildScript, type Script } from '../../../lib/script/model';
import { parseFountain } from '../../../lib/script/fountain';
import { paginate } from '../../../lib/script/paginate';
import { generateScriptDrafts, toFountain } from '../../fixtures/generate';
import { medianMs, report } from '../harness';
import { CORPUS_DIR } from '../../corpus-dir';

const BIG_FISH = resolve(CORPUS_DIR, 'fountain/big-fish.fountain');

/** Wraps every printed element once: what any paginator must at least do. */
function wrapAll(script: Script): number {
  let n = 0;
  const out: TextRange[] = [];
  for (const el of script.elements) {
    const layout = layoutFor(el.type);
    if (!layout) continue;
    out.length = 0;
    n += wrapRange(script.text, el.start, el.end, wrapWidth(layout), out).length;
  }
  return n;
}

async function suite(name: string, source: string): Promise<void> {
  const script = parseFountain(source);
  const pages = paginate(script).length;
  const wrapMs = await medianMs(() => wrapAll(script), 21, 5);
  const pagMs = await medianMs(() => paginate(script), 21, 5);
  report({
    name: `paginate ${name} (${pages} pages)`,
    ms: pagMs,
    anchor: { name: 'wrap every element (floor)', ms: wrapMs },
  });
  const fjs = new Fountain();
  const fjsMs = await medianMs(() => fjs.parse(source), 21, 5);
  const bothMs = await medianMs(() => paginate(parseFountain(source)), 21, 5);
  report({
    name: `parse + paginate ${name}`,
    ms: bothMs,
    anchor: { name: 'fountain-js parse only', ms: fjsMs },
    budgetMs: 15,
  });
  const a4 = await medianMs(
    () => paginate(script, { paper: 'a4', sceneContinueds: true, sceneNumbers: true }),
    21,
    5,
  );
  report({
    name: `paginate ${name}, A4 with CONTINUEDs`,
    ms: a4,
    anchor: { name: 'paginate Letter', ms: pagMs },
  });
}

export async function run(): Promise<void> {
  if (existsSync(BIG_FISH)) await suite('big-fish.fountain', readFileSync(BIG_FISH, 'utf8'));
  else console.log(`paginate: corpus not found at ${CORPUS_DIR}, Big Fish figures skipped`);
  await suite('generated 164-page script', toFountain(generateScriptDrafts({ pages: 164, seed: 1 })));
  const huge = buildScript('fountain', generateScriptDrafts({ pages: 1000, seed: 3 }));
  const hugeMs = await medianMs(() => paginate(huge), 7, 2);
  report({
    name: `paginate generated 1,000-page script (${paginate(huge).length} pages)`,
    ms: hugeMs,
    anchor: { name: 'wrap every element (floor)', ms: await medianMs(() => wrapAll(huge), 7, 2) },
  });
}
