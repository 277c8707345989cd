// Applies the theme setting to the document: "auto" leaves it to prefers-color-scheme and forced-colors (theme.css).
import { useEffect } from 'react';
import type { ThemeSetting } from '../../lib/commands/types';

/** Sets data-theme on the root element while mounted. */
export function useApplyTheme(theme: ThemeSetting): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
