// The Settings view's contribution: its tab. It works with no script open (theme, backup, restore), so it declares
// no empty state.
import { loadable } from '../../ui/loadable';
import type { ViewDefinition } from '../types';

const SettingsView = loadable(() => import('./SettingsView').then((m) => m.SettingsView));

export const settingsView: ViewDefinition = {
  id: 'settings',
  title: 'Settings',
  codicon: 'settings-gear',
  component: SettingsView,
  actions: ['workbench.showCommands'],
  useBadge: null,
  statusItem: null,
  empty: null,
};
