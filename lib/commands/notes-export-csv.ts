// Saves every note of the script as a CSV file (spreadsheet-safe).
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.exportCsv',
  title: 'Export All Notes (CSV)',
  icon: 'table',
  category: 'Notes',
  keywords: ['csv', 'spreadsheet', 'excel', 'download', 'all notes'],
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.views.run('notes', (view) => view.exportCsv()),
});
