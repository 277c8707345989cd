// Saves the session's minutes as Markdown (grouped by scene, decisions first) and copies them to the clipboard.
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.exportMinutes',
  title: 'Export Session Minutes (Markdown)',
  icon: 'markdown',
  category: 'Notes',
  keywords: ['minutes', 'copy', 'clipboard', 'markdown', 'session', 'share'],
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.views.run('notes', (view) => void view.exportMinutes()),
});
