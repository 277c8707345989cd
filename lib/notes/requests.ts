// Requests to the Notes view from outside it (commands, the page's context menu): kept until the view takes them,
// because the view may not be showing when the request is made. Plain TypeScript, no DOM.

/** What may be asked of the Notes view. */
export type NotesRequest =
  | { type: 'focus-capture' }
  | { type: 'focus-search' }
  | { type: 'toggle-session' }
  | { type: 'export-minutes' }
  | { type: 'print-minutes' }
  | { type: 'export-csv' }
  /** Text selected in a page tab, to anchor the next note to. */
  | { type: 'note-on-quote'; quote: string; tabId?: number };

type Listener = (r: NotesRequest) => void;

const listeners = new Set<Listener>();
let consumer: Listener | undefined;
let waiting: NotesRequest[] = [];

/** Sends a request: listeners hear it at once; the view handles it now, or it waits until the view is shown. */
export function requestNotes(r: NotesRequest): void {
  for (const l of listeners) l(r);
  if (consumer) consumer(r);
  else waiting = [...waiting.slice(-9), r];
}

/** Hears every request as it is made (the workbench shows the Notes view); returns the unsubscribe function. */
export function onNotesRequest(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * Makes `handle` the one handler of requests (the Notes view while shown): it first gets the requests that waited,
 * then each new one, exactly once. Returns the function that stops handling.
 */
export function handleNotesRequests(handle: Listener): () => void {
  consumer = handle;
  const queued = waiting;
  waiting = [];
  for (const r of queued) handle(r);
  return () => {
    if (consumer === handle) consumer = undefined;
  };
}
