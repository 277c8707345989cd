// The status bar: the open script and its revision (colour swatch, name, date) on the left; counts and a spinner for
// background work and each view's declared status item on the right. Short labels: the panel is narrow.
import type { ViewDefinition } from '../views/types';
import { swatchColor } from '../ui/swatch-color';
import { BusyStatus } from './BusyStatus';
import { useOpenScript } from './openScript';
import { useBusy } from './state';

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

/**
 * The status bar at the foot of the panel, with the status items `views` declare. `onChooseScript` runs when the
 * script name is clicked.
 */
export function StatusBar({
  views,
  onChooseScript,
}: {
  views: readonly ViewDefinition[];
  onChooseScript: () => void;
}) {
  const items = views
    .flatMap((v) => (v.statusItem ? [{ id: v.id, ...v.statusItem }] : []))
    .sort((a, b) => b.priority - a.priority);
  const { open } = useOpenScript();
  const busy = useBusy();
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
        {busy.length > 0 ? <BusyStatus work={busy[0]} /> : null}
        {items.map(({ id, component: Item }) => (
          <Item key={id} />
        ))}
      </div>
    </footer>
  );
}
