// Capture of a 120-page web page into a stored revision, in Node: parse the page's blocks, paginate, store
// (fake-indexeddb). Block extraction (jsdom here, the live DOM in the browser) is measured apart and not counted.
// Anchors measured in the same run: JSON.stringify of the parsed script and jsdiff diffLines of its text on itself.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error jsdom 29 ships no type declarations and @types/jsdom is not installed; only JSDOM(html).window.document is used.
import { JSDOM } from 'jsdom';
import { diffLines } from 'diff';
import { parseBlocks } from '../../../lib/script/blocks';
import { paginate } from '../../../lib/script/paginate';
import { db } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { readThisDocument } from '../../../components/platform/extract';
import { medianMs, report } from '../harness';
import { CORPUS_DIR } from '../../corpus-dir';

const PAGE = resolve(CORPUS_DIR, 'html/big-fish.screenplain.html');

export async function run(): Promise<void> {
  if (!existsSync(PAGE)) {
    console.log(`capture: corpus page ${PAGE} not found, skipped`);
    return;
  }
  const html = readFileSync(PAGE, 'utf8');
  const t0 = performance.now();
  const extract = readThisDocument(new JSDOM(html).window.document, 'https://example.test/big-fish.html');
  const blocks = extract.kind === 'blocks' ? extract.blocks : [];
  console.log(
    `capture: jsdom + block extraction (not counted): ${(performance.now() - t0).toFixed(0)} ms, ${blocks.length} blocks`,
  );
  const script = parseBlocks(blocks);
  const pages = paginate(script, { paper: 'letter' });
  const source = { kind: 'page', format: 'html', url: 'https://example.test/big-fish.html' } as const;
  let n = 0;
  // Each run stores a different text (a trailing counter), so every store creates a revision as a new reading does.
  const store = async () => {
    const s = parseBlocks(blocks);
    const p = paginate(s, { paper: 'letter' });
    const text = `${s.text}\n${n++}`;
    return storeRevision({ script: { ...s, text }, pages: p, source, title: 'Big Fish' });
  };
  const parseMs = await medianMs(() => parseBlocks(blocks));
  const paginateMs = await medianMs(() => paginate(script, { paper: 'letter' }));
  const storeMs = await medianMs(() =>
    storeRevision({
      script: { ...script, text: `${script.text}\n${n++}` },
      pages,
      source,
      title: 'Big Fish',
    }),
  );
  const allMs = await medianMs(store);
  const stringifyMs = await medianMs(() => JSON.stringify(script));
  const diffMs = await medianMs(() => diffLines(script.text, script.text), 5, 1);
  const anchor = { name: 'JSON.stringify(script)', ms: stringifyMs };
  report({ name: `parseBlocks Big Fish page (${pages.length} pages)`, ms: parseMs, anchor });
  report({ name: 'paginate', ms: paginateMs, anchor });
  report({ name: 'storeRevision (fake-indexeddb)', ms: storeMs, anchor });
  report({
    name: 'parse + paginate + store',
    ms: allMs,
    anchor: { name: 'jsdiff diffLines(text, text)', ms: diffMs },
    budgetMs: 150,
    extra: `JSON.stringify ${stringifyMs.toFixed(2)} ms`,
  });
  db.close();
}
