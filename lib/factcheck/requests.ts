// Requests to the fact-check code from outside its view (commands, the page's context menu), kept until taken because
// the Fact-check view may not be showing when the request is made. Plain TypeScript, no DOM.

/** What may be asked of fact-checking. */
export type FactcheckRequest =
  | { type: 'flag-selection' }
  | { type: 'flag-quote'; quote: string; tabId?: number }
  | { type: 'export-csv' }
  | { type: 'open-report' };

type Listener = (r: FactcheckRequest) => void;
const listeners = new Set<Listener>();
let waiting: FactcheckRequest[] = [];

/** Sends a request: listeners hear it at once; it also waits for `takeFactcheckRequests`. */
export function requestFactcheck(r: FactcheckRequest): void {
  if (listeners.size > 0) {
    for (const l of listeners) l(r);
    return;
  }
  waiting = [...waiting.slice(-9), r];
}

/** Hears every request; returns the unsubscribe function. */
export function onFactcheckRequest(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Takes (and clears) requests made while nobody listened. */
export function takeFactcheckRequests(): FactcheckRequest[] {
  const out = waiting;
  waiting = [];
  return out;
}
