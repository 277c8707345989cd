// The shape of a view in the activity bar: what the registry lists for each one.
import type { ComponentType } from 'react';

export interface ViewDefinition {
  /** Stable id ("script", "settings"). */
  id: string;
  /** Title in the view's title row and the tab's accessible name. */
  title: string;
  /** Codicon for the activity bar. */
  codicon: string;
  component: ComponentType;
  /** A React hook giving the count shown on the tab (open flags, queued pages); undefined or 0 shows none. */
  useBadge?: () => number | undefined;
  /** The view's item in the status bar (counts for the open script), drawn by the shell in registry order. */
  statusItem?: ComponentType;
  /** Ids of commands shown as icon buttons in the view's title row. */
  actions?: string[];
}
