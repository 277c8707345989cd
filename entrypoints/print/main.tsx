// Print page entry: opens storage, then mounts the print page for the job or pages named in the URL.
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../../lib/db';
import { ThemedPage } from '../../components/workbench/ThemedPage';
import { PrintApp } from '../../components/views/print-queue/PrintApp';

const root = createRoot(document.getElementById('root') as HTMLElement);
void openDatabase().then((status) => {
  if (!status.ok) {
    root.render(<p role="alert">{status.message}</p>);
    return;
  }
  root.render(
    <ThemedPage>
      <PrintApp search={window.location.search} />
    </ThemedPage>,
  );
});
