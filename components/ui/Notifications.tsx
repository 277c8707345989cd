// Inline notifications at the top of the panel: errors are announced (role="alert") and stay until dismissed.
import { Codicon } from './Codicon';
import { IconButton } from './IconButton';

export interface Notice {
  id: number;
  severity: 'info' | 'error';
  message: string;
}

/** The list of current notices; each has a Dismiss button. */
export function Notifications({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss: (id: number) => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notifications">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notification notification-${n.severity}`}
          role={n.severity === 'error' ? 'alert' : 'status'}
        >
          <Codicon name={n.severity === 'error' ? 'error' : 'info'} />
          <span className="notification-message">{n.message}</span>
          <IconButton icon="close" label="Dismiss" onClick={() => onDismiss(n.id)} />
        </div>
      ))}
    </div>
  );
}
