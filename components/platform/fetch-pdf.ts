// Fetching the PDF open in a tab, the one network request Scriptside makes on its own (README: "What Scriptside
// fetches"). The browser's PDF viewer does not hand its bytes to extensions, so the panel downloads the same URL
// again. Only what the user asked to read is fetched: the tab's own URL (http, https or file), streamed with a byte
// cap, and taken as a PDF only when the server says so or the bytes begin like one.
import { ScriptError } from '../../lib/script/model';

/** Largest PDF read (a 300-page scanned draft is well under this; a text PDF of 1,000 pages is a few MB). */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

const ALLOWED = new Set(['http:', 'https:', 'file:']);

/** pdf.js accepts a "%PDF-" header anywhere in the first kilobyte; so does this check. */
const HEADER_WINDOW = 1024;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The same document: scheme, host, path and query equal (the #fragment is the viewer's page and zoom). */
export function sameDocument(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return false;
  x.hash = '';
  y.hash = '';
  return x.href === y.href;
}

function startsLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, HEADER_WINDOW) - 5;
  for (let i = 0; i <= end; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

const notPdf = () =>
  new ScriptError('not_pdf', 'The address did not give a PDF, so Scriptside did not read it.');

/** Markup ('<'), JSON ('{', '[') or a letter: the start of a document that is not a PDF. */
function startsLikeText(bytes: Uint8Array): boolean {
  const first = bytes[0];
  return first === 0x3c || first === 0x7b || first === 0x5b || (first >= 0x41 && first <= 0x7a);
}

const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;

function tooLarge(size: number): ScriptError {
  return new ScriptError(
    'too_large',
    `This PDF is too large to read (${mb(size)}; the limit is ${mb(MAX_PDF_BYTES)}). Save it and use Import instead.`,
  );
}

const cancelled = () => new ScriptError('cancelled', 'Reading the PDF was cancelled.');

/**
 * Downloads the PDF at `url`, which must be the tab's own URL (`tabUrl`, when the browser tells it). Throws a
 * ScriptError with a sentence for another scheme, another URL, a failed download, a file over the cap, or bytes that
 * are not a PDF; 'cancelled' when `signal` aborts (the download stops there).
 */
export async function fetchTabPdf(
  url: string,
  options: { tabUrl?: string; maxBytes?: number; fetcher?: typeof fetch; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const maxBytes = options.maxBytes ?? MAX_PDF_BYTES;
  const target = parse(url);
  if (!target || !ALLOWED.has(target.protocol))
    throw new ScriptError('not_pdf', 'Scriptside reads PDFs from web (http, https) and file addresses only.');
  if (options.tabUrl !== undefined && !sameDocument(url, options.tabUrl))
    throw new ScriptError('not_pdf', 'The page asked Scriptside to read another address than the tab shows.');
  let res: Response;
  try {
    // The tab's own cookies go with it, as they did when the browser showed the PDF (a studio portal's login).
    res = await (options.fetcher ?? fetch)(target.href, { credentials: 'include', signal });
  } catch (e) {
    if (signal?.aborted) throw cancelled();
    if (target.protocol === 'file:') {
      throw new ScriptError(
        'not_pdf',
        'Scriptside cannot open PDF files from your disk yet. Open chrome://extensions, click Details under Scriptside and turn on "Allow access to file URLs", or use Import instead.',
      );
    }
    throw e;
  }
  if (!res.ok) throw new ScriptError('not_pdf', `The PDF could not be downloaded (${res.status}).`);
  const finalUrl = parse(res.url || target.href);
  if (!finalUrl || !ALLOWED.has(finalUrl.protocol))
    throw new ScriptError('not_pdf', 'The PDF address led somewhere Scriptside does not read from.');
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  const typedPdf = (res.headers.get('content-type') ?? '').toLowerCase().includes('application/pdf');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (e) {
        if (signal?.aborted) throw cancelled();
        throw e;
      }
      // A fetcher that ignores the signal still stops here.
      if (signal?.aborted) {
        await reader.cancel().catch(() => undefined);
        throw cancelled();
      }
      const { done, value } = next;
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(total);
      }
      // Not a PDF by its first bytes (and not said to be one): stop at once rather than download the rest. A short
      // first chunk without the header may still be junk a PDF writer put before it, unless it plainly starts markup
      // or text.
      if (chunks.length === 0 && !typedPdf && !startsLikePdf(value)) {
        if (value.byteLength >= HEADER_WINDOW || startsLikeText(value)) {
          await reader.cancel().catch(() => undefined);
          throw notPdf();
        }
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  if (!typedPdf && !startsLikePdf(bytes)) throw notPdf();
  return bytes;
}
