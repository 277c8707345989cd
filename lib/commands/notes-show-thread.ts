// Opens (or closes) the note thread under the Script view's cursor line, as clicking its margin marker does.
// The Script view registers itself as the handler while it shows pages; plain TypeScript, no DOM.
import { defineCommand } from './types';

/** Toggles the thread on the cursor line; returns a sentence for the user when there is none to show. */
export type ShowThreadHandler = () => string | undefined;

let handler: ShowThreadHandler | undefined;

/** Makes `h` the handler (the Script view while it shows pages); returns the function that stops handling. */
export function handleShowThread(h: ShowThreadHandler): () => void {
  handler = h;
  return () => {
    if (handler === h) handler = undefined;
  };
}

export default defineCommand({
  id: 'notes.showThread',
  title: 'Show Thread for Line',
  icon: 'comment-discussion',
  category: 'Notes',
  keywords: ['comment', 'margin', 'reply', 'resolve', 'open', 'line'],
  key: 'Ctrl+Alt+M',
  enabled: (ctx) => ctx.hasScript,
  run(ctx) {
    const problem = handler
      ? handler()
      : 'Open the Script view and put the cursor on a line with a note marker to show its thread.';
    if (problem) ctx.notify(problem, 'error');
  },
});
