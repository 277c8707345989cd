// Saves the clearance report for the shown draft as a CSV file.
import { defineCommand } from './types';

export default defineCommand({
  id: 'factcheck.exportCsv',
  title: 'Export Clearance Report (CSV)',
  icon: 'desktop-download',
  category: 'Fact-check',
  keywords: ['report', 'spreadsheet', 'clearance', 'download'],
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.factcheck.exportCsv(),
});
