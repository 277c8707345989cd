// Opens the session's minutes as a printable page.
import { requestNotes } from '../notes/requests';
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.printMinutes',
  title: 'Print Session Minutes',
  icon: 'file-text',
  category: 'Notes',
  keywords: ['minutes', 'print', 'pdf', 'session'],
  enabled: (ctx) => ctx.hasScript,
  run: () => requestNotes({ type: 'print-minutes' }),
});
