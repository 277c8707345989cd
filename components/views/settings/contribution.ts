// The Settings view's contribution: its tab. It works with no script open (theme, backup, restore), so it declares
// no empty state.
import { lazy } from 'react';
import type { ViewDefinition } from '../types';

const SettingsView = lazy(() => import('./SettingsView').then((m) => ({ default: m.SettingsView })));

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
