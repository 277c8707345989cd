// The Print queue view's contribution: its tab with the count of pages not printed, that count in the status bar,
// its empty state.
import { loadable } from '../../ui/loadable';
import type { ViewDefinition } from '../types';
import { usePagesNotPrinted } from './badge';
import { PrintStatusItem } from './PrintStatusItem';

const PrintQueueView = loadable(() => import('./PrintQueueView').then((m) => m.PrintQueueView));

export const printQueueView: ViewDefinition = {
  id: 'print-queue',
  title: 'Print queue',
  codicon: 'file-pdf',
  component: PrintQueueView,
  // Queueing has its own buttons in the view; a title-row copy would be a second control with the same name.
  actions: ['workbench.showCommands'],
  // Pages of the open script not printed yet.
  useBadge: usePagesNotPrinted,
  statusItem: { component: PrintStatusItem, priority: 10 },
  empty: {
    message:
      'Read or import a script first. When a new draft arrives, its revised pages can be queued here and ' +
      'printed on the revision’s colour.',
  },
};
