// Opens the accessible list of changes in the diff on screen, each read as a sentence (VS Code: F7).
import { NO_DIFF_MESSAGE, stepChanges } from './revisions-changes';
import { defineCommand } from './types';

export default defineCommand({
  id: 'revisions.listChanges',
  title: 'List Changes (Accessible)',
  category: 'Revisions',
  icon: 'list-flat',
  keywords: ['diff', 'compare', 'screen reader', 'accessible diff viewer'],
  key: 'F7',
  run(ctx) {
    if (!stepChanges('list')) ctx.notify(NO_DIFF_MESSAGE);
  },
});
