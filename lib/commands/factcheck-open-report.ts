// Opens the printable clearance report for the shown draft (print it, or save it as PDF, from the browser).
import { defineCommand } from './types';

export default defineCommand({
  id: 'factcheck.openReport',
  title: 'Open Printable Clearance Report',
  icon: 'file-pdf',
  category: 'Fact-check',
  keywords: ['report', 'print', 'pdf', 'clearance'],
  enabled: (ctx) => ctx.hasScript,
  run: (ctx) => ctx.factcheck.openReport(),
});
