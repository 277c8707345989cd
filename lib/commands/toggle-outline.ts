// Shows or hides the scene outline above the script.
import { defineCommand } from './types';

export default defineCommand({
  id: 'view.toggleOutline',
  title: 'Toggle Outline',
  icon: 'list-tree',
  category: 'View',
  keywords: ['scenes', 'tree', 'characters', 'hide', 'show'],
  key: 'Ctrl+Shift+E',
  run: (ctx) => ctx.toggleOutline(),
});
