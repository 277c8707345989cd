// Reading a tab or files into storage: inject the page reader, parse what it found (in the read worker, off the
// panel's main thread), store the revision.

import { browser } from 'wxt/browser';
import { fileKind, pdfReading, type Reading } from '../../lib/reading/choose';
import { StorageError } from '../../lib/db';
import { prepareStoring, storeRevision } from '../../lib/db/revisions';
import { validatePageExtract } from '../../lib/messaging/messages';
import type { PageExtract } from '../../lib/reading/page-extract';
import { ScriptError } from '../../lib/script/model';
import { readThisDocument } from './extract';
import { fetchTabPdf } from './fetch-pdf';
import { tabUrlOf } from './tab-url';
import { pagesOf, scriptParsers } from './engine-parsers';
import { fetchPdfShownInTab } from './pdf-tab';
import {
  readPageExtractOffThread,
  readPdfOffThread,
  readTextFileOffThread,
  warmReadWorker,
} from './read-off-thread';
import type { ReadSession } from './session';
import { requestSiteAccess } from './site-access';

export { requestSiteAccess } from './site-access';
export type { ReadSession } from './session';

/** What reading gave: the stored script and revision, or a sentence for the user. */
export type ReadOutcome =
  | { ok: true; scriptId: string; revisionId: string; created: boolean; title: string }
  | { ok: false; code: string; message: string };

const NO_ACCESS =
  'Scriptside may not read this page yet. Allow reading this site when asked, or use the Scriptside toolbar button or Alt+Shift+R on the page.';

function failure(e: unknown): ReadOutcome {
  if (e instanceof ScriptError || e instanceof StorageError)
    return { ok: false, code: e.code, message: e.message };
  const msg = e instanceof Error ? e.message : String(e);
  if (/cannot access|cannot be scripted|permission|chrome:\/\/|extensions gallery/i.test(msg)) {
    return { ok: false, code: 'no_access', message: NO_ACCESS };
  }
  if (/No tab with id/i.test(msg)) return { ok: false, code: 'no_tab', message: 'That tab was closed.' };
  return { ok: false, code: 'failed', message: `Reading failed: ${msg.slice(0, 200)}` };
}

/** Throws 'cancelled' once the user has cancelled: checked between steps, and last of all right before storing. */
function stopIfCancelled(session: ReadSession | undefined): void {
  if (session?.signal?.aborted)
    throw new ScriptError('cancelled', 'Reading was cancelled: nothing was stored.');
}

/** Gets the next reading ready (the panel calls this when idle): its worker started, the storing code loaded. */
export function prepareReading(): void {
  warmReadWorker();
  void prepareStoring().catch(() => undefined);
}

async function store(reading: Reading, session?: ReadSession): Promise<ReadOutcome> {
  // A reading the user cancelled stores nothing, however far it got.
  stopIfCancelled(session);
  const pages = pagesOf(reading.script);
  const r = await storeRevision({ ...reading, pages });
  return { ok: true, ...r, title: reading.title };
}

/**
 * Parses and stores what the page reader found (used by readTab and for reads the background already did). A PDF
 * is downloaded again from the tab's own address (`tabId`: the tab it was read from), nothing else.
 */
export async function readExtractedPage(
  extract: unknown,
  tabId?: number,
  session?: ReadSession,
): Promise<ReadOutcome> {
  try {
    const checked = validatePageExtract(extract);
    if (!checked.ok)
      return {
        ok: false,
        code: 'bad_extract',
        message: 'The page gave Scriptside something it cannot read.',
      };
    const c: PageExtract = checked.value;
    if (c.kind === 'pdf') {
      const bytes = await fetchTabPdf(c.url, { tabUrl: await tabUrlOf(tabId), signal: session?.signal });
      const script = await readPdfOffThread(bytes, session);
      return await store(pdfReading(script, scriptParsers, { url: c.url, title: c.title }), session);
    }
    return await store(await readPageExtractOffThread(c, session), session);
  } catch (e) {
    return failure(e);
  }
}

async function inject(tabId: number): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: readThisDocument });
  return first?.result;
}

/**
 * Reads the script open in a tab (the page reader is injected on demand; no content script runs on every site).
 * A click in the side panel does not grant activeTab, so when the tab is not readable yet this asks, from the
 * same click, for the optional host permission (granted once), then tries again. `asked` is that question when it
 * had to be asked before anything was awaited (Firefox: askForSiteAccessInClick).
 */
export async function readTab(
  tabId: number,
  asked?: Promise<boolean>,
  session?: ReadSession,
): Promise<ReadOutcome> {
  // User Timing entry "scriptside:read-tab" (inject + parse + paginate + store), read by the e2e timing test.
  const started = performance.now();
  const outcome = await readTabUntimed(tabId, asked, session);
  performance.measure('scriptside:read-tab', { start: started, end: performance.now() });
  return outcome;
}

async function readTabUntimed(
  tabId: number,
  asked?: Promise<boolean>,
  session?: ReadSession,
): Promise<ReadOutcome> {
  const outcome = await readByInjection(tabId, asked, session);
  if (outcome.ok || outcome.code !== 'no_access') return outcome;
  // Firefox's PDF viewer cannot be scripted: read the PDF it shows from the tab's URL, if it is one.
  try {
    stopIfCancelled(session);
    const pdf = await fetchPdfShownInTab(tabId, session?.signal);
    if (!pdf) return outcome;
    const script = await readPdfOffThread(pdf.bytes, session);
    return await store(pdfReading(script, scriptParsers, { url: pdf.url, title: pdf.title }), session);
  } catch (e) {
    return failure(e);
  }
}

async function readByInjection(
  tabId: number,
  asked?: Promise<boolean>,
  session?: ReadSession,
): Promise<ReadOutcome> {
  let result: unknown;
  try {
    result = await inject(tabId);
  } catch (e) {
    const first = failure(e);
    if (first.ok || first.code !== 'no_access') return first;
    // Firefox: the question was asked in the click (`asked`). Chrome: still inside the click's transient
    // activation, as the injection fails fast.
    if (!(await (asked ?? requestSiteAccess()))) return first;
    try {
      result = await inject(tabId);
    } catch (again) {
      return failure(again);
    }
  }
  return readExtractedPage(result, tabId, session);
}

/**
 * Imports script files: .fountain .fdx .pdf .txt .html. Each file gives its own outcome, in order; once `session` is
 * cancelled, the file being read and every later one end as 'cancelled' and store nothing (earlier files stay).
 */
export async function importFiles(files: File[], session?: ReadSession): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for (const file of files) {
    try {
      stopIfCancelled(session);
      const kind = fileKind(file.name, file.type);
      if (kind === 'pdf') {
        const script = await readPdfOffThread(new Uint8Array(await file.arrayBuffer()), session);
        out.push(await store(pdfReading(script, scriptParsers, { fileName: file.name }), session));
      } else if (kind === 'html') {
        const doc = new DOMParser().parseFromString(await file.text(), 'text/html');
        const extract = readThisDocument(doc, `file:${file.name}`);
        const reading = await readPageExtractOffThread(extract, session);
        const source = { ...reading.source, kind: 'file' as const, url: undefined, fileName: file.name };
        out.push(
          await store(
            {
              ...reading,
              source,
              title: reading.title === 'Untitled script' ? file.name : reading.title,
            },
            session,
          ),
        );
      } else {
        const reading = await readTextFileOffThread(file.name, await file.text(), session);
        out.push(await store(reading, session));
      }
    } catch (e) {
      out.push(failure(e));
    }
  }
  return out;
}
