// Opens the palette in page mode (`:`): type a page label ("12", "12A"), Enter jumps there.
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.goToPage',
  title: 'Go to Page…',
  category: 'Go',
  keywords: ['jump', 'page number'],
  key: 'Ctrl+G',
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.showPalette(':'),
});
