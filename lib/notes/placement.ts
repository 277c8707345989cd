// Where each note stands in the revision on screen: on its own revision its anchor is exact; on a later draft the
// anchoring engine places it (exact, moved, fuzzy) or reports it orphaned, and the placement is kept on the note.

import { alignScripts, reanchorOne } from '../anchoring';
import type { NoteRecord } from './types';
import type { Placement } from '../anchoring/types';
import type { RevisionRecord } from '../script/records';

/** A note's place in the shown revision: a range, the whole script, orphaned, or not worked out yet. */
export type NotePlace =
  | { kind: 'range'; start: number; end: number; status: Placement['status'] }
  | { kind: 'script' }
  | { kind: 'orphaned' }
  | { kind: 'pending' };

/** The note's place in revision `revisionId`, from its anchor or its stored placement. */
export function placeOf(note: NoteRecord, revisionId: string): NotePlace {
  if (!note.anchor) return { kind: 'script' };
  if (note.revisionId === revisionId)
    return { kind: 'range', start: note.anchor.start, end: note.anchor.end, status: 'exact' };
  const p = note.placements[revisionId];
  if (!p) return { kind: 'pending' };
  if (p.status === 'orphaned' || p.start === undefined || p.end === undefined) return { kind: 'orphaned' };
  return { kind: 'range', start: p.start, end: p.end, status: p.status };
}

/**
 * Places anchored notes written on other revisions in `current`, one alignment per older revision. Returns the new
 * placements by note id; notes already placed, or whose revision is gone, are left out (a gone revision's notes
 * are orphaned: their text is kept).
 */
export function placeNotes(
  notes: readonly NoteRecord[],
  revisions: ReadonlyMap<string, RevisionRecord>,
  current: RevisionRecord,
): Map<string, Placement> {
  const byRevision = new Map<string, NoteRecord[]>();
  for (const n of notes) {
    if (!n.anchor || n.revisionId === current.id || n.placements[current.id]) continue;
    const list = byRevision.get(n.revisionId) ?? [];
    list.push(n);
    byRevision.set(n.revisionId, list);
  }
  const out = new Map<string, Placement>();
  for (const [revisionId, list] of byRevision) {
    const older = revisions.get(revisionId);
    if (!older) {
      for (const n of list) out.set(n.id, { revisionId: current.id, status: 'orphaned' });
      continue;
    }
    const alignment = alignScripts(older.script, current.script);
    for (const n of list) {
      // Checked above: only anchored notes are in the list.
      const placed = reanchorOne(alignment, n.anchor!);
      out.set(n.id, { revisionId: current.id, ...placed });
    }
  }
  return out;
}
