// The status bar: the open script and its revision (colour swatch, name, date) on the left; counts and a spinner for
// background work on the right. Short labels: the panel is narrow.
import { PrintStatusItem } from '../views/print-queue/PrintStatusItem';
import { NotesStatusItem } from '../views/notes/NotesStatusItem';
import { FactcheckStatusItem } from '../views/factcheck/FactcheckStatusItem';
import { swatchColor } from '../ui/swatch-color';
import { BusyStatus } from './BusyStatus';
import { useOpenScript } from './openScript';
import { useWorkbench } from './state';

/** "27 Nov" for an ISO date this year, "27 Nov 2025" otherwise. */
export function shortDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(d.getTime())) return iso;
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** The status bar at the foot of the panel. `onChooseScript` runs when the script name is clicked. */
export function StatusBar({ onChooseScript }: { onChooseScript: () => void }) {
  const { open } = useOpenScript();
  const wb = useWorkbench();
  const rev = open?.revision;
  return (
    <footer className="status-bar" aria-label="Status">
      <div className="status-left">
        {open && rev ? (
          <button type="button" className="status-item" title="Choose script" onClick={onChooseScript}>
            <span className="swatch" style={{ background: swatchColor(rev.color) }} aria-hidden="true" />
            <span className="status-title">{open.record.title}</span>
            <span className="sr-only">, </span>
            <span className="status-revision">
              {rev.color} {shortDate(rev.date)}
            </span>
            <span className="sr-only">. Choose script</span>
          </button>
        ) : (
          <span className="status-item">No script</span>
        )}
      </div>
      <div className="status-right">
        {wb.busy.length > 0 ? <BusyStatus work={wb.busy[0]} /> : null}
        <NotesStatusItem />
        <FactcheckStatusItem />
        <PrintStatusItem />
        {open ? (
          <span className="status-item">
            {open.pages.length} {open.pages.length === 1 ? 'page' : 'pages'} · {open.scenes.length}{' '}
            {open.scenes.length === 1 ? 'scene' : 'scenes'}
          </span>
        ) : null}
      </div>
    </footer>
  );
}
