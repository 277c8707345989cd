// Moves to the next change in the diff on screen (VS Code: Alt+F5).
import { NO_DIFF_MESSAGE, stepChanges } from './revisions-changes';
import { defineCommand } from './types';

export default defineCommand({
  id: 'revisions.nextChange',
  title: 'Go to Next Change',
  category: 'Revisions',
  icon: 'arrow-down',
  keywords: ['diff', 'compare', 'difference'],
  key: 'Alt+F5',
  run(ctx) {
    if (!stepChanges('next')) ctx.notify(NO_DIFF_MESSAGE);
  },
});
