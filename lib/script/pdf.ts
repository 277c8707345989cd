// Reads a screenplay PDF into the shared script model, keeping the PDF's own pages, labels, revision headers and
// asterisks. pdf.js is passed in (the extension's build with its worker, or the legacy build in Node).

import { buildScript, ScriptError, type Page, type Script } from './model';
import { groupLines, type PdfPageText, type TextRun } from './pdf-lines';
import { measureGeometry, readPageFurniture } from './pdf-furniture';
import { readElements } from './pdf-elements';
import { readTitlePages } from './pdf-title';

/** The part of the pdf.js module this parser uses (pdfjs-dist's `build/pdf.mjs` or `legacy/build/pdf.mjs`). */
export interface PdfJsModule {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
    stopAtErrors?: boolean;
  }): PdfLoadingTask;
}

interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface PdfPage {
  view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}

export interface ParsePdfOptions {
  pdfjs?: PdfJsModule;
  signal?: AbortSignal;
  /** Largest file accepted, in bytes (default `MAX_PDF_BYTES`). */
  maxBytes?: number;
  /** Called after each page is read. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Asked, right after the document opens and before any page is read, when it has more pages than `pageCap`:
   * resolves true to read it anyway; false ends the read as 'cancelled'. Without it every PDF is read.
   */
  confirmPages?: (numPages: number) => Promise<boolean>;
  /** Pages a PDF may have before `confirmPages` is asked (default `PDF_PAGE_CAP`). */
  pageCap?: number;
}

/**
 * Pages past which reading asks first: a feature script is about 120 pages and a whole season's scripts about 600;
 * past that a file is more likely a mistake (a scanned archive, a merged binder) than a draft, and reading it keeps
 * the reader busy for many seconds.
 */
export const PDF_PAGE_CAP = 600;

/** Default size cap: script PDFs are well under 10 MB; anything far larger is not worth freezing the panel for. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

const LEGACY_BUILD = 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Parses a screenplay PDF. Throws ScriptError: 'not_pdf', 'pdf_encrypted', 'pdf_no_text', 'pdf_truncated',
 * 'too_large' or 'cancelled' (the loading task is destroyed, which stops the worker).
 */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<Script> {
  const { signal, onProgress } = options;
  const maxBytes = options.maxBytes ?? MAX_PDF_BYTES;
  const cancelled = (): ScriptError => new ScriptError('cancelled', 'Reading the PDF was cancelled.');
  if (signal?.aborted) throw cancelled();
  if (bytes.length > maxBytes) {
    throw new ScriptError(
      'too_large',
      `This PDF is too large to read (${(bytes.length / 1e6).toFixed(1)} MB; the limit is ${(maxBytes / 1e6).toFixed(0)} MB).`,
    );
  }
  if (!hasPdfHeader(bytes)) throw new ScriptError('not_pdf', 'Not a valid PDF');

  // The bare specifier is resolved by Node; the extension always passes its own build.
  const pdfjs = options.pdfjs ?? ((await import(/* @vite-ignore */ LEGACY_BUILD)) as PdfJsModule);
  // pdf.js may transfer the buffer to its worker, which would empty the caller's array: give it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const onAbort = (): void => void task.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (e) {
      if (signal?.aborted) throw cancelled();
      throw loadError(e, bytes);
    }
    if (options.confirmPages && doc.numPages > (options.pageCap ?? PDF_PAGE_CAP)) {
      const go = await options.confirmPages(doc.numPages);
      if (!go || signal?.aborted) throw cancelled();
    }
    const texts: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (signal?.aborted) throw cancelled();
      let page: PdfPage;
      let content: { items: unknown[] };
      try {
        page = await doc.getPage(n);
        content = await page.getTextContent();
      } catch {
        if (signal?.aborted) throw cancelled();
        throw new ScriptError(
          'pdf_truncated',
          `This PDF is damaged or incomplete: page ${n} of ${doc.numPages} could not be read.`,
        );
      }
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      texts.push({ width: x1 - x0, height: y1 - y0, runs: runsOf(content.items, x0, y0) });
      page.cleanup();
      onProgress?.(n, doc.numPages);
    }
    if (signal?.aborted) throw cancelled();
    return readScript(texts);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await task.destroy().catch(() => undefined);
  }
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // Readers accept the header anywhere in the first kilobyte (some files start with junk).
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function loadError(e: unknown, bytes: Uint8Array): ScriptError {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new ScriptError('pdf_encrypted', 'This PDF is password-protected');
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes('%%EOF')) {
    return new ScriptError(
      'pdf_truncated',
      'This PDF is incomplete: the file ends early (it may have been cut off while downloading).',
    );
  }
  return new ScriptError('not_pdf', 'Not a valid PDF: the file is damaged and could not be opened.');
}

/** Text whose baseline leans more than this (as the sine of its angle, about 3 degrees) is not script text. */
const ROTATION_TOLERANCE = 0.05;

/** Keeps pdf.js text items that carry upright text, in page coordinates. */
function runsOf(items: unknown[], x0: number, y0: number): TextRun[] {
  const runs: TextRun[] = [];
  for (const it of items) {
    const item = it as { str?: unknown; transform?: number[]; width?: number };
    if (typeof item.str !== 'string' || !item.transform || item.str === '') continue;
    const [a, b, , , e, f] = item.transform;
    // Script text sits on level baselines; text whose baseline leans is a watermark ("CONFIDENTIAL", a recipient's
    // name across the page), which would otherwise be cut into words scattered over the lines it crosses. Only the
    // baseline counts: some drivers fake italics by shearing upright text, which stays script text.
    if (Math.abs(b) > ROTATION_TOLERANCE * Math.abs(a)) continue;
    runs.push({
      text: item.str,
      x: e - x0,
      y: f - y0,
      width: item.width ?? 0,
      size: Math.hypot(a, b) || 12,
    });
  }
  return runs;
}

/** Builds the Script from the text of every page (exported for tests that skip pdf.js). */
export function readScript(texts: PdfPageText[]): Script {
  const printed = texts.map((page) => ({ page, lines: groupLines(page) }));
  const chars = texts.reduce((n, t) => n + t.runs.reduce((m, r) => m + r.text.trim().length, 0), 0);
  if (chars === 0) throw new ScriptError('pdf_no_text', 'This PDF has no selectable text (scanned?)');
  const geo = measureGeometry(printed);
  const furniture = printed.map(({ page, lines }) => readPageFurniture(page, lines, geo));
  const warnings: string[] = [];
  const blankPages = texts
    .map((t, i) => (t.runs.some((r) => r.text.trim()) ? -1 : i + 1))
    .filter((i) => i > 0);
  if (blankPages.length > 0) {
    warnings.push(
      `${blankPages.length === 1 ? 'Page' : 'Pages'} ${blankPages.join(', ')} had no selectable text and may be scanned images.`,
    );
  }

  const { first, titleLines, titlePage } = readTitlePages(furniture);
  const { drafts, pageLines } = readElements(furniture, titleLines);
  const script = buildScript('pdf', drafts, titlePage, { warnings });
  const labels = unprintedLabels(
    furniture.map((f, i) => (i < first ? (i === 0 ? 'title' : `title ${i + 1}`) : f.label)),
    first,
  );
  const pages: Page[] = pageLines.map((lines, index) => {
    const f = furniture[index];
    const label = labels[index];
    const page: Page = { index, label, lines: [], start: 0, end: 0 };
    if (index < first) page.front = true;
    if (f.revisionHeader) page.revisionHeader = f.revisionHeader;
    for (const { line, placement } of lines) {
      if (placement) {
        const el = script.elements[placement.draft];
        line.element = placement.draft;
        line.start = el.start + placement.start;
        line.end = el.start + placement.end;
        page.firstElement ??= placement.draft;
        page.lastElement = placement.draft;
      }
      page.lines.push(line);
    }
    return page;
  });
  // Pages without script text cover an empty range where the text would have been.
  let offset = 0;
  for (const page of pages) {
    const placed = page.lines.filter((l) => l.start !== undefined);
    if (placed.length > 0) {
      page.start = Math.min(...placed.map((l) => l.start!));
      page.end = Math.max(...placed.map((l) => l.end!));
      offset = page.end;
    } else {
      page.start = page.end = offset;
    }
  }
  script.pages = pages;
  return script;
}

/**
 * Fills in labels for pages that print none (page 1 usually shows no number): counted back from the next printed
 * number ("2" makes the page before it "1"), else the page's place after the title pages (`first` is the script's
 * first page); never a label another page prints.
 */
function unprintedLabels(printed: (string | undefined)[], first: number): string[] {
  const taken = new Set(printed.filter((l): l is string => !!l));
  const out = [...printed];
  // From the back, so the page right before a printed "2" claims "1" ahead of any page before it.
  for (let i = printed.length - 1; i >= 0; i--) {
    const label = printed[i];
    if (label) continue;
    const next = printed.findIndex((l, j) => j > i && l !== undefined && /^\d+$/.test(l));
    const guesses = [next > i ? String(Number(printed[next]) - (next - i)) : '', String(i - first + 1)];
    const free = guesses.find((g) => /^[1-9]\d*$/.test(g) && !taken.has(g)) ?? `${i + 1}?`;
    taken.add(free);
    out[i] = free;
  }
  return out as string[];
}
