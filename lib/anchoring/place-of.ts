// Where a note or a flag stands in a draft: the one answer for both, read from its anchor on its own draft or from
// its kept placement on any other (the notes list, the Fact-check rows, the margin, the clearance report all ask
// here). Working out a missing placement is placement.ts; this file loads no alignment code.

import type { Placement, StoredAnchor } from './types';

/** What placing needs of a note or a flag. */
export interface PlaceableItem {
  id: string;
  /** The revision the item was written on. */
  revisionId: string;
  /** Absent: the item is about the script as a whole and needs no placement. */
  anchor?: StoredAnchor;
  /** Its placement in each other revision, by revision id. */
  placements: Record<string, Placement>;
}

/** An item's place in one revision: a range, the whole script, orphaned, or not worked out yet. */
export type ItemPlace =
  | { kind: 'range'; start: number; end: number; status: Placement['status'] }
  | { kind: 'script' }
  | { kind: 'orphaned' }
  | { kind: 'pending' };

/** The item's place in revision `revisionId`: its anchor on its own revision, else its kept placement there. */
export function placeOf(item: PlaceableItem, revisionId: string): ItemPlace {
  if (!item.anchor) return { kind: 'script' };
  if (item.revisionId === revisionId)
    return { kind: 'range', start: item.anchor.start, end: item.anchor.end, status: 'exact' };
  const p = item.placements[revisionId];
  if (!p) return { kind: 'pending' };
  if (p.status === 'orphaned' || p.start === undefined || p.end === undefined) return { kind: 'orphaned' };
  return { kind: 'range', start: p.start, end: p.end, status: p.status };
}

/** True when the item is anchored and has no placement in `revisionId` yet (placeItems would place it). */
export function needsPlacement(item: PlaceableItem, revisionId: string): boolean {
  return placeOf(item, revisionId).kind === 'pending';
}
