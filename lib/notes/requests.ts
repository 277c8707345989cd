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
let waiting: NotesRequest[] = [];

/** Sends a request: listeners hear it at once, and it waits for `takeNotesRequests` until the view takes it. */
export function requestNotes(r: NotesRequest): void {
  waiting = [...waiting.slice(-9), r];
  for (const l of listeners) l(r);
}

/** Hears every request as it is made (the workbench shows the Notes view); returns the unsubscribe function. */
export function onNotesRequest(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Takes (and clears) the requests waiting for the view. */
export function takeNotesRequests(): NotesRequest[] {
  const out = waiting;
  waiting = [];
  return out;
}
