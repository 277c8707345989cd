// Moves to the previous change in the diff on screen (VS Code: Shift+Alt+F5).
import { NO_DIFF_MESSAGE, stepChanges } from './revisions-changes';
import { defineCommand } from './types';

export default defineCommand({
  id: 'revisions.previousChange',
  title: 'Go to Previous Change',
  category: 'Revisions',
  icon: 'arrow-up',
  keywords: ['diff', 'compare', 'difference'],
  key: 'Shift+Alt+F5',
  run(ctx) {
    if (!stepChanges('previous')) ctx.notify(NO_DIFF_MESSAGE);
  },
});
