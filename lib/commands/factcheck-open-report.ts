// Opens the printable clearance report for the shown draft (print it, or save it as PDF, from the browser).
import { clearanceReportCommand } from './clearance-report';

export default clearanceReportCommand('openReport', {
  id: 'factcheck.openReport',
  title: 'Open Printable Clearance Report',
  icon: 'file-pdf',
  keywords: ['report', 'print', 'pdf', 'clearance'],
});
