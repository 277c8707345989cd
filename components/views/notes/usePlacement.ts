// Placement writes for the Notes view: notes written on other revisions are placed in the shown one by the anchoring
// engine, once, and the result stored. Kept apart so one shared placement policy for notes and flags can replace it.
import { useEffect } from 'react';
import { db } from '../../../lib/db';
import type { NoteRecord, RevisionRecord } from '../../../lib/db';
import { placeNotes, placeOf } from '../../../lib/notes/placement';
import { messageOf } from './messages';
import { savePlacements } from './store';

/** Places `notes` still pending in `revision` (of script `scriptId`) and stores where they stand. */
export function usePlacement(
  notes: readonly NoteRecord[] | undefined,
  revision: RevisionRecord,
  scriptId: string,
  notify: (message: string, severity?: 'info' | 'error') => void,
): void {
  useEffect(() => {
    if (!notes || !notes.some((n) => n.deletedAt === undefined && placeOf(n, revision.id).kind === 'pending'))
      return;
    let live = true;
    void (async () => {
      const revisions = await db.revisions.where('scriptId').equals(scriptId).toArray();
      const placed = placeNotes(
        notes,
        new Map(revisions.map((r): [string, RevisionRecord] => [r.id, r])),
        revision,
      );
      if (live && placed.size) await savePlacements(placed);
    })().catch((e) => notify(`Could not place notes from earlier drafts: ${messageOf(e)}`, 'error'));
    return () => {
      live = false;
    };
  }, [notes, revision, scriptId, notify]);
}
