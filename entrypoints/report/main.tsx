// Clearance report page entry: opens storage, then shows the report for the script and draft named in the URL.
import { mountPage } from '../../components/workbench/mountPage';
import { ReportPage } from '../../components/views/factcheck/ReportPage';

mountPage(ReportPage);
