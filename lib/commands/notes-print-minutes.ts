// Opens the session's minutes as a printable page.
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.printMinutes',
  title: 'Print Session Minutes',
  icon: 'file-text',
  category: 'Notes',
  keywords: ['minutes', 'print', 'pdf', 'session'],
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.views.run('notes', (view) => view.printMinutes()),
});
