// Opens (or closes) the note thread under the Script view's cursor line, as clicking its margin marker does.
import { NO_PAGES_FOR_THREAD } from './views';
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.showThread',
  title: 'Show Thread for Line',
  icon: 'comment-discussion',
  category: 'Notes',
  keywords: ['comment', 'margin', 'reply', 'resolve', 'open', 'line'],
  key: 'Ctrl+Alt+M',
  enabled: (ctx) => ctx.hasScript,
  run(ctx) {
    // The cursor line is the one the user sees: with the Script view's pages not showing there is no line to use.
    const pages = ctx.views.shown('script');
    const problem = pages ? pages.toggleThreadAtCursor() : NO_PAGES_FOR_THREAD;
    if (problem) ctx.notify(problem, 'error');
  },
});
