// One note as a comment thread: kind, speaker, time, the line it is on, its replies, and its actions (go to line,
// reply, resolve or reopen, edit, delete). Memoised: adding a note to a long list redraws only that note.
import { memo, useState, type KeyboardEvent } from 'react';
import type { NoteRecord, RosterMember } from '../../../lib/db';
import { kindLabel } from '../../../lib/notes/capture';
import type { NoteThread as Thread } from '../../../lib/notes/group';
import type { MatchRanges } from '../../ui/Highlighted';
import { IconButton } from '../../ui/IconButton';
import { NoteBody } from './NoteBody';
import { NoteText } from './NoteText';

export interface ThreadActions {
  onGoTo(note: NoteRecord): void;
  onReply(note: NoteRecord, text: string): Promise<boolean>;
  onResolve(note: NoteRecord, resolved: boolean): void;
  onEdit(note: NoteRecord, text: string): Promise<boolean>;
  onDelete(note: NoteRecord): void;
  /** Orphans only: attach the note to the current selection. */
  onReattach?(note: NoteRecord): void;
}

function InlineEditor({
  label,
  initial,
  onDone,
}: {
  label: string;
  initial: string;
  onDone(text?: string): void;
}) {
  const [value, setValue] = useState(initial);
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (value.trim()) onDone(value.trim());
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onDone(undefined);
    }
  }
  return (
    <textarea
      className="capture-input"
      aria-label={label}
      rows={2}
      // Opened by the user's own click on Edit or Reply: moving focus into it is what they asked for.
      autoFocus
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

/** A note with its replies and actions. `quote` is the script text it is on (or its old text, for orphans). */
export const NoteThreadView = memo(function NoteThreadView({
  thread,
  roster,
  quote,
  ranges,
  actions,
}: {
  thread: Thread;
  roster: RosterMember[];
  quote?: string;
  ranges?: MatchRanges;
  actions: ThreadActions;
}) {
  const { note, replies } = thread;
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const [expanded, setExpanded] = useState(false);
  const first = note.text.split('\n')[0].slice(0, 80);
  return (
    <article
      className={`note${note.resolved ? ' note-resolved' : ''}`}
      aria-label={`${kindLabel(note.kind)}: ${first}`}
    >
      {quote ? (
        <blockquote className="note-quote" title="The script text this note is on">
          <NoteText text={quote.length > 160 ? `${quote.slice(0, 160)}…` : quote} />
        </blockquote>
      ) : null}
      {mode === 'edit' ? (
        <InlineEditor
          label="Edit note"
          initial={note.text}
          onDone={(text) => {
            if (text === undefined) setMode('view');
            else void actions.onEdit(note, text).then((ok) => ok && setMode('view'));
          }}
        />
      ) : (
        <NoteBody note={note} roster={roster} ranges={ranges} />
      )}
      <div className="note-actions" role="toolbar" aria-label="Note actions">
        {actions.onReattach ? (
          <IconButton
            icon="link"
            label="Attach to the selected text"
            onClick={() => actions.onReattach!(note)}
          />
        ) : (
          <IconButton icon="go-to-file" label="Go to line" onClick={() => actions.onGoTo(note)} />
        )}
        <IconButton icon="reply" label="Reply" onClick={() => setMode('reply')} />
        <IconButton
          icon={note.resolved ? 'issue-reopened' : 'check'}
          label={note.resolved ? 'Reopen' : 'Resolve'}
          onClick={() => actions.onResolve(note, !note.resolved)}
        />
        <IconButton icon="edit" label="Edit" onClick={() => setMode('edit')} />
        <IconButton icon="trash" label="Delete" onClick={() => actions.onDelete(note)} />
        {replies.length > 0 ? (
          <button
            type="button"
            className="link-button"
            aria-expanded={expanded}
            onClick={() => setExpanded((x) => !x)}
          >
            {replies.length} {replies.length === 1 ? 'reply' : 'replies'}
          </button>
        ) : null}
      </div>
      {expanded || mode === 'reply' ? (
        <ul className="replies" aria-label="Replies">
          {expanded
            ? replies.map((r) => (
                <li key={r.id} className="reply">
                  <NoteBody note={r} roster={roster} />
                  <IconButton icon="trash" label="Delete reply" onClick={() => actions.onDelete(r)} />
                </li>
              ))
            : null}
          {mode === 'reply' ? (
            <li>
              <InlineEditor
                label="Reply"
                initial=""
                onDone={(text) => {
                  if (text === undefined) setMode('view');
                  else
                    void actions.onReply(note, text).then((ok) => {
                      if (!ok) return;
                      setMode('view');
                      setExpanded(true);
                    });
                }}
              />
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
});
