// Every view of the workbench, in activity-bar order, with what each adds to the shell (badge, status item, title-row
// actions); the activity bar, the view container, the status bar and the tests all read this list.
import { ScriptView } from './script/ScriptView';
import { lazy } from 'react';
import type { ViewDefinition } from './types';
import { usePagesNotPrinted } from './print-queue/badge';
import { useFactcheckBadge } from './factcheck/badge';
import { NotesStatusItem } from './notes/NotesStatusItem';
import { FactcheckStatusItem } from './factcheck/FactcheckStatusItem';
import { PrintStatusItem } from './print-queue/PrintStatusItem';

// Views other than the first load when first shown, to keep the panel's first load small.
const SettingsView = lazy(() => import('./settings/SettingsView').then((m) => ({ default: m.SettingsView })));
const NotesView = lazy(() => import('./notes/NotesView').then((m) => ({ default: m.NotesView })));
const RevisionsView = lazy(() =>
  import('./revisions/RevisionsView').then((m) => ({ default: m.RevisionsView })),
);
const FactCheckView = lazy(() =>
  import('./factcheck/FactCheckView').then((m) => ({ default: m.FactCheckView })),
);
const PrintQueueView = lazy(() =>
  import('./print-queue/PrintQueueView').then((m) => ({ default: m.PrintQueueView })),
);

export const VIEWS: readonly ViewDefinition[] = [
  {
    id: 'script',
    title: 'Script',
    codicon: 'book',
    component: ScriptView,
    actions: ['script.readThisPage', 'script.import', 'view.toggleOutline', 'workbench.showCommands'],
  },
  {
    id: 'notes',
    title: 'Notes',
    codicon: 'comment-discussion',
    component: NotesView,
    statusItem: NotesStatusItem,
    actions: [
      'notes.addNote',
      'notes.toggleSession',
      'notes.exportMinutes',
      'notes.printMinutes',
      'notes.exportCsv',
    ],
  },
  {
    id: 'revisions',
    title: 'Revisions',
    codicon: 'git-compare',
    component: RevisionsView,
    actions: ['workbench.showCommands'],
  },
  {
    id: 'factcheck',
    title: 'Fact-check',
    codicon: 'checklist',
    component: FactCheckView,
    statusItem: FactcheckStatusItem,
    // The badge counts open and researching flags; its hook also hears fact-check requests (commands, context menu).
    useBadge: useFactcheckBadge,
    actions: ['factcheck.flagSelection', 'factcheck.exportCsv', 'factcheck.openReport'],
  },
  {
    id: 'print-queue',
    title: 'Print queue',
    codicon: 'file-pdf',
    component: PrintQueueView,
    statusItem: PrintStatusItem,
    // The badge counts pages of the open script not printed yet.
    useBadge: usePagesNotPrinted,
    // Queueing has its own buttons in the view; a title-row copy would be a second control with the same name.
    actions: ['workbench.showCommands'],
  },
  {
    id: 'settings',
    title: 'Settings',
    codicon: 'settings-gear',
    component: SettingsView,
    actions: ['workbench.showCommands'],
  },
];

/** The view with this id, if registered. */
export function getView(id: string): ViewDefinition | undefined {
  return VIEWS.find((v) => v.id === id);
}
