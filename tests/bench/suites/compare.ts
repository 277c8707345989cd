// Compare two 120-page drafts (realistic edits): Scriptside's compareScripts against jsdiff's whole-text
// diffWords in the same run, plus the extra heap one comparison takes.

import { diffWords } from 'diff';
import { compareScripts } from '../../../lib/revision/compare';
import { buildScript } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { generateScriptDrafts, reviseDrafts } from '../../fixtures/generate';
import { medianMs, report } from '../harness';

/** Runs the compare figures. */
export async function run(): Promise<void> {
  const drafts = generateScriptDrafts({ pages: 120, seed: 1 });
  const a = buildScript('fountain', drafts);
  const b = buildScript('fountain', reviseDrafts(drafts, { seed: 2 }).drafts);
  const newerPages = paginate(b);

  const anchor = await medianMs(() => diffWords(a.text, b.text), 5, 1);
  const withPages = await medianMs(() => compareScripts(a, b, { newerPages }), 15, 5);
  const full = await medianMs(() => compareScripts(a, b), 15, 5);
  const c = compareScripts(a, b);
  const s = c.summary;
  const what = `${s.changed} changed, ${s.added} added, ${s.removed} removed, ${s.moved} moved elements; ${s.scenesAdded}+/${s.scenesRemoved}- scenes, ${s.scenesMoved} moved; ${c.changedPages.length} pages marked`;
  report({
    name: `compare 120 pages (words, scenes, changed pages, marks; newer pages given, ${newerPages.length} pages)`,
    ms: withPages,
    anchor: { name: 'jsdiff diffWords(A.text, B.text)', ms: anchor },
    budgetMs: 10,
    extra: what,
  });
  report({
    name: 'compare 120 pages, laying out the newer draft too',
    ms: full,
    anchor: { name: 'jsdiff diffWords(A.text, B.text)', ms: anchor },
    budgetMs: 10,
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
