// Opens the accessible list of changes in the diff on screen, each read as a sentence (VS Code: F7).
import { NO_DIFF_MESSAGE } from './views';
import { defineCommand } from './types';

export default defineCommand({
  id: 'revisions.listChanges',
  title: 'List Changes (Accessible)',
  category: 'Revisions',
  icon: 'list-flat',
  keywords: ['diff', 'compare', 'screen reader', 'accessible diff viewer'],
  key: 'F7',
  run(ctx) {
    // Only the diff on screen: a change key pressed elsewhere must not switch the view.
    const diff = ctx.views.shown('revisions');
    if (diff) diff.stepChanges('list');
    else ctx.notify(NO_DIFF_MESSAGE);
  },
});
