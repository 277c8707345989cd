// Opens the palette in scene mode (`@`): type a number or words of a heading, Enter jumps there.
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.goToScene',
  title: 'Go to Scene…',
  category: 'Go',
  keywords: ['jump', 'heading', 'slugline', 'outline'],
  key: 'Ctrl+Shift+O',
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.showPalette('@'),
});
