// Flags the selected lines (or the item found in them) for fact-check, in one keystroke.
import { defineCommand } from './types';

export default defineCommand({
  id: 'factcheck.flagSelection',
  title: 'Flag Selection for Fact-Check',
  icon: 'flag',
  category: 'Fact-check',
  keywords: ['clearance', 'check', 'verify', 'brand', 'name', 'legal'],
  key: 'Ctrl+Alt+K',
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.factcheck.flagSelection(),
});
