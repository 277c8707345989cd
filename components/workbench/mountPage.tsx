// The one way the extension's own pages outside the panel (print, minutes, clearance report) start: open storage,
// then draw the page in the theme chosen in Settings, or say in a sentence why storage could not be opened.
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../../lib/db';
import { ThemedPage } from './ThemedPage';

/** Mounts `Page` into #root once storage is open, handing it the URL's query (which job, session or script). */
export function mountPage(Page: ComponentType<{ search: string }>): void {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  void openDatabase().then((status) => {
    if (!status.ok) {
      root.render(<p role="alert">{status.message}</p>);
      return;
    }
    root.render(
      <ThemedPage>
        <Page search={window.location.search} />
      </ThemedPage>,
    );
  });
}
