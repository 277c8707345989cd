// Applies the theme setting to the document: "auto" leaves it to prefers-color-scheme and forced-colors
// (theme-tokens.css).
import { useEffect } from 'react';
import type { ThemeSetting } from '../../lib/commands/types';

/** Sets data-theme on the root element while mounted; undefined (the setting is still loading) leaves it as it is. */
export function useApplyTheme(theme: ThemeSetting | undefined): void {
  useEffect(() => {
    if (theme !== undefined) document.documentElement.dataset.theme = theme;
  }, [theme]);
}
