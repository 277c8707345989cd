// Clearance report page entry: opens storage, then shows the report for the script and draft named in the URL.
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../../lib/db';
import { ThemedPage } from '../../components/workbench/ThemedPage';
import { ReportPage } from '../../components/views/factcheck/ReportPage';

const root = createRoot(document.getElementById('root') as HTMLElement);
void openDatabase().then((status) => {
  if (!status.ok) {
    root.render(<p role="alert">{status.message}</p>);
    return;
  }
  root.render(
    <ThemedPage>
      <ReportPage search={window.location.search} />
    </ThemedPage>,
  );
});
