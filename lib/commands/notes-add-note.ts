// Puts the cursor in the Notes view's capture box, with the note attached to the selected lines or scene.
import { requestNotes } from '../notes/requests';
import { defineCommand } from './types';

export default defineCommand({
  id: 'notes.addNote',
  title: 'Add Note',
  icon: 'comment-add',
  category: 'Notes',
  keywords: ['comment', 'capture', 'room', 'pitch', 'decision', 'write'],
  key: 'Ctrl+Alt+N',
  enabled: (ctx) => ctx.hasScript,
  run: () => requestNotes({ type: 'focus-capture' }),
});
