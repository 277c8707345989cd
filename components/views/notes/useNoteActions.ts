// What the Notes view does to notes: save a captured note, reply, resolve, edit, delete with Undo, re-attach to the
// selection, and go to a note's line. Every failure ends as a notice; a note's text is never lost on a failed save.
import { useEffect, useMemo, useState } from 'react';
import { anchorAt } from '../../../lib/anchoring';
import type { NoteRecord } from '../../../lib/db';
import { placeOf } from '../../../lib/anchoring/place-of';
import type { OpenScript } from '../../workbench/openScript';
import { usePlatform } from '../../workbench/platform';
import { useWorkbench } from '../../workbench/state';
import { useViews } from '../../workbench/views';
import type { AttachTarget } from './attach';
import type { CapturedNote } from './CaptureBox';
import { errorSentence } from '../../../lib/error-sentence';
import type { ThreadActions } from './NoteThread';
import { addNote, deleteNote, restoreNotes, updateNote } from './store';

/** How long "Note deleted. Undo" stays offered. */
const UNDO_MS = 15_000;

/** A delete the user can still undo. */
export interface UndoOffer {
  ids: string[];
  message: string;
}

/** The note actions of the Notes view for the open script, attaching new notes to `target`. */
export function useNoteActions(open: OpenScript, target: AttachTarget) {
  const wb = useWorkbench();
  const views = useViews();
  const platform = usePlatform();
  const { record, revision } = open;
  const [undo, setUndo] = useState<UndoOffer | null>(null);

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [undo]);

  /** Stores a captured note; false (with a notice) when it could not be, so the box keeps the text. */
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
      wb.notify(`The note was not saved: ${errorSentence(e)} Your text is still in the box.`, 'error');
      return false;
    }
  }

  const thread = useMemo<ThreadActions>(
    () => ({
      onGoTo(note) {
        const p = placeOf(note, revision.id);
        if (p.kind !== 'range') return;
        views.run('script', (view) => view.reveal({ offset: p.start }));
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
          wb.notify(`The reply was not saved: ${errorSentence(e)}`, 'error');
          return false;
        }
      },
      onResolve(note, resolved) {
        updateNote(note.id, { resolved }).catch((e) => wb.notify(errorSentence(e), 'error'));
      },
      async onEdit(note, text) {
        try {
          await updateNote(note.id, { text });
          return true;
        } catch (e) {
          wb.notify(`The change was not saved: ${errorSentence(e)}`, 'error');
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
          .catch((e) => wb.notify(errorSentence(e), 'error'));
      },
    }),
    [revision, record.id, wb, platform, views],
  );

  /** Attaches `note` to the text selected in the Script view. */
  function reattach(note: NoteRecord) {
    const sel = wb.getSelection();
    if (!sel || sel.end <= sel.start) {
      wb.notify('Select the new text in the Script view first, then attach the note to it.', 'error');
      return;
    }
    try {
      const anchor = anchorAt(revision.script, sel.start, sel.end);
      updateNote(note.id, { anchor, revisionId: revision.id, placements: {} }).catch((e) =>
        wb.notify(errorSentence(e), 'error'),
      );
    } catch (e) {
      wb.notify(errorSentence(e), 'error');
    }
  }

  /** Brings back the notes of the last delete. */
  function undoDelete() {
    if (!undo) return;
    const ids = undo.ids;
    setUndo(null);
    restoreNotes(ids).catch((e) => wb.notify(errorSentence(e), 'error'));
  }

  return { save, thread, reattach, undo, undoDelete };
}
