// The read worker: parses a script off the panel's main thread, so a 120-page PDF's layout analysis (and a huge
// text file's parse) never freezes the panel. One reading per worker; the panel terminates it when done or
// cancelled, which stops the work wherever it is. Messages: lib/messaging/read-worker.ts.
import { readPageExtract, readTextFile } from '../../lib/reading/choose';
import {
  validateReadWorkerRequest,
  type ReadWorkerReply,
  type ReadWorkerRequest,
} from '../../lib/messaging/read-worker';
import { ScriptError } from '../../lib/script/model';
import { readPdfBytes, scriptParsers } from './engine-parsers';

/** The worker's global scope, typed by hand: the project's tsconfig has the DOM library, not the worker one. */
const scope = self as unknown as {
  postMessage(message: ReadWorkerReply): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
};

const post = (reply: ReadWorkerReply) => scope.postMessage(reply);

/** The answer to the page-cap question, when one is asked. */
let answer: ((yes: boolean) => void) | undefined;

async function read(
  request: Exclude<ReadWorkerRequest, { type: 'confirm-pages' }>,
): Promise<ReadWorkerReply> {
  if (request.type === 'read-pdf') {
    const script = await readPdfBytes(request.bytes, {
      onProgress: (done, total) => post({ type: 'progress', done, total }),
      confirmPages: request.confirm
        ? (pages) =>
            new Promise<boolean>((resolve) => {
              answer = resolve;
              post({ type: 'confirm-pages', pages });
            })
        : undefined,
    });
    return { type: 'pdf-read', script };
  }
  if (request.type === 'read-file')
    return { type: 'text-read', reading: readTextFile(request.name, request.text, scriptParsers) };
  return { type: 'text-read', reading: readPageExtract(request.extract, scriptParsers) };
}

scope.addEventListener('message', (e) => {
  const checked = validateReadWorkerRequest(e.data);
  if (!checked.ok) {
    post({ type: 'failed', code: 'worker_failed', message: `The read worker was sent ${checked.error}.` });
    return;
  }
  const request = checked.value;
  if (request.type === 'confirm-pages') {
    answer?.(request.yes);
    answer = undefined;
    return;
  }
  read(request).then(post, (err: unknown) =>
    post(
      err instanceof ScriptError
        ? { type: 'failed', code: err.code, message: err.message }
        : {
            type: 'failed',
            code: 'worker_failed',
            message: err instanceof Error ? err.message : String(err),
          },
    ),
  );
});

post({ type: 'ready' });
