// The Notes view: room session bar, capture box always one shortcut away, and the notes list (grouped, filtered,
// searched), with orphans apart and Undo after a delete. Stored data is read live; nothing is cached in state.
// The view draws; its jobs live beside it: page marks (usePageMarks), what commands ask of it (useNotesHandle) and
// what it does to notes (useNoteActions). Where notes stand in the shown draft is worked out for notes and flags alike
// by the workbench (usePlacementsIn, lib/anchoring/placement).
import { useCallback, useMemo, useRef, useState } from 'react';
import type { NoteRecord } from '../../../lib/db';
import { useOpenScript, type OpenScript } from '../../workbench/openScript';
import { usePlatform } from '../../workbench/platform';
import { useLastScene, useSelection, useWorkbench } from '../../workbench/state';
import { useViews } from '../../workbench/views';
import { Section } from '../../ui/Section';
import { attachTarget } from './attach';
import { CaptureBox, type CaptureBoxHandle } from './CaptureBox';
import { exportRows } from './exports';
import { NotesList, type NotesListHandle } from './NotesList';
import { RosterEditor } from './RosterEditor';
import { SessionBar, type SessionBarHandle } from './SessionBar';
import { runningSession, useScriptNotes, useSessions } from './store';
import { useNoteActions } from './useNoteActions';
import { useNotesHandle } from './useNotesHandle';
import { usePageMarks } from './usePageMarks';
import './notes.css';

/** The Notes view (the workbench shows the declared empty state while no script is open). */
export function NotesView() {
  const { loading, open } = useOpenScript();
  if (loading) return <p className="muted view-loading">Loading…</p>;
  // No script: the workbench shows the view's declared empty state (contribution.ts).
  if (!open) return null;
  return <NotesForScript key={open.record.id} open={open} />;
}

function NotesForScript({ open }: { open: OpenScript }) {
  const wb = useWorkbench();
  const views = useViews();
  const platform = usePlatform();
  const selection = useSelection();
  const lastScene = useLastScene();
  const { record, revision, pages, scenes } = open;
  const notes = useScriptNotes(record.id);
  const sessions = useSessions(record.id);
  const running = runningSession(sessions);
  const roster = useMemo(() => record.settings.roster ?? [], [record.settings.roster]);
  const [pageQuote, setPageQuote] = useState<string | undefined>(undefined);
  const capture = useRef<CaptureBoxHandle>(null);
  const list = useRef<NotesListHandle>(null);
  const sessionBar = useRef<SessionBarHandle>(null);

  const target = attachTarget({
    script: revision.script,
    pages,
    scenes,
    pageQuote,
    selection,
    lastScene,
  });

  const marks = usePageMarks(notes, revision, platform.targetTabId);
  const rowsFor = useCallback(
    (subset: readonly NoteRecord[]) =>
      exportRows(subset, {
        scriptTitle: record.title,
        revision,
        pages,
        scenes,
        sessions: sessions ?? [],
        roster,
      }),
    [record.title, revision, pages, scenes, sessions, roster],
  );
  useNotesHandle({
    open,
    notes,
    sessions,
    running,
    roster,
    capture,
    list,
    sessionBar,
    rowsFor,
    setPageQuote,
    notify: wb.notify,
  });
  const { save, thread, reattach, undo, undoDelete } = useNoteActions(open, target);

  return (
    <div className="notes-view">
      <SessionBar
        ref={sessionBar}
        scriptId={record.id}
        running={running}
        roster={roster}
        onError={(m) => wb.notify(m, 'error')}
      />
      <CaptureBox
        ref={capture}
        scriptId={record.id}
        roster={roster}
        attachedTo={target.problem ? `${target.problem} ${target.label}` : target.label}
        onDetach={
          target.source === 'page' || target.source === 'selection'
            ? () => {
                setPageQuote(undefined);
                wb.setSelection(null);
              }
            : undefined
        }
        onSubmit={save}
        onEscape={() => {
          // Back to the script line the note was started on, with the keyboard there.
          views.run('script', (view) => view.reveal({ toCursor: true }));
        }}
      />
      {marks.canMark ? (
        <div className="notes-page-marks">
          <button
            type="button"
            className="button-secondary"
            aria-pressed={marks.marking}
            onClick={marks.toggle}
          >
            Mark notes in the page
          </button>
          <span className="muted" role="status">
            {marks.marking && marks.marked !== undefined
              ? marks.marked
                ? `${marks.marked} ${marks.marked === 1 ? 'note' : 'notes'} marked in the page.`
                : 'No note could be marked: is the tab still showing the page this script was read from?'
              : ''}
          </span>
        </div>
      ) : null}
      {undo ? (
        <div className="notification notification-info notes-undo" role="status">
          <span className="notification-message">{undo.message}</span>
          <button type="button" className="button-secondary" onClick={undoDelete}>
            Undo
          </button>
        </div>
      ) : null}
      <Section title="Roster" defaultOpen={false}>
        <RosterEditor scriptId={record.id} roster={roster} onError={(m) => wb.notify(m, 'error')} />
      </Section>
      {notes && sessions ? (
        <NotesList
          ref={list}
          notes={notes}
          sessions={sessions}
          scenes={scenes}
          revision={revision}
          roster={roster}
          actions={thread}
          onReattach={reattach}
        />
      ) : (
        <p className="muted view-loading">Loading notes…</p>
      )}
    </div>
  );
}
