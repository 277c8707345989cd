// The real lib/script parsers, gathered for lib/reading; pdf.js is loaded only when a PDF is read (400 kB + worker).

import { blocksAsPlainText } from '../../lib/reading/script-parsers';
import type { ScriptParsers } from '../../lib/reading/script-parsers';
import { isLikelyScript, parseBlocks } from '../../lib/script/blocks';
import { parseFdx } from '../../lib/script/fdx';
import { parseFountain } from '../../lib/script/fountain';
import { paginate } from '../../lib/script/paginate';
import { parsePdf, type PdfJsModule } from '../../lib/script/pdf';
import type { ReadSession } from './session';
import { parsePlainText } from '../../lib/script/plaintext';
import type { Page, Script } from '../../lib/script/model';

export const scriptParsers: ScriptParsers = {
  parseFountain,
  parseFdx,
  parsePlainText,
  parseBlocks: (blocks) =>
    blocks.length > 0 ? parseBlocks(blocks) : blocksAsPlainText(blocks, parsePlainText),
  isLikelyScript,
};

/** Pages for storage: the PDF's own, else laid out on Letter paper. */
export function pagesOf(script: Script): Page[] {
  return paginate(script, { paper: 'letter' });
}

let pdfjsPromise: Promise<PdfJsModule> | undefined;

async function loadPdfJs(): Promise<PdfJsModule> {
  pdfjsPromise ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist'),
      import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
    ]);
    if (typeof document === 'undefined' && typeof Worker !== 'undefined') {
      // In the read worker: give pdf.js its own worker explicitly. Left to itself there, pdf.js would run its worker
      // code in the read worker's own scope ("fake worker"), which then posts pdf.js's messages to the panel.
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(worker.default, { type: 'module' });
    } else {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    }
    return pdfjs as unknown as PdfJsModule;
  })();
  return pdfjsPromise;
}

/**
 * Parses PDF bytes with the extension's pdf.js build (eval off: see lib/script/pdf.ts), reporting pages read and
 * asking before a PDF over the page cap when `session` says how.
 */
export async function readPdfBytes(bytes: Uint8Array, session: ReadSession = {}): Promise<Script> {
  return parsePdf(bytes, {
    pdfjs: await loadPdfJs(),
    signal: session.signal,
    onProgress: session.onProgress,
    confirmPages: session.confirmPages,
  });
}
