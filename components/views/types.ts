// The shape of a view's contribution: everything a view adds to the workbench, declared from its own folder (VS Code's
// *.contribution.ts) — its tab, title-row actions, badge, status-bar item and empty state. The shell draws them.
import type { ComponentType } from 'react';

/** A button in an empty state: runs a registered command, under its own short label. */
export interface EmptyStateAction {
  /** Id of the command the button runs (palette, keys and this button share it). */
  command: string;
  label: string;
  /** The one primary action of the state, drawn first and prominent. */
  primary?: boolean;
  /** Codicon drawn before the label. */
  codicon?: string;
}

/** What a view shows while no script is open (VS Code's view welcome content), drawn by the workbench. */
export interface EmptyState {
  message: string;
  actions?: EmptyStateAction[];
  /** A quieter line under the actions. */
  hint?: string;
}

/** A view's item in the status bar. */
export interface StatusItem {
  /** Draws the item, or nothing when it has nothing to say. */
  component: ComponentType;
  /** Loads, when the panel is idle, code the view will need when it shows a script (its split-out parts). */
  warm?: () => unknown;
  /** Higher sits further left among the items on the right, as VS Code's status bar priority. */
  priority: number;
}

export interface ViewDefinition {
  /** Stable id ("script", "settings"). */
  id: string;
  /** Title in the view's title row and the tab's accessible name. */
  title: string;
  /** Codicon for the activity bar. */
  codicon: string;
  component: ComponentType;
  /** Loads, when the panel is idle, code the view will need when it shows a script (its split-out parts). */
  warm?: () => unknown;
  /** A React hook giving the count shown on the tab (open flags, queued pages); null for a view with no badge. */
  useBadge: (() => number | undefined) | null;
  /** Its item in the status bar; null for none. */
  statusItem: StatusItem | null;
  /** What it shows while no script is open; null for a view that works without one (Settings). */
  empty: EmptyState | null;
  /** Ids of commands shown as icon buttons in the view's title row. */
  actions?: string[];
}
