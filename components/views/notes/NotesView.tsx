// The Notes view: room session bar, capture box always one shortcut away, and the notes list (grouped, filtered,
// searched), with orphans apart and Undo after a delete. Stored data is read live; nothing is cached in state.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { anchorAt } from '../../../lib/anchoring';
import type { NoteRecord } from '../../../lib/db';
import { placeOf } from '../../../lib/anchoring/place-of';
import { handleNotesRequests, type NotesRequest } from '../../../lib/notes/requests';
import { minutesMarkdown, notesCsv } from '../../../lib/notes/export';
import { useOpenScript } from '../../workbench/openScript';
import { usePlatform } from '../../workbench/platform';
import { useWorkbench } from '../../workbench/state';
import { Section } from '../../ui/Section';
import { attachTarget } from './attach';
import { CaptureBox, type CaptureBoxHandle, type CapturedNote } from './CaptureBox';
import { attendeeNames, download, exportRows, fileNameOf } from './exports';
import { NotesList, type NotesListHandle } from './NotesList';
import { clearNotesInPage, highlightNotesInPage } from './page-highlights';
import type { ThreadActions } from './NoteThread';
import { RosterEditor } from './RosterEditor';
import { SessionBar, type SessionBarHandle } from './SessionBar';
import { releaseTypedKeys } from '../../ui/typeahead';
import {
  addNote,
  deleteNote,
  restoreNotes,
  runningSession,
  updateNote,
  useScriptNotes,
  useSessions,
} from './store';
import './notes.css';

function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Something went wrong, and nothing was changed.';
}

/** The Notes view. */
export function NotesView() {
  const { loading, open } = useOpenScript();
  if (loading) return <p className="muted view-loading">Loading…</p>;
  if (!open)
    return (
      <p className="welcome muted">Read or import a script first: notes are taken on a script’s lines.</p>
    );
  return <NotesForScript key={open.record.id} />;
}

function NotesForScript() {
  const { open } = useOpenScript();
  const wb = useWorkbench();
  const platform = usePlatform();
  const { record, revision, pages, scenes } = open!;
  const notes = useScriptNotes(record.id);
  const sessions = useSessions(record.id);
  const running = runningSession(sessions);
  const roster = useMemo(() => record.settings.roster ?? [], [record.settings.roster]);
  const [pageQuote, setPageQuote] = useState<string | undefined>(undefined);
  const [undo, setUndo] = useState<{ ids: string[]; message: string } | null>(null);
  const capture = useRef<CaptureBoxHandle>(null);
  const list = useRef<NotesListHandle>(null);
  const sessionBar = useRef<SessionBarHandle>(null);
  const searchWanted = useRef(false);
  const listShown = !!notes && !!sessions;
  useEffect(() => {
    if (!listShown || !searchWanted.current) return;
    searchWanted.current = false;
    list.current?.focusSearch(releaseTypedKeys());
  }, [listShown]);

  const target = attachTarget({
    script: revision.script,
    pages,
    scenes,
    pageQuote,
    selection: wb.selection,
    lastScene: wb.lastScene,
  });

  // When the user turns it on, anchored notes are marked in the page the script was read from (an HTML page in the
  // panel's tab), a moment after the notes settle; turning it off or leaving the view removes the marks.
  const tabId = platform.targetTabId;
  const canMark = tabId !== undefined && revision.source.kind === 'page' && revision.source.format !== 'pdf';
  const [marking, setMarking] = useState(false);
  const [marked, setMarked] = useState<number | undefined>();
  useEffect(() => {
    if (!marking || !canMark || tabId === undefined || !notes) return;
    const quotes: string[] = [];
    for (const n of notes) {
      if (n.deletedAt !== undefined || n.parentId) continue;
      const p = placeOf(n, revision.id);
      if (p.kind === 'range') quotes.push(revision.script.text.slice(p.start, p.end));
    }
    let live = true;
    const t = setTimeout(
      () => void highlightNotesInPage(tabId, revision.source.url, quotes).then((n) => live && setMarked(n)),
      400,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [marking, canMark, tabId, notes, revision]);
  useEffect(() => {
    if (!marking || tabId === undefined) return;
    return () => void clearNotesInPage(tabId);
  }, [marking, tabId]);

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

  const minutesSession = useCallback(() => running ?? sessions?.[0], [running, sessions]);

  const handle = useCallback(
    async (r: NotesRequest) => {
      try {
        if (r.type === 'focus-capture') capture.current?.focus(releaseTypedKeys());
        else if (r.type === 'focus-search') {
          // The list shows once the notes have loaded: until then the request waits for it.
          if (list.current) list.current.focusSearch(releaseTypedKeys());
          else searchWanted.current = true;
        } else if (r.type === 'toggle-session') sessionBar.current?.toggle();
        else if (r.type === 'note-on-quote') {
          setPageQuote(r.quote);
          capture.current?.focus();
        } else if (r.type === 'export-csv') {
          download(
            notesCsv(rowsFor(notes ?? [])),
            fileNameOf(`${record.title} notes`, 'csv'),
            'text/csv;charset=utf-8',
          );
        } else {
          const s = minutesSession();
          if (!s) {
            wb.notify('Start a room session first: minutes are made from a session’s notes.', 'error');
            return;
          }
          if (r.type === 'print-minutes') {
            window.open(`minutes.html?session=${encodeURIComponent(s.id)}`, '_blank', 'noopener');
            return;
          }
          const md = minutesMarkdown(
            { ...s, attendees: attendeeNames(s.attendees, roster) },
            record.title,
            `${revision.color} ${revision.date}`,
            rowsFor((notes ?? []).filter((n) => n.sessionId === s.id)),
          );
          download(md, fileNameOf(`${s.title} minutes ${s.date}`, 'md'), 'text/markdown;charset=utf-8');
          try {
            await navigator.clipboard.writeText(md);
            wb.notify('Minutes copied to the clipboard and saved as a Markdown file.');
          } catch {
            wb.notify('Minutes saved as a Markdown file (the clipboard was not available).');
          }
        }
      } catch (e) {
        wb.notify(messageOf(e), 'error');
      }
    },
    [notes, record.title, revision, rowsFor, minutesSession, wb, roster],
  );

  // The handler changes with the notes; a ref keeps one subscription, so no request is handled twice.
  const handleRef = useRef(handle);
  handleRef.current = handle;
  useEffect(() => handleNotesRequests((r) => void handleRef.current(r)), []);

  async function save(n: CapturedNote): Promise<boolean> {
    try {
      await addNote({
        scriptId: record.id,
        revisionId: revision.id,
        text: n.text,
        kind: n.kind,
        speaker: n.speaker,
        tags: n.tags,
        anchor: target.anchor,
        sceneHeading: target.sceneHeading,
      });
      return true;
    } catch (e) {
      wb.notify(`The note was not saved: ${messageOf(e)} Your text is still in the box.`, 'error');
      return false;
    }
  }

  const actions = useMemo<ThreadActions>(
    () => ({
      onGoTo(note) {
        const p = placeOf(note, revision.id);
        if (p.kind !== 'range') return;
        wb.setActiveView('script');
        wb.requestReveal({ offset: p.start });
        if (platform.targetTabId !== undefined) {
          platform
            .revealInPage(platform.targetTabId, {
              quote: revision.script.text.slice(p.start, p.end),
              start: p.start,
              end: p.end,
              sourceUrl: revision.source.url,
            })
            .catch(() => {});
        }
      },
      async onReply(note, text) {
        try {
          await addNote({
            scriptId: record.id,
            revisionId: revision.id,
            text,
            kind: 'note',
            tags: [],
            parentId: note.id,
          });
          return true;
        } catch (e) {
          wb.notify(`The reply was not saved: ${messageOf(e)}`, 'error');
          return false;
        }
      },
      onResolve(note, resolved) {
        updateNote(note.id, { resolved }).catch((e) => wb.notify(messageOf(e), 'error'));
      },
      async onEdit(note, text) {
        try {
          await updateNote(note.id, { text });
          return true;
        } catch (e) {
          wb.notify(`The change was not saved: ${messageOf(e)}`, 'error');
          return false;
        }
      },
      onDelete(note) {
        deleteNote(note.id)
          .then((ids) =>
            setUndo({
              ids,
              message: ids.length > 1 ? `Note and ${ids.length - 1} replies deleted.` : 'Note deleted.',
            }),
          )
          .catch((e) => wb.notify(messageOf(e), 'error'));
      },
    }),
    [revision, record.id, wb, platform],
  );

  const reattach = useCallback(
    (note: NoteRecord) => {
      const sel = wb.selection;
      if (!sel || sel.end <= sel.start) {
        wb.notify('Select the new text in the Script view first, then attach the note to it.', 'error');
        return;
      }
      try {
        const anchor = anchorAt(revision.script, sel.start, sel.end);
        updateNote(note.id, { anchor, revisionId: revision.id, placements: {} }).catch((e) =>
          wb.notify(messageOf(e), 'error'),
        );
      } catch (e) {
        wb.notify(messageOf(e), 'error');
      }
    },
    [wb, revision],
  );

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), 15_000);
    return () => clearTimeout(t);
  }, [undo]);

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
          wb.setActiveView('script');
          wb.requestReveal({ toCursor: true });
        }}
      />
      {canMark ? (
        <div className="notes-page-marks">
          <button
            type="button"
            className="button-secondary"
            aria-pressed={marking}
            onClick={() => {
              setMarking((m) => !m);
              setMarked(undefined);
            }}
          >
            Mark notes in the page
          </button>
          <span className="muted" role="status">
            {marking && marked !== undefined
              ? marked
                ? `${marked} ${marked === 1 ? 'note' : 'notes'} marked in the page.`
                : 'No note could be marked: is the tab still showing the page this script was read from?'
              : ''}
          </span>
        </div>
      ) : null}
      {undo ? (
        <div className="notification notification-info notes-undo" role="status">
          <span className="notification-message">{undo.message}</span>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              const ids = undo.ids;
              setUndo(null);
              restoreNotes(ids).catch((e) => wb.notify(messageOf(e), 'error'));
            }}
          >
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
          actions={actions}
          onReattach={reattach}
        />
      ) : (
        <p className="muted view-loading">Loading notes…</p>
      )}
    </div>
  );
}
