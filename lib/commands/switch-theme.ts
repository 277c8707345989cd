// Picks the colour theme: follow the browser, or light, dark or high contrast.
import { defineCommand, type ThemeSetting, type QuickPickItem } from './types';

/** The theme choices, in the order Settings and the picker show them. */
export const THEME_CHOICES: QuickPickItem<ThemeSetting>[] = [
  { label: 'Follow the browser', description: 'light or dark, high contrast when forced', value: 'auto' },
  { label: 'Light', value: 'light' },
  { label: 'Dark', value: 'dark' },
  { label: 'High Contrast', value: 'high-contrast' },
];

export default defineCommand({
  id: 'preferences.switchTheme',
  title: 'Color Theme',
  icon: 'color-mode',
  category: 'Preferences',
  keywords: ['theme', 'dark', 'light', 'high contrast', 'colour', 'appearance'],
  async run(ctx) {
    const items = THEME_CHOICES.map((c) => (c.value === ctx.theme ? { ...c, description: 'current' } : c));
    const theme = await ctx.showQuickPick(items, { placeholder: 'Select a colour theme' });
    if (theme) await ctx.setTheme(theme);
  },
});
