// Opens the command palette (Ctrl+Shift+P, F1): the one door to every other command.
import { defineCommand } from './types';

export default defineCommand({
  id: 'workbench.showCommands',
  title: 'Show All Commands',
  icon: 'search',
  category: 'View',
  keywords: ['palette', 'command', 'search'],
  key: 'Ctrl+Shift+P',
  altKeys: ['F1'],
  run: (ctx) => ctx.showPalette('>'),
});
