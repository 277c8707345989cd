// Start and stop a room session (title, attendees from the roster); notes taken while it runs belong to it.
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import type { RoomSessionRecord, RosterMember } from '../../../lib/db';
import { startSession, stopSession } from './store';
import { clockTime } from '../../../lib/notes/export';

export interface SessionBarHandle {
  /** Stops the running session, or opens the form to start one. */
  toggle(): void;
}

export const SessionBar = forwardRef<
  SessionBarHandle,
  { scriptId: string; running?: RoomSessionRecord; roster: RosterMember[]; onError(message: string): void }
>(function SessionBar({ scriptId, running, roster, onError }, ref) {
  const [form, setForm] = useState(false);
  const [title, setTitle] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const titleInput = useRef<HTMLInputElement>(null);

  function stop() {
    if (running) stopSession(running.id).catch((e: Error) => onError(e.message));
  }
  function openForm() {
    setForm(true);
    setAttendees(roster.map((m) => m.initials));
    setTimeout(() => titleInput.current?.focus(), 0);
  }
  useImperativeHandle(ref, () => ({ toggle: () => (running ? stop() : openForm()) }));

  if (running) {
    return (
      <div className="session-bar session-running" role="region" aria-label="Room session">
        <span className="session-dot" aria-hidden="true" />
        <span>
          <bdi>{running.title}</bdi> <span className="muted">since {clockTime(running.startedAt)}</span>
        </span>
        <button type="button" className="button-secondary" onClick={stop}>
          Stop session
        </button>
      </div>
    );
  }
  if (!form) {
    return (
      <div className="session-bar" role="region" aria-label="Room session">
        <span className="muted">No session running</span>
        <button type="button" className="button-secondary" onClick={openForm}>
          Start session
        </button>
      </div>
    );
  }
  return (
    <form
      className="session-bar session-form"
      aria-label="Start a room session"
      onSubmit={(e) => {
        e.preventDefault();
        const clean = title.trim() || 'Room session';
        startSession(scriptId, clean, attendees)
          .then(() => {
            setForm(false);
            setTitle('');
          })
          .catch((err: Error) => onError(err.message));
      }}
    >
      <input
        ref={titleInput}
        aria-label="Session title"
        placeholder="Session title (Ep 3 break)"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setForm(false)}
      />
      {roster.length > 0 ? (
        <fieldset className="chip-row">
          <legend className="sr-only">Attendees</legend>
          {roster.map((m) => (
            <label key={m.initials} className="chip">
              <input
                type="checkbox"
                checked={attendees.includes(m.initials)}
                onChange={(e) =>
                  setAttendees((a) =>
                    e.target.checked ? [...a, m.initials] : a.filter((x) => x !== m.initials),
                  )
                }
              />
              {m.initials}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button-primary">
        Start
      </button>
      <button type="button" className="button-secondary" onClick={() => setForm(false)}>
        Cancel
      </button>
    </form>
  );
});
