// The Script view's contribution: its tab, title-row actions, status item and the welcome shown before any script.
import type { ViewDefinition } from '../types';
import { ScriptStatusItem } from './ScriptStatusItem';
import { ScriptView, warmScriptView } from './ScriptView';

export const scriptView: ViewDefinition = {
  id: 'script',
  title: 'Script',
  codicon: 'book',
  // The first view loads with the panel: it is what the panel opens on.
  component: ScriptView,
  warm: warmScriptView,
  actions: ['script.readThisPage', 'script.import', 'view.toggleOutline', 'workbench.showCommands'],
  useBadge: null,
  // Rightmost: the size of the script closes the row, after the counts of work to do.
  statusItem: { component: ScriptStatusItem, priority: 0 },
  empty: {
    message:
      'Open a script in this tab (a PDF, a Fountain or Final Draft file, or a web page), then read it into ' +
      'Scriptside. Everything stays on this computer.',
    actions: [
      { command: 'script.readThisPage', label: 'Read this page', primary: true, codicon: 'book' },
      { command: 'script.import', label: 'Import a script' },
      { command: 'script.openDemo', label: 'Open the demo script' },
    ],
    hint: 'You can also drop a script file anywhere on this panel.',
  },
};
