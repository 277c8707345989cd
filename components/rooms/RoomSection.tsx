// Settings -> Room: join a room with an invite (server address and token) so its script comes to this panel, or
// share the open script into a room; see who is there; leave. Nothing is sent anywhere until Join or Share is clicked.
import { useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { browser } from 'wxt/browser';
import { InviteError, parseInvite, permissionOrigin, type Invite } from '../../lib/sync/invite';
import { Section } from '../ui/Section';
import { useOpenScript } from '../workbench/openScript';
import { useWorkbench } from '../workbench/state';
import { joinRoom, leaveRoom, useRooms, type RoomState } from './room-store';
import { errorSentence } from '../../lib/error-sentence';

const STATUS_TEXT: Record<RoomState['status'], string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline: changes are kept here and sent when the server is back',
  refused: 'Refused',
  waiting: 'Connected in another Scriptside panel',
};

/** "JS" from "Jo Smith". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .slice(0, 3)
    .toUpperCase();
}

/** One labelled text box of the join form; `onChange` gets the new text. */
function TextField({
  label,
  onChange,
  ...input
}: { label: string; value: string; onChange(text: string): void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange'
>) {
  const id = useId();
  return (
    <div className="setting-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function RoomCard({ state }: { state: RoomState }) {
  const wb = useWorkbench();
  const m = state.membership;
  return (
    <div className="room-card" role="group" aria-label={`Room ${m.room}`}>
      <p className="setting-row">
        <strong>{m.room}</strong> · {m.role === 'viewer' || state.readOnly ? 'viewer (read-only)' : 'editor'}
        <br />
        <span role="status">
          {STATUS_TEXT[state.status]}
          {state.server && state.status !== 'refused' ? ` · ${state.server}` : ''}
        </span>
        {state.message ? (
          <>
            <br />
            <span className="room-message">{state.message}</span>
          </>
        ) : null}
      </p>
      {state.readOnly ? (
        <p className="setting-row room-readonly">
          You can read this script and its notes, flags and print jobs; changes to it are not possible here.
        </p>
      ) : null}
      {state.status === 'refused' ? null : (
        <div className="setting-row">
          <span className="setting-label">In the room</span>
          {state.peers.length === 0 ? (
            <span> nobody else right now</span>
          ) : (
            <ul className="room-peers" aria-label="Assistants in the room">
              {state.peers.map((p) => (
                <li key={p.clientId}>
                  <span className="room-initials" aria-hidden="true">
                    {p.initials}
                  </span>{' '}
                  {p.name}
                  {p.role === 'viewer' ? ' (viewer)' : ''}
                  {p.session ? ` · session “${p.session}” running` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="setting-row">
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void leaveRoom(m.room).catch((e: unknown) =>
              wb.notify(errorSentence(e, 'The room could not be left.'), 'error'),
            )
          }
        >
          Leave room
        </button>
      </div>
    </div>
  );
}

/** The Room section of Settings. */
export function RoomSection() {
  const wb = useWorkbench();
  const { open } = useOpenScript();
  const rooms = useRooms();
  const [servers, setServers] = useState('');
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { error: useId() };
  const scriptId = open?.record.id;
  // The open script's room, if it is shared (a room whose script has not arrived yet belongs to no script).
  const current = scriptId ? rooms.find((r) => r.membership.scriptId === scriptId) : undefined;

  function go(e: FormEvent | null, mode: 'join' | 'share') {
    e?.preventDefault();
    setError(null);
    let invite: Invite;
    try {
      if (!name.trim()) throw new InviteError('Enter your name: the others see it, with your initials.');
      invite = parseInvite(servers, token);
    } catch (err) {
      setError(errorSentence(err));
      return;
    }
    // Asked inside the click (before any await), for this server's origins only.
    const asked = browser.permissions
      .request({ origins: invite.servers.map(permissionOrigin) })
      .catch(() => false);
    void asked.then(async (granted) => {
      if (!granted) {
        setError('Scriptside needs your permission to reach the room server. Nothing was sent.');
        return;
      }
      try {
        const who = { name: name.trim().slice(0, 80), initials: initialsOf(name) };
        await joinRoom(invite, who, mode, mode === 'share' ? scriptId : undefined);
        setToken('');
      } catch (err) {
        wb.notify(errorSentence(err, 'The room could not be joined.'), 'error');
      }
    });
  }

  return (
    <Section title="Room">
      <p className="setting-row">
        Share a script with the other assistants of the show: notes, replies, flags and print jobs appear on
        everyone’s panel. Until you join a room, nothing leaves this computer.
      </p>
      {rooms.map((r) => (
        <RoomCard key={r.membership.room} state={r} />
      ))}
      {current ? null : (
        <form className="room-form" aria-label="Join a room" onSubmit={(e) => go(e, 'join')}>
          <TextField
            label="Your name"
            value={name}
            autoComplete="name"
            onChange={setName}
            placeholder="Jo Smith"
          />
          <TextField
            label="Room server"
            value={servers}
            spellCheck={false}
            onChange={setServers}
            placeholder="wss://rooms.example.com (several: separate with commas)"
          />
          <TextField
            label="Invite token"
            value={token}
            spellCheck={false}
            autoComplete="off"
            onChange={setToken}
            aria-describedby={error ? ids.error : undefined}
          />
          {error ? (
            <p id={ids.error} className="setting-row room-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="setting-row inline-form">
            <button type="submit" className="button-primary">
              Join room
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={!scriptId}
              title={scriptId ? undefined : 'Open a script to share it'}
              onClick={() => go(null, 'share')}
            >
              Share this script
            </button>
          </div>
          <p className="setting-row room-hint">
            Joining or sharing sends your name and the shared script’s drafts, notes, flags and print jobs to
            the server above, and keeps them in step while the panel is open. Leaving stops it; your copy
            stays here.
          </p>
        </form>
      )}
    </Section>
  );
}
