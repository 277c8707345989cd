// The extension's own pages outside the panel (print, minutes, clearance report) in the theme chosen in Settings.
import type { ReactNode } from 'react';
import { settings } from '../../lib/db';
import { useSetting } from './data';
import { useApplyTheme } from './theme';
import './theme-tokens.css';

/**
 * Renders a page in the theme setting, and follows it live: a theme picked in any panel while the page is open
 * applies at once, as it does in the panel. Until the setting has loaded the page follows the browser (no data-theme),
 * rather than claiming "auto" and flashing the wrong theme.
 */
export function ThemedPage({ children }: { children: ReactNode }) {
  const theme = useSetting(settings.theme);
  useApplyTheme(theme);
  return <>{children}</>;
}
