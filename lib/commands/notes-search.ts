// Puts the cursor in the Notes view's search box.
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.search',
  title: 'Search Notes',
  icon: 'search',
  category: 'Notes',
  keywords: ['find', 'filter', 'notes'],
  key: 'Ctrl+Alt+F',
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.views.run('notes', (view) => view.focusSearch(), { focus: true }),
});
