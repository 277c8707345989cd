// Minutes page entry: opens storage, then shows the printable minutes of the session named in the URL.
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../../lib/db';
import { ThemedPage } from '../../components/workbench/ThemedPage';
import { MinutesPage } from '../../components/views/notes/MinutesPage';

const root = createRoot(document.getElementById('root') as HTMLElement);
void openDatabase().then((status) => {
  if (!status.ok) {
    root.render(<p role="alert">{status.message}</p>);
    return;
  }
  root.render(
    <ThemedPage>
      <MinutesPage search={window.location.search} />
    </ThemedPage>,
  );
});
