// Benchmark: parse the 122-page Big Fish PDF (pdf.js text extraction + Scriptside's layout reading), beside the
// fountain-js parse of the same script's Fountain source as the anchor, measured in the same run.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Fountain } from 'fountain-js';
import { parsePdf } from '../../../lib/script/pdf';

import { medianMs, report } from '../harness';
import { CORPUS_DIR } from '../../corpus-dir';

const corpusPath = (rel: string): string => resolve(CORPUS_DIR, rel);

/** Runs the suite (skipped with a notice when the corpus is absent). */
export async function run(): Promise<void> {
  if (!existsSync(corpusPath('pdf/big-fish.screenplain.pdf'))) {
    console.log(`parse-pdf: corpus not found at ${CORPUS_DIR}, skipped`);
    return;
  }
  const bytes = new Uint8Array(readFileSync(corpusPath('pdf/big-fish.screenplain.pdf')));
  const source = readFileSync(corpusPath('fountain/big-fish.fountain'), 'utf8');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages = 0;
  const anchor = await medianMs(() => new Fountain().parse(source, true), 5, 1);
  const pdfOnly = await medianMs(
    async () => {
      const doc = await pdfjs.getDocument({
        data: bytes.slice(),
        isEvalSupported: false,
        disableFontFace: true,
        verbosity: 0,
      }).promise;
      for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
      await doc.destroy();
    },
    5,
    1,
  );
  const ms = await medianMs(
    async () => {
      pages = (await parsePdf(bytes)).pages?.length ?? 0;
    },
    5,
    1,
  );
  report({
    name: `parsePdf big-fish.screenplain.pdf (${pages} pages)`,
    ms,
    anchor: { name: 'fountain-js parse of big-fish.fountain', ms: anchor },
    extra: `pdf.js getTextContent alone: ${pdfOnly.toFixed(0)} ms`,
  });
}
