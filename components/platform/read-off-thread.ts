// Runs the parsers in the read worker (read-worker.ts) so the panel stays responsive while a long PDF is read, with
// the session's progress, page-cap question and Cancel carried across; falls back to this thread when the worker
// cannot start (no Worker, a build or policy that refuses it), so reading never depends on it.
import type { Reading } from '../../lib/reading/choose';
import { readPageExtract, readTextFile } from '../../lib/reading/choose';
import {
  validateReadWorkerReply,
  type ReadWorkerReply,
  type ReadWorkerRequest,
} from '../../lib/messaging/read-worker';
import type { PageExtract } from '../../lib/reading/page-extract';
import { ScriptError, type Script, type ScriptErrorCode } from '../../lib/script/model';
import { readPdfBytes, scriptParsers } from './engine-parsers';
import type { ReadSession } from './session';
import { whenIdle } from './idle';

/** The worker could not start or broke on its own: the reading is done on this thread instead. */
class WorkerUnavailable extends Error {}

type Work = Exclude<ReadWorkerRequest, { type: 'confirm-pages' }>;
type Answer = Extract<ReadWorkerReply, { type: 'pdf-read' | 'text-read' }>;

/** Set false by tests and by a worker that failed to start once: later readings go straight to this thread. */
let workerUsable = typeof Worker !== 'undefined';

/** A started worker: whether it has said 'ready' (it says so once), or failed before a reading was handed to it. */
interface Started {
  worker: Worker;
  ready: boolean;
  failed?: string;
}

/** A worker started ahead of the next reading (warmReadWorker), so a reading does not wait for one to boot. */
let spare: Started | undefined;

function spawn(): Started | undefined {
  if (!workerUsable) return undefined;
  try {
    // Bundled by Vite as its own module chunk (an extension file: the CSP's script-src 'self' allows it).
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    const started: Started = { worker, ready: false };
    // Listened to from the start: a spare says 'ready' (or fails to load) before any reading is handed to it.
    worker.addEventListener('message', (e: MessageEvent) => {
      if ((e.data as { type?: unknown } | null)?.type === 'ready') started.ready = true;
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      if (!started.ready) {
        workerUsable = false;
        started.failed = e.message || 'the read worker did not start';
      }
    });
    return started;
  } catch {
    workerUsable = false;
    return undefined;
  }
}

/**
 * Starts the worker for the next reading now (the panel calls this when idle), so that reading does not wait for its
 * code to load. Does nothing when one is waiting already or workers cannot run here.
 */
export function warmReadWorker(): void {
  spare ??= spawn();
}

/** The spare worker if there is one, else a new one; undefined when workers cannot run here. */
function startWorker(): Started | undefined {
  const started = spare ?? spawn();
  spare = undefined;
  return started;
}

const cancelled = () => new ScriptError('cancelled', 'Reading was cancelled: nothing was stored.');

function inWorker(work: Work, session: ReadSession): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const { signal } = session;
    if (signal?.aborted) return reject(cancelled());
    const started = startWorker();
    if (!started) return reject(new WorkerUnavailable());
    const { worker } = started;
    if (started.failed !== undefined) {
      worker.terminate();
      return reject(new WorkerUnavailable(started.failed));
    }
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      const whole =
        work.type === 'read-pdf' &&
        work.bytes.byteOffset === 0 &&
        work.bytes.byteLength === work.bytes.buffer.byteLength;
      // The bytes move to the worker rather than being copied (a PDF may be tens of MB).
      worker.postMessage(work, whole ? [work.bytes.buffer] : []);
    };
    const end = () => {
      // Terminating stops the work wherever it is (pdf.js, layout analysis) and frees its memory.
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (e: Error) => {
      end();
      reject(e);
    };
    const onAbort = () => fail(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      fail(new WorkerUnavailable(e.message));
    });
    worker.addEventListener('messageerror', () => fail(new WorkerUnavailable('unreadable message')));
    worker.addEventListener('message', (e: MessageEvent) => {
      const checked = validateReadWorkerReply(e.data);
      if (!checked.ok) {
        fail(new Error(`The reader gave back a damaged result (${checked.error}), so nothing was stored.`));
        return;
      }
      const reply = checked.value;
      switch (reply.type) {
        case 'ready':
          send();
          return;
        case 'progress':
          session.onProgress?.(reply.done, reply.total);
          return;
        case 'confirm-pages':
          void (session.confirmPages?.(reply.pages) ?? Promise.resolve(true)).then((yes) =>
            worker.postMessage({ type: 'confirm-pages', yes } satisfies ReadWorkerRequest),
          );
          return;
        case 'failed':
          // The worker broke (not the file): read on this thread instead.
          if (reply.code === 'worker_failed') fail(new WorkerUnavailable(reply.message));
          // Codes come from the worker's ScriptError (validated as short text); the sentence is what the user sees.
          else fail(new ScriptError(reply.code as ScriptErrorCode, reply.message));
          return;
        default:
          signal?.removeEventListener('abort', onAbort);
          // Ending a worker costs the panel ~13 ms: done when idle, not between the reading and its storing.
          whenIdle(() => worker.terminate());
          // User Timing mark the e2e tests read: this reading was parsed in the worker, not on the fallback path.
          performance.mark('scriptside:read-in-worker');
          resolve(reply);
      }
    });
    // A spare worker may have said 'ready' before this reading was handed to it.
    if (started.ready) send();
  });
}

/** Parses PDF bytes off the main thread (else here), reporting pages read and asking before a PDF over the cap. */
export async function readPdfOffThread(bytes: Uint8Array, session: ReadSession = {}): Promise<Script> {
  try {
    const answer = await inWorker({ type: 'read-pdf', bytes, confirm: !!session.confirmPages }, session);
    if (answer.type === 'pdf-read') return answer.script;
  } catch (e) {
    if (!(e instanceof WorkerUnavailable)) throw e;
  }
  return readPdfBytes(bytes, session);
}

/** Reads a script file's text (.fountain .fdx .txt) off the main thread (else here). */
export async function readTextFileOffThread(
  name: string,
  text: string,
  session: ReadSession = {},
): Promise<Reading> {
  try {
    const answer = await inWorker({ type: 'read-file', name, text }, session);
    if (answer.type === 'text-read') return answer.reading;
  } catch (e) {
    if (!(e instanceof WorkerUnavailable)) throw e;
  }
  return readTextFile(name, text, scriptParsers);
}

/** Reads what the page reader found in a tab (a web page, not a PDF) off the main thread (else here). */
export async function readPageExtractOffThread(
  extract: PageExtract,
  session: ReadSession = {},
): Promise<Reading> {
  try {
    const answer = await inWorker({ type: 'read-extract', extract }, session);
    if (answer.type === 'text-read') return answer.reading;
  } catch (e) {
    if (!(e instanceof WorkerUnavailable)) throw e;
  }
  return readPageExtract(extract, scriptParsers);
}
