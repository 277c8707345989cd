// The link between the change commands (Alt+F5, Shift+Alt+F5, F7) and the compare view that is showing a diff.
// Commands stay plain TypeScript: the view registers a handler while it shows a comparison.

/** What a change command asks of the diff on screen. */
export type ChangeStep = 'next' | 'previous' | 'list';

let handler: ((step: ChangeStep) => void) | null = null;

/** The compare view registers while a diff is shown; returns the unregister function. */
export function onChangeStep(handle: (step: ChangeStep) => void): () => void {
  handler = handle;
  return () => {
    if (handler === handle) handler = null;
  };
}

/** Asks the diff on screen to step; false when no diff is shown. */
export function stepChanges(step: ChangeStep): boolean {
  if (!handler) return false;
  handler(step);
  return true;
}

/** The sentence shown when a change command runs with no diff on screen. */
export const NO_DIFF_MESSAGE = 'Open Revisions and compare two drafts to step through their changes.';
