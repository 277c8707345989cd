// Starts a room session (asks for its title) or stops the running one.
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.toggleSession',
  title: 'Start or Stop Room Session',
  icon: 'record',
  category: 'Notes',
  keywords: ['meeting', 'room', 'timer', 'session', 'begin', 'end'],
  key: 'Ctrl+Alt+S',
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.views.run('notes', (view) => view.toggleSession()),
});
