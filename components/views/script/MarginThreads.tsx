// Room notes in the Script view's margin, as comment threads: a marker beside each line that notes (or open
// fact-check flags) are on, and under the line the expanded thread with its replies, resolve/reopen and a reply box.
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { RosterMember } from '../../../lib/db';
import { kindLabel } from '../../../lib/notes/capture';
import type { NoteThread } from '../../../lib/notes/group';
import { Codicon } from '../../ui/Codicon';
import { IconButton } from '../../ui/IconButton';
import { NoteBody } from '../notes/NoteBody';
import { addNote, updateNote } from '../../../lib/db';
import { flagMarkerLabel, noteMarkerLabel, type LineMarks } from './margin-data';
import '../notes/notes.css';
import './margin.css';
import { errorSentence } from '../../../lib/error-sentence';

/** The markers in the right margin of one line: notes (a button that opens the thread) and open flags (read only). */
export function MarginMarkers({
  id,
  marks,
  expanded,
  shortcut,
  style,
  onToggle,
}: {
  /** Id of the marker's label, which the line refers to as its description. */
  id: string;
  marks: LineMarks;
  expanded: boolean;
  /** The Show Thread keybinding as shown to the user. */
  shortcut: string;
  style: CSSProperties;
  onToggle(): void;
}) {
  const { threads, openFlags } = marks;
  const allResolved = threads.length > 0 && threads.every((t) => t.note.resolved);
  const discussion = threads.length > 1 || threads.some((t) => t.replies.length > 0);
  const noteLabel = threads.length ? noteMarkerLabel(threads) : '';
  return (
    <div className="margin-markers" style={style}>
      <span id={id} hidden>
        {[noteLabel.replace(/: open thread$/, ''), openFlags.length ? flagMarkerLabel(openFlags) : '']
          .filter(Boolean)
          .join('; ')}
      </span>
      {openFlags.length ? (
        <span
          className="margin-flag"
          role="img"
          aria-label={flagMarkerLabel(openFlags)}
          title={flagMarkerLabel(openFlags)}
        >
          <Codicon name="report" />
          {openFlags.length > 1 ? <span className="margin-count">{openFlags.length}</span> : null}
        </span>
      ) : null}
      {threads.length ? (
        <button
          type="button"
          // The keyboard reaches threads through the line cursor and the shortcut; the line list keeps one tab stop.
          tabIndex={-1}
          className={`margin-note${allResolved ? ' margin-note-resolved' : ''}`}
          aria-label={noteLabel}
          aria-expanded={expanded}
          title={`${noteLabel} (${shortcut})`}
          // The line list would otherwise take the press as the start of a line selection.
          onMouseDown={(e) => e.stopPropagation()}
          onClick={onToggle}
        >
          <Codicon name={allResolved ? 'pass' : discussion ? 'comment-discussion' : 'comment'} />
          <span className="margin-count">{threads.length}</span>
        </button>
      ) : null}
    </div>
  );
}

function MarginThread({
  thread,
  revisionId,
  roster,
  onError,
  focusReply,
}: {
  thread: NoteThread;
  revisionId: string;
  roster: readonly RosterMember[];
  onError(message: string): void;
  focusReply: boolean;
}) {
  const { note, replies } = thread;
  const [open, setOpen] = useState(!note.resolved);
  const [reply, setReply] = useState('');
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const first = note.text.split('\n')[0].slice(0, 60);
  const name = `${kindLabel(note.kind)}: ${first}`;

  useEffect(() => {
    if (focusReply) box.current?.focus();
  }, [focusReply]);

  async function send() {
    const text = reply.trim();
    if (!text || saving) return;
    setSaving(true);
    try {
      await addNote({
        scriptId: note.scriptId,
        revisionId,
        text,
        kind: 'note',
        tags: [],
        parentId: note.id,
      });
      setReply('');
    } catch (e) {
      onError(`The reply was not saved: ${errorSentence(e)} Your text is still in the box.`);
    } finally {
      setSaving(false);
    }
  }

  function onReplyKey(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void send();
    }
  }

  function setResolved(resolved: boolean) {
    updateNote(note.id, { resolved }).catch((e) => onError(errorSentence(e)));
    if (resolved) setOpen(false);
  }

  if (!open) {
    return (
      <div className="margin-thread-collapsed">
        <button type="button" className="link-button" aria-expanded={false} onClick={() => setOpen(true)}>
          <Codicon name="pass" /> Resolved: {kindLabel(note.kind)}: <bdi>{first}</bdi>
          {replies.length ? ` (${replies.length} ${replies.length === 1 ? 'reply' : 'replies'})` : ''}
        </button>
      </div>
    );
  }
  return (
    <article className={`note margin-note-thread${note.resolved ? ' note-resolved' : ''}`} aria-label={name}>
      <NoteBody note={note} roster={roster} />
      {replies.length ? (
        <ul className="replies" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id} className="margin-reply">
              <NoteBody note={r} roster={roster} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="note-actions" role="toolbar" aria-label="Thread actions">
        <IconButton
          icon={note.resolved ? 'issue-reopened' : 'check'}
          label={note.resolved ? 'Reopen' : 'Resolve'}
          onClick={() => setResolved(!note.resolved)}
        />
        {note.resolved ? (
          <button type="button" className="link-button" aria-expanded={true} onClick={() => setOpen(false)}>
            Collapse
          </button>
        ) : null}
      </div>
      <div className="margin-reply-box">
        <textarea
          ref={box}
          className="capture-input"
          rows={1}
          aria-label={`Reply to ${name}`}
          placeholder="Reply… (Enter sends)"
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          onKeyDown={onReplyKey}
        />
        <button
          type="button"
          className="button-secondary"
          disabled={!reply.trim() || saving}
          onClick={() => void send()}
        >
          Reply
        </button>
      </div>
    </article>
  );
}

/** The expanded threads of one line, under it. Escape or the close button closes them. */
export function MarginThreads({
  threads,
  revisionId,
  roster,
  focusReply,
  onClose,
  onError,
}: {
  threads: readonly NoteThread[];
  /** The revision shown: replies are written on it. */
  revisionId: string;
  roster: readonly RosterMember[];
  /** Put the cursor in the first open thread's reply box (the thread was opened from the keyboard). */
  focusReply: boolean;
  onClose(): void;
  onError(message: string): void;
}) {
  const firstOpen = threads.findIndex((t) => !t.note.resolved);
  return (
    <section
      className="margin-threads"
      aria-label={noteMarkerLabel(threads).replace(/: open thread$/, '')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="margin-threads-head">
        <IconButton icon="close" label="Close thread" keybinding="Escape" onClick={onClose} />
      </div>
      {threads.map((t, i) => (
        <MarginThread
          key={t.note.id}
          thread={t}
          revisionId={revisionId}
          roster={roster}
          onError={onError}
          focusReply={focusReply && i === firstOpen}
        />
      ))}
    </section>
  );
}
