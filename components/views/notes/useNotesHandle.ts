// The Notes view's handle (lib/commands/views.ts): what commands and the page's context menu ask of the view — focus
// the capture or search box, start or stop a session, a note on page text, the minutes and the CSV export.
import { useEffect, useRef, type RefObject } from 'react';
import type { NoteRecord, RoomSessionRecord, RosterMember } from '../../../lib/db';
import { minutesMarkdown, notesCsv } from '../../../lib/notes/export';
import type { NoteExportRow } from '../../../lib/notes/export';
import { releaseTypedKeys } from '../../ui/typeahead';
import type { OpenScript } from '../../workbench/openScript';
import { useViewHandle } from '../../workbench/views';
import type { CaptureBoxHandle } from './CaptureBox';
import { attendeeNames, download, fileNameOf } from './exports';
import { messageOf } from './messages';
import type { NotesListHandle } from './NotesList';
import type { SessionBarHandle } from './SessionBar';

/** What the handle works with: the view's parts and the notes it shows. */
export interface NotesHandleParts {
  open: OpenScript;
  notes: readonly NoteRecord[] | undefined;
  sessions: readonly RoomSessionRecord[] | undefined;
  running: RoomSessionRecord | undefined;
  roster: readonly RosterMember[];
  capture: RefObject<CaptureBoxHandle | null>;
  list: RefObject<NotesListHandle | null>;
  sessionBar: RefObject<SessionBarHandle | null>;
  /** The export rows of `subset` in the shown revision. */
  rowsFor(subset: readonly NoteRecord[]): NoteExportRow[];
  /** Anchors the next note to text selected in the page. */
  setPageQuote(quote: string): void;
  notify(message: string, severity?: 'info' | 'error'): void;
}

/** Offers the Notes view's handle while the view is mounted. */
export function useNotesHandle(parts: NotesHandleParts): void {
  const { open, notes, sessions, running, roster, capture, list, sessionBar, rowsFor, notify } = parts;
  const { record, revision } = open;

  // The list shows once the notes have loaded: a search asked for before then waits for it.
  const searchWanted = useRef(false);
  const listShown = !!notes && !!sessions;
  useEffect(() => {
    if (!listShown || !searchWanted.current) return;
    searchWanted.current = false;
    list.current?.focusSearch(releaseTypedKeys());
  }, [listShown, list]);

  /** The session minutes are made from: the running one, else the latest; a sentence when there is none. */
  function minutesSession(): RoomSessionRecord | undefined {
    const s = running ?? sessions?.[0];
    if (!s) notify('Start a room session first: minutes are made from a session’s notes.', 'error');
    return s;
  }

  useViewHandle('notes', {
    focusCapture: () => capture.current?.focus(releaseTypedKeys()),
    focusSearch() {
      if (list.current) list.current.focusSearch(releaseTypedKeys());
      else searchWanted.current = true;
    },
    toggleSession: () => sessionBar.current?.toggle(),
    noteOnQuote(quote) {
      parts.setPageQuote(quote);
      capture.current?.focus();
    },
    exportCsv() {
      try {
        download(
          notesCsv(rowsFor(notes ?? [])),
          fileNameOf(`${record.title} notes`, 'csv'),
          'text/csv;charset=utf-8',
        );
      } catch (e) {
        notify(messageOf(e), 'error');
      }
    },
    printMinutes() {
      const s = minutesSession();
      if (s) window.open(`minutes.html?session=${encodeURIComponent(s.id)}`, '_blank', 'noopener');
    },
    async exportMinutes() {
      const s = minutesSession();
      if (!s) return;
      try {
        const md = minutesMarkdown(
          { ...s, attendees: attendeeNames(s.attendees, roster) },
          record.title,
          `${revision.color} ${revision.date}`,
          rowsFor((notes ?? []).filter((n) => n.sessionId === s.id)),
        );
        download(md, fileNameOf(`${s.title} minutes ${s.date}`, 'md'), 'text/markdown;charset=utf-8');
        try {
          await navigator.clipboard.writeText(md);
          notify('Minutes copied to the clipboard and saved as a Markdown file.');
        } catch {
          notify('Minutes saved as a Markdown file (the clipboard was not available).');
        }
      } catch (e) {
        notify(messageOf(e), 'error');
      }
    },
  });
}
