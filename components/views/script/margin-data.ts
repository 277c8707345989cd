// Which lines of the shown revision carry room notes and fact-check flags, for the Script view's margin: each note
// thread and open flag sits on the line where its placement in this revision starts (notes not placed yet wait).
import { allFlagsOf, scriptNotes } from '../../../lib/db';
import type { FlagRecord, NoteRecord } from '../../../lib/db';
import { placeOf } from '../../../lib/anchoring/place-of';
import { threadsOf, type NoteThread } from '../../../lib/notes/group';
import type { Page } from '../../../lib/script/model';
import { useLive } from '../../platform/live';
import { isOpen } from '../../../lib/factcheck/open';

/** What the margin shows beside one line. */
export interface LineMarks {
  /** Note threads starting on the line, oldest first. */
  threads: NoteThread[];
  /** Flags still open or being researched starting on the line. */
  openFlags: FlagRecord[];
}

/** The lines that show script text, in reading order, as parallel arrays (binary-searchable by offset). */
export interface TextLines {
  starts: number[];
  ends: number[];
  /** Each line's ordinal: its position among all lines in reading order, as the Script view counts them. */
  ordinals: number[];
}

/** The text lines of laid-out pages, with the ordinals the Script view gives them. */
export function textLinesOf(pages: readonly Page[]): TextLines {
  const out: TextLines = { starts: [], ends: [], ordinals: [] };
  let ordinal = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      if (line.start !== undefined && line.end !== undefined) {
        out.starts.push(line.start);
        out.ends.push(line.end);
        out.ordinals.push(ordinal);
      }
      ordinal++;
    }
  }
  return out;
}

/**
 * Ordinal of the line holding `offset`; an offset between lines (on the blank line between elements) belongs to
 * the next line with text, as a note on an element does. -1 when there are no text lines.
 */
export function lineOfOffset(lines: TextLines, offset: number): number {
  const n = lines.starts.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (offset >= lines.ends[found] && offset > lines.starts[found] && found + 1 < n) found++;
  return lines.ordinals[found];
}

/**
 * The margin's marks by line ordinal. Deleted notes and flags, notes on the whole script, orphaned notes and notes
 * not yet placed in this revision have no line, so no mark; replies travel with their thread.
 */
export function marginMarks(
  notes: readonly NoteRecord[],
  flags: readonly FlagRecord[],
  revisionId: string,
  lines: TextLines,
): Map<number, LineMarks> {
  const marks = new Map<number, LineMarks>();
  const at = (ordinal: number) => {
    let m = marks.get(ordinal);
    if (!m) marks.set(ordinal, (m = { threads: [], openFlags: [] }));
    return m;
  };
  for (const thread of threadsOf(notes, revisionId)) {
    if (thread.place.kind !== 'range') continue;
    const o = lineOfOffset(lines, thread.place.start);
    if (o >= 0) at(o).threads.push(thread);
  }
  for (const flag of flags) {
    if (flag.deletedAt !== undefined || !isOpen(flag.status)) continue;
    const place = placeOf(flag, revisionId);
    if (place.kind !== 'range') continue;
    const o = lineOfOffset(lines, place.start);
    if (o >= 0) at(o).openFlags.push(flag);
  }
  return marks;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The note marker's accessible name: "2 notes on this line: open thread" (resolved ones said as such). */
export function noteMarkerLabel(threads: readonly NoteThread[]): string {
  const resolved = threads.filter((t) => t.note.resolved).length;
  const n = threads.length;
  if (resolved === n) return `${plural(n, 'resolved note', 'resolved notes')} on this line: open thread`;
  const extra = resolved ? ` (${resolved} resolved)` : '';
  return `${plural(n, 'note', 'notes')} on this line${extra}: open thread`;
}

/** The flag marker's accessible name: "1 open flag". */
export function flagMarkerLabel(flags: readonly FlagRecord[]): string {
  return plural(flags.length, 'open flag', 'open flags');
}

/** A script's notes and flags, read live through the scriptId index (undefined while loading). */
export function useMarginRecords(
  scriptId: string | undefined,
): { notes: NoteRecord[]; flags: FlagRecord[] } | undefined {
  return useLive(async () => {
    if (!scriptId) return { notes: [], flags: [] };
    const [notes, flags] = await Promise.all([scriptNotes(scriptId), allFlagsOf(scriptId)]);
    return { notes, flags };
  }, [scriptId]);
}
