// A note as it reads in a thread, the same in the Notes view and in the Script view's margin: kind, speaker, time
// and resolved badge over the note's text.
import type { NoteRecord, RosterMember } from '../../../lib/db';
import { kindLabel, speakerLabel } from '../../../lib/notes/capture';
import { clockTime, formatTime } from '../../../lib/notes/export';
import type { MatchRanges } from '../../ui/Highlighted';
import { NoteText } from './NoteText';

/** A note's head line and its text, with search matches marked when `ranges` is given. */
export function NoteBody({
  note,
  roster,
  ranges,
}: {
  note: NoteRecord;
  roster: readonly RosterMember[];
  ranges?: MatchRanges;
}) {
  return (
    <>
      <div className="note-head">
        <span className={`kind-badge kind-${note.kind}`}>{kindLabel(note.kind)}</span>
        {note.speaker ? <span className="speaker">{speakerLabel(roster, note.speaker)}</span> : null}
        <time
          className="muted"
          dateTime={new Date(note.createdAt).toISOString()}
          title={formatTime(note.createdAt)}
        >
          {clockTime(note.createdAt)}
        </time>
        {note.resolved ? <span className="resolved-badge">Resolved</span> : null}
      </div>
      <p className="note-body">
        <NoteText text={note.text} ranges={ranges} />
      </p>
    </>
  );
}
