// Work for when the panel has nothing else to do: loading code and starting a worker the next action will need.

/** Runs `work` when the page is idle (within `timeout` ms at the latest); returns the cancel. */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}
