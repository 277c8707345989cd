// The Fact-check view's contribution: its tab with the open-flag badge, title-row actions, the flag count in the
// status bar, its empty state.
import { loadable } from '../../ui/loadable';
import type { ViewDefinition } from '../types';
import { useFactcheckBadge } from './badge';
import { FactcheckStatusItem } from './FactcheckStatusItem';

const FactCheckView = loadable(() => import('./FactCheckView').then((m) => m.FactCheckView));

export const factcheckView: ViewDefinition = {
  id: 'factcheck',
  title: 'Fact-check',
  codicon: 'checklist',
  component: FactCheckView,
  actions: ['factcheck.flagSelection', 'factcheck.exportCsv', 'factcheck.openReport'],
  // Open and researching flags.
  useBadge: useFactcheckBadge,
  statusItem: { component: FactcheckStatusItem, priority: 20 },
  empty: { message: 'Open a script to flag names, brands, places and facts for clearance.' },
};

/**
 * What the fact-check commands and the page's "Flag for fact-check" do (they need no view), loaded on first use: the
 * workflow, suggestion engine and report stay out of the panel's first load.
 */
export const loadFactcheckActions = () => import('./actions').then((m) => m.factcheckActions);
