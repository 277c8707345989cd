// What the Script view shows before any script is stored: one primary action, two secondary ones.
import { Codicon } from '../../ui/Codicon';

/** The welcome view: "Read this page" (primary), "Import a script", "Open the demo script". */
export function Welcome({
  onRead,
  onImport,
  onDemo,
}: {
  onRead: () => void;
  onImport: () => void;
  onDemo: () => void;
}) {
  return (
    <div className="welcome">
      <p>
        Open a script in this tab (a PDF, a Fountain or Final Draft file, or a web page), then read it into
        Scriptside. Everything stays on this computer.
      </p>
      <button type="button" className="button-primary" onClick={onRead}>
        <Codicon name="book" /> Read this page
      </button>
      <div className="welcome-secondary">
        <button type="button" className="button-secondary" onClick={onImport}>
          Import a script
        </button>
        <button type="button" className="button-secondary" onClick={onDemo}>
          Open the demo script
        </button>
      </div>
      <p className="muted">You can also drop a script file anywhere on this panel.</p>
    </div>
  );
}
