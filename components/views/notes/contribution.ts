// The Notes view's contribution: its tab, title-row actions, the running session in the status bar, its empty state.
import { loadable } from '../../ui/loadable';
import type { ViewDefinition } from '../types';
import { NotesStatusItem } from './NotesStatusItem';

// Loads when first shown (or once the panel is idle, see NotesStatusItem), to keep the panel's first load small.
const NotesView = loadable(() => import('./NotesView').then((m) => m.NotesView));

export const notesView: ViewDefinition = {
  id: 'notes',
  title: 'Notes',
  codicon: 'comment-discussion',
  component: NotesView,
  actions: [
    'notes.addNote',
    'notes.toggleSession',
    'notes.exportMinutes',
    'notes.printMinutes',
    'notes.exportCsv',
  ],
  useBadge: null,
  statusItem: { component: NotesStatusItem, priority: 30 },
  empty: { message: 'Read or import a script first: notes are taken on a script’s lines.' },
};
