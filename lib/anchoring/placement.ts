// The one re-anchoring policy for notes and flags alike: works out where each item stands in a draft it has no
// placement in yet (a new draft stored, an older one opened, an item restored or synced). Reading where an item
// stands is place-of.ts, kept apart so the views that only read placements do not load the alignment engine.

import type { Placement } from './types';
import type { Script } from '../script/model';
import { alignScripts, type Alignment } from './alignment';
import { placeOf, type PlaceableItem } from './place-of';
import { reanchorOne } from './reanchor';
import { anchorAt, type Anchor } from './selectors';

/** What placing needs of a revision. */
export interface PlaceableRevision {
  id: string;
  seq: number;
  script: Script;
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
