// The status bar's print count: pages of the open script not printed yet; a click opens the Print queue.
import { Codicon } from '../../ui/Codicon';
import { useWorkbench } from '../../workbench/state';
import { usePagesNotPrinted } from './badge';

/** "3 to print" in the status bar; nothing when every queued page is printed. */
export function PrintStatusItem() {
  const count = usePagesNotPrinted();
  const wb = useWorkbench();
  if (!count) return null;
  const pages = `${count} ${count === 1 ? 'page' : 'pages'}`;
  return (
    <button
      type="button"
      className="status-item"
      title={`${pages} not printed yet: open the Print queue`}
      onClick={() => wb.setActiveView('print-queue')}
    >
      <Codicon name="file-pdf" /> {count} to print
    </button>
  );
}
