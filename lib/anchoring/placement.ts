// Where a note or a flag stands in a draft: the one answer for both (read from its anchor or its kept placement),
// and the one re-anchoring policy that works out the placements still missing. Notes and flags are placed alike,
// whoever asks: storing a new draft, opening an older one, the margin, the lists, the clearance report.

import type { Placement, StoredAnchor } from './types';
import type { Script } from '../script/model';
import { alignScripts, type Alignment } from './alignment';
import { reanchorOne } from './reanchor';
import { anchorAt, type Anchor } from './selectors';

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

/** What placing needs of a revision. */
export interface PlaceableRevision {
  id: string;
  seq: number;
  script: Script;
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

/** Where to re-anchor an item from: a revision and the anchor the item had there. */
interface Base {
  revision: PlaceableRevision;
  anchor: Anchor;
}

/** The item's place in `revision` as an anchor, or undefined when it was not placed there. */
function anchorIn(item: PlaceableItem, revision: PlaceableRevision): Anchor | undefined {
  const place = placeOf(item, revision.id);
  if (place.kind !== 'range') return undefined;
  if (item.revisionId === revision.id) return item.anchor;
  try {
    return anchorAt(revision.script, place.start, place.end);
  } catch {
    // A placement that no longer fits its revision's text (should not happen) is skipped, never fatal.
    return undefined;
  }
}

/**
 * The bases to try for an item, best first: the latest earlier revision where it was placed (so edits accumulate
 * draft after draft), then the revision it was written on with its original anchor (text cut in one draft may come
 * back in a later one; an item written on a later draft is placed back into an earlier one from there).
 */
function basesFor(
  item: PlaceableItem,
  earlierDesc: readonly PlaceableRevision[],
  byId: ReadonlyMap<string, PlaceableRevision>,
): Base[] {
  const out: Base[] = [];
  for (const r of earlierDesc) {
    const anchor = anchorIn(item, r);
    if (anchor) {
      out.push({ revision: r, anchor });
      break;
    }
    if (r.id === item.revisionId) break;
  }
  const own = byId.get(item.revisionId);
  if (own && item.anchor && !out.some((b) => b.revision.id === own.id))
    out.push({ revision: own, anchor: item.anchor });
  return out;
}

/**
 * The re-anchoring policy for notes and flags alike: places every anchored item in `target`, written on any other
 * revision of the same script (`revisions`, any order, `target` among them or not). Returns a placement for each
 * such item by id; items without an anchor and items written on `target` itself get none. Nothing is dropped: an
 * item that cannot be placed (its text is gone, or so is every revision it could be placed from) comes back
 * 'orphaned'. With `onlyMissing`, items that already have a placement in `target` are left out. One alignment per
 * base revision serves every item placed from it.
 */
export function placeItems(
  items: readonly PlaceableItem[],
  revisions: readonly PlaceableRevision[],
  target: PlaceableRevision,
  options: { onlyMissing?: boolean } = {},
): Map<string, Placement> {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const earlierDesc = revisions
    .filter((r) => r.seq < target.seq && r.id !== target.id)
    .sort((a, b) => b.seq - a.seq);
  const alignments = new Map<string, Alignment>();
  const alignFrom = (r: PlaceableRevision) => {
    let al = alignments.get(r.id);
    if (!al) {
      al = alignScripts(r.script, target.script);
      alignments.set(r.id, al);
    }
    return al;
  };
  const out = new Map<string, Placement>();
  for (const item of items) {
    if (!item.anchor || item.revisionId === target.id) continue;
    if (options.onlyMissing && item.placements[target.id]) continue;
    let placement: Placement = { revisionId: target.id, status: 'orphaned' };
    for (const base of basesFor(item, earlierDesc, byId)) {
      const placed = reanchorOne(alignFrom(base.revision), base.anchor);
      if (placed.status !== 'orphaned') {
        placement = { revisionId: target.id, ...placed };
        break;
      }
    }
    out.set(item.id, placement);
  }
  return out;
}
