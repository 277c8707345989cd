// Every view of the workbench, in activity-bar order. Each view declares what it adds (tab, actions, badge, status
// item, empty state) in its folder's contribution file; the activity bar, the view container, the status bar and the
// tests all read this list.
import { factcheckView } from './factcheck/contribution';
import { notesView } from './notes/contribution';
import { printQueueView } from './print-queue/contribution';
import { revisionsView } from './revisions/contribution';
import { scriptView } from './script/contribution';
import { settingsView } from './settings/contribution';
import type { ViewDefinition } from './types';

export const VIEWS: readonly ViewDefinition[] = [
  scriptView,
  notesView,
  revisionsView,
  factcheckView,
  printQueueView,
  settingsView,
];

// What features offer commands beyond their views, reached through this file like the views themselves.
export { loadFactcheckActions } from './factcheck/contribution';

/** The view with this id, if registered. */
export function getView(id: string): ViewDefinition | undefined {
  return VIEWS.find((v) => v.id === id);
}
