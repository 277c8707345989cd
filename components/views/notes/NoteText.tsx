// A note's or a line's text shown literally: search matches in <mark>, and invisible direction and format
// characters (a right-to-left override, zero-width joiners) shown as visible labels instead of acting on the text.
import { markedSegments, type MatchRanges } from '../../ui/Highlighted';
import { visibleText } from '../../ui/visibleText';

export { visibleText };

/** Note text with search matches marked; isolated from the text around it (a <bdi>). */
export function NoteText({ text, ranges }: { text: string; ranges?: MatchRanges }) {
  if (!ranges || ranges.length === 0) return <bdi className="note-text">{visibleText(text)}</bdi>;
  return (
    <bdi className="note-text">
      {markedSegments(text, ranges).map((seg) =>
        seg.marked ? (
          <mark key={`m${seg.start}`}>{visibleText(seg.text)}</mark>
        ) : (
          <span key={`t${seg.start}`}>{visibleText(seg.text)}</span>
        ),
      )}
    </bdi>
  );
}
