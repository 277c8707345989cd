// The status bar's room-session item: a running timer and the count of notes taken in the session.
import { useEffect, useState } from 'react';
import { runningSessionOf, sessionNoteCount } from '../../../lib/db';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { useLive } from '../../platform/live';

/** "5:07" or "1:05:07" since `from`. */
export function elapsed(from: number, to: number): string {
  const s = Math.max(0, Math.floor((to - from) / 1000));
  const p = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}:${p(m)}:${p(s % 60)}` : `${m}:${p(s % 60)}`;
}

/** The session timer and note count; nothing when no session runs. */
export function NotesStatusItem() {
  const { open } = useOpenScript();
  const wb = useWorkbench();
  const scriptId = open?.record.id;
  const setActiveView = wb.setActiveView;
  // Load the Notes view's code once the panel is idle (it is split out of the first load), so the first switch to
  // Notes, often in the middle of a meeting, does not wait for it.
  useEffect(() => {
    const t = setTimeout(() => void import('./NotesView').catch(() => {}), 1500);
    return () => clearTimeout(t);
  }, []);
  const session = useLive(async () => {
    if (!scriptId) return null;
    const running = await runningSessionOf(scriptId);
    if (!running) return null;
    const notes = await sessionNoteCount(running.id);
    return { id: running.id, title: running.title, startedAt: running.startedAt, notes };
  }, [scriptId]);
  const [clock, setClock] = useState(() => Date.now());
  const running = session?.id;
  // Keyed on the session's id, not the query's result object (a new one each time a note is added).
  useEffect(() => {
    if (!running) return;
    setClock(Date.now());
    const t = setInterval(() => setClock(Date.now()), 1000);
    return () => clearInterval(t);
  }, [running]);
  if (!session) return null;
  const count = `${session.notes} ${session.notes === 1 ? 'note' : 'notes'}`;
  return (
    <button
      type="button"
      className="status-item status-session"
      title={`Room session “${session.title}”: show notes`}
      aria-label={`Room session ${session.title}, running ${elapsed(session.startedAt, clock)}, ${count}. Show notes`}
      onClick={() => setActiveView('notes')}
    >
      <span aria-hidden="true">● {elapsed(session.startedAt, Math.max(clock, session.startedAt))}</span>
      <span aria-hidden="true"> · {count}</span>
    </button>
  );
}
