// Benchmark: parsePdf on real script PDFs, per 100 pages (wall time), beside pdf.js getTextContent alone on the same
// file in the same run (the text read parsePdf cannot avoid) and the layout analysis (readScript) alone on the text
// pdf.js returned, both in CPU time. Budget: the layout analysis adds at most 30% over the text read. The fountain-js parse of Big Fish's
// Fountain source stays as the suite's cross-run anchor.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Fountain } from 'fountain-js';
import { parsePdf, readScript } from '../../../lib/script/pdf';
import type { PdfPageText } from '../../../lib/script/pdf-lines';

import { medianCpuMs, medianMs, report } from '../harness';
import { CORPUS_DIR } from '../../corpus-dir';

const corpusPath = (rel: string): string => resolve(CORPUS_DIR, rel);

/** The layout analysis may add this share of the text read's time, at most. */
const LAYOUT_BUDGET = 0.3;

const FILES = [
  'pdf/big-fish.screenplain.pdf',
  'realworld/pdf/villains.revised.pdf',
  'realworld/pdf/dirk-gently-101.pdf',
  'realworld/pdf/airplane.fadein.pdf',
];

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js's text of every page, read with the options parsePdf uses, as the plain data readScript takes. */
async function readText(pdfjs: PdfJs, bytes: Uint8Array): Promise<PdfPageText[]> {
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const texts: PdfPageText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
    const runs = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue;
      const [a, b, , , e, f] = it.transform as number[];
      runs.push({ text: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.hypot(a, b) || 12 });
    }
    texts.push({ width: x1 - x0, height: y1 - y0, runs });
    page.cleanup();
  }
  await doc.destroy();
  return texts;
}

/** Runs the suite (skipped with a notice when the corpus is absent). */
export async function run(): Promise<void> {
  if (!existsSync(corpusPath(FILES[0]))) {
    console.log(`parse-pdf: corpus not found at ${CORPUS_DIR}, skipped`);
    return;
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const source = readFileSync(corpusPath('fountain/big-fish.fountain'), 'utf8');
  const anchor = await medianMs(() => new Fountain().parse(source, true), 5, 1);
  for (const file of FILES.filter((f) => existsSync(corpusPath(f)))) {
    const bytes = new Uint8Array(readFileSync(corpusPath(file)));
    const texts = await readText(pdfjs, bytes);
    const per100 = 100 / texts.length;
    const textMs = (await medianCpuMs(() => readText(pdfjs, bytes), 5)) * per100;
    const layout = (await medianCpuMs(() => readScript(texts), 9)) * per100;
    const parseMs = (await medianMs(() => parsePdf(bytes), 5, 1)) * per100;
    const share = layout / textMs;
    report({
      name: `parsePdf ${file.split('/').pop()} (${texts.length} pages), per 100 pages`,
      ms: parseMs,
      anchor: { name: 'fountain-js parse of big-fish.fountain', ms: anchor },
      extra:
        `CPU per 100 pages: pdf.js getTextContent alone ${textMs.toFixed(0)} ms, layout analysis (readScript) ` +
        `alone ${layout.toFixed(1)} ms = ${(share * 100).toFixed(1)}% of the text read, budget ` +
        `${LAYOUT_BUDGET * 100}% ${share <= LAYOUT_BUDGET ? 'met' : 'MISSED'}`,
    });
  }
}
