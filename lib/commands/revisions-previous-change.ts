// Moves to the previous change in the diff on screen (VS Code: Shift+Alt+F5).
import { NO_DIFF_MESSAGE } from './views';
import { defineCommand } from './types';

export default defineCommand({
  id: 'revisions.previousChange',
  title: 'Go to Previous Change',
  category: 'Revisions',
  icon: 'arrow-up',
  keywords: ['diff', 'compare', 'difference'],
  key: 'Shift+Alt+F5',
  run(ctx) {
    // Only the diff on screen: a change key pressed elsewhere must not switch the view.
    const diff = ctx.views.shown('revisions');
    if (diff) diff.stepChanges('previous');
    else ctx.notify(NO_DIFF_MESSAGE);
  },
});
