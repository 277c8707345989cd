// Clearance report page entry: opens storage, then shows the report for the script and draft named in the URL.
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../../lib/db';
import { ReportPage } from '../../components/views/factcheck/ReportPage';

const root = createRoot(document.getElementById('root') as HTMLElement);
void openDatabase().then((status) => {
  if (!status.ok) {
    root.render(<p role="alert">{status.message}</p>);
    return;
  }
  root.render(<ReportPage search={window.location.search} />);
});
