// Puts the cursor in the Notes view's capture box, with the note attached to the selected lines or scene.
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.addNote',
  title: 'Add Note',
  icon: 'comment-add',
  category: 'Notes',
  keywords: ['comment', 'capture', 'room', 'pitch', 'decision', 'write'],
  key: 'Ctrl+Alt+N',
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.views.run('notes', (view) => view.focusCapture(), { focus: true }),
});
