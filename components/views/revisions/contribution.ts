// The Revisions view's contribution: its tab and its empty state.
import { loadable } from '../../ui/loadable';
import type { ViewDefinition } from '../types';

const RevisionsView = loadable(() => import('./RevisionsView').then((m) => m.RevisionsView));

export const revisionsView: ViewDefinition = {
  id: 'revisions',
  title: 'Revisions',
  codicon: 'git-compare',
  component: RevisionsView,
  actions: ['workbench.showCommands'],
  useBadge: null,
  statusItem: null,
  empty: {
    message: 'Read or import a script first: each new draft you read becomes its next revision here.',
  },
};
