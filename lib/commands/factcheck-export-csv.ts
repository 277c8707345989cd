// Saves the clearance report for the shown draft as a CSV file.
import { clearanceReportCommand } from './clearance-report';

export default clearanceReportCommand('exportCsv', {
  id: 'factcheck.exportCsv',
  title: 'Export Clearance Report (CSV)',
  icon: 'desktop-download',
  keywords: ['report', 'spreadsheet', 'clearance', 'download'],
});
