// Inline notifications at the top of the panel. Errors are announced (role="alert") and stay until dismissed; info
// notices leave by themselves after a few seconds, as VS Code's do, so they never pile up over the view. A notice
// the user is pointing at or has tabbed into stays while they read it.
import { useEffect, useState } from 'react';
import { Codicon } from './Codicon';
import { IconButton } from './IconButton';

export interface Notice {
  id: number;
  severity: 'info' | 'error';
  message: string;
}

/** How long an info notice stays (long enough to read two sentences). */
export const INFO_NOTICE_MS = 6000;

function NoticeRow({
  notice,
  onDismiss,
  fadeAfterMs,
}: {
  notice: Notice;
  onDismiss: (id: number) => void;
  fadeAfterMs: number;
}) {
  const [held, setHeld] = useState(false);
  const { id, severity } = notice;
  useEffect(() => {
    if (severity !== 'info' || held) return;
    const t = setTimeout(() => onDismiss(id), fadeAfterMs);
    return () => clearTimeout(t);
  }, [id, severity, held, fadeAfterMs, onDismiss]);
  return (
    <div
      className={`notification notification-${severity}`}
      role={severity === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Codicon name={severity === 'error' ? 'error' : 'info'} />
      <span className="notification-message">{notice.message}</span>
      <IconButton icon="close" label="Dismiss" onClick={() => onDismiss(id)} />
    </div>
  );
}

/** The list of current notices; each has a Dismiss button, and info notices leave after `fadeAfterMs`. */
export function Notifications({
  notices,
  onDismiss,
  fadeAfterMs = INFO_NOTICE_MS,
}: {
  notices: Notice[];
  onDismiss: (id: number) => void;
  fadeAfterMs?: number;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notifications">
      {notices.map((n) => (
        <NoticeRow key={n.id} notice={n} onDismiss={onDismiss} fadeAfterMs={fadeAfterMs} />
      ))}
    </div>
  );
}
