// Moves to the next change in the diff on screen (VS Code: Alt+F5).
import { NO_DIFF_MESSAGE } from './views';
import { defineCommand } from './types';

export default defineCommand({
  id: 'revisions.nextChange',
  title: 'Go to Next Change',
  category: 'Revisions',
  icon: 'arrow-down',
  keywords: ['diff', 'compare', 'difference'],
  key: 'Alt+F5',
  run(ctx) {
    // Only the diff on screen: a change key pressed elsewhere must not switch the view.
    const diff = ctx.views.shown('revisions');
    if (diff) diff.stepChanges('next');
    else ctx.notify(NO_DIFF_MESSAGE);
  },
});
