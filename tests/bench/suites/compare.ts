// Compare two drafts: a real redraft of Big Fish from the shared corpus (a fixed edit script: scenes cut, added and
// moved, one prose line in ten touched) and two generated 120-page drafts. Each figure is printed beside jsdiff's
// whole-text diffWords on the same pair, measured in the same run; identical drafts and the heap one comparison takes
// are printed too. Times are medians of CPU time (see medianCpuMs): wall time on this shared machine is mostly noise.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffWords } from 'diff';
import { compareScripts } from '../../../lib/revision/compare';
import { parseFountain } from '../../../lib/script/fountain';
import { buildScript, type Script } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { CORPUS_DIR } from '../../corpus-dir';
import { generateScriptDrafts, reviseDrafts } from '../../fixtures/generate';
import { medianCpuMs, report } from '../harness';
import { redraft } from '../redraft';

/** Issue 14's goals for compareScripts on a real redraft: at most this long, and this many times faster than jsdiff. */
const COMPARE_BUDGET_MS = 5;
const MIN_RATIO_TO_JSDIFF = 5;
/** Identical drafts must be recognised before any alignment. */
const IDENTICAL_BUDGET_MS = 1;

const BIG_FISH = 'fountain/big-fish.fountain';
/** Unmeasured runs first, so the medians are of optimised code, as in a panel that has compared before. */
const WARMUP = 30;
/** No forced collection between runs (see medianCpuMs). */
const NO_GC = { collect: false };

/** Runs the compare figures. */
export async function run(): Promise<void> {
  await realRedraft();
  await generatedDrafts();
}

function describeComparison(a: Script, b: Script): string {
  const c = compareScripts(a, b);
  const s = c.summary;
  return (
    `${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.moved} moved elements; ` +
    `${s.scenesAdded}+/${s.scenesRemoved}- scenes, ${s.scenesMoved} moved; ${c.changedPages.length} pages marked`
  );
}

async function realRedraft(): Promise<void> {
  const path = resolve(CORPUS_DIR, BIG_FISH);
  if (!existsSync(path)) {
    console.log(`compare: corpus not found at ${CORPUS_DIR}, the Big Fish redraft figures are skipped`);
    return;
  }
  const source = readFileSync(path, 'utf8');
  const a = parseFountain(source);
  const { drafts, log } = redraft(a);
  const b = buildScript('fountain', drafts, a.titlePage);
  const newerPages = paginate(b);
  // A second parse of the same file: equal drafts that are not the same objects, as two stored revisions are.
  const same = parseFountain(source);

  // The very first comparison in this process runs unoptimised code, as the first one in a fresh panel does.
  const first = await medianCpuMs(() => compareScripts(a, b, { newerPages }), 1, 0, NO_GC);
  const anchor = await medianCpuMs(() => diffWords(a.text, b.text), 7, 1, NO_GC);
  const withPages = await medianCpuMs(() => compareScripts(a, b, { newerPages }), 31, WARMUP, NO_GC);
  const full = await medianCpuMs(() => compareScripts(a, b), 15, WARMUP, NO_GC);
  const identical = await medianCpuMs(() => compareScripts(a, same), 31, WARMUP, NO_GC);
  const edits =
    `redraft: ${log.scenesCut} scenes cut, ${log.scenesAdded} added, ${log.scenesMoved} moved, ` +
    `${log.proseTouched} prose lines touched`;
  report({
    name: `compare Big Fish and its redraft (${newerPages.length} pages, newer pages given as stored), CPU`,
    ms: withPages,
    anchor: { name: 'jsdiff diffWords(A.text, B.text)', ms: anchor },
    budgetMs: COMPARE_BUDGET_MS,
    minRatio: MIN_RATIO_TO_JSDIFF,
    extra: `${edits}; ${describeComparison(a, b)}`,
  });
  report({
    name: 'compare Big Fish and its redraft, laying out the newer draft too',
    ms: full,
    anchor: { name: 'jsdiff diffWords(A.text, B.text)', ms: anchor },
  });
  report({
    name: 'compare Big Fish and its redraft, first call in the process (cold code, one run)',
    ms: first,
    anchor: { name: 'jsdiff diffWords(A.text, B.text)', ms: anchor },
  });
  report({
    name: 'compare Big Fish with an identical draft (parsed twice, no pages given)',
    ms: identical,
    anchor: { name: 'jsdiff diffWords(A.text, B.text)', ms: anchor },
    budgetMs: IDENTICAL_BUDGET_MS,
  });
}

async function generatedDrafts(): Promise<void> {
  const drafts = generateScriptDrafts({ pages: 120, seed: 1 });
  const a = buildScript('fountain', drafts);
  const b = buildScript('fountain', reviseDrafts(drafts, { seed: 2 }).drafts);
  const newerPages = paginate(b);

  const anchor = await medianCpuMs(() => diffWords(a.text, b.text), 5, 1, NO_GC);
  const withPages = await medianCpuMs(() => compareScripts(a, b, { newerPages }), 15, WARMUP, NO_GC);
  report({
    name: `compare generated 120 pages (newer pages given, ${newerPages.length} pages)`,
    ms: withPages,
    anchor: { name: 'jsdiff diffWords(A.text, B.text)', ms: anchor },
    budgetMs: COMPARE_BUDGET_MS,
    minRatio: MIN_RATIO_TO_JSDIFF,
    extra: describeComparison(a, b),
  });

  // Extra heap for one comparison (retained result plus garbage not yet collected when gc is unavailable).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = compareScripts(a, b);
  const after = process.memoryUsage().heapUsed;
  gc?.();
  const retained = process.memoryUsage().heapUsed - before;
  console.log(
    `extra heap for one comparison: ${((after - before) / 1e6).toFixed(1)} MB allocated, ${(retained / 1e6).toFixed(2)} MB retained` +
      ` | budget 20 MB ${after - before <= 20e6 ? 'met' : 'MISSED'}${gc ? '' : ' | run with --expose-gc for exact figures'}` +
      ` | result holds ${kept.elements.length} changes`,
  );
}
