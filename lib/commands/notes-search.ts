// Puts the cursor in the Notes view's search box.
import { requestNotes } from '../notes/requests';
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.search',
  title: 'Search Notes',
  icon: 'search',
  category: 'Notes',
  keywords: ['find', 'filter', 'notes'],
  key: 'Ctrl+Alt+F',
  enabled: (ctx) => ctx.hasScript,
  run: () => requestNotes({ type: 'focus-search' }),
});
