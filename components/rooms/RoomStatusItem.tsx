// The status bar's room item: the room's state and the initials of the other assistants in it (who runs a
// session is in the item's name). It also starts the rooms joined earlier, reports room notices, shows a joined
// room's script when it arrives, and tells the room which line this assistant is on.
import { useEffect } from 'react';
import { Codicon } from '../ui/Codicon';
import { useOpenScript } from '../workbench/openScript';
import { useSelection, useWorkbench } from '../workbench/state';
import './rooms.css';
import { onRoomNotice, onRoomScript, setPresence, startRooms, useRoomOf } from './room-store';

/** Nothing when the open script is in no room. */
export function RoomStatusItem() {
  const wb = useWorkbench();
  const { open } = useOpenScript();
  const scriptId = open?.record.id;
  const room = useRoomOf(scriptId);
  const { notify, setShownScriptId, setActiveView } = wb;

  useEffect(() => {
    const stops = [
      onRoomNotice((message, severity) => notify(message, severity === 'info' ? 'info' : 'error')),
      onRoomScript((id) => setShownScriptId(id)),
    ];
    // Rooms joined earlier reconnect; with none joined this does nothing (no request leaves the machine).
    void startRooms().catch(() => {});
    return () => stops.forEach((s) => s());
  }, [notify, setShownScriptId]);

  const offset = useSelection()?.start;
  const revisionId = open?.revision?.id;
  useEffect(() => setPresence({ revisionId, offset }), [revisionId, offset]);

  if (!room) return null;
  const { peers, status, readOnly } = room;
  const who = peers.map((p) => `${p.name}${p.session ? ` (session “${p.session}” running)` : ''}`).join(', ');
  const label = `Room ${room.membership.room}: ${status}${readOnly ? ', read-only' : ''}. ${
    peers.length ? `In the room: ${who}.` : 'Nobody else in the room.'
  } Open room settings`;
  return (
    // The name is the visible initials followed by the sentence (label-in-name: what is seen is what is said).
    <button
      type="button"
      className={`status-item room-status room-status-${status}`}
      title={label}
      onClick={() => setActiveView('settings')}
    >
      <Codicon
        name={status === 'connected' ? 'live-share' : status === 'refused' ? 'error' : 'debug-disconnect'}
      />
      {readOnly ? <span className="room-readonly-tag">Read-only</span> : null}
      {peers.map((p) => (
        <span key={p.clientId} className={`room-initials${p.session ? ' room-initials-session' : ''}`}>
          {p.initials}
        </span>
      ))}
      <span className="sr-only">{label}</span>
    </button>
  );
}
