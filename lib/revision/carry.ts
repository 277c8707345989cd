// Carry-forward rules: where every note and flag stands in a newly stored revision. Each item is re-anchored from the
// latest earlier revision where it was still placed (its placement there becomes the anchor), so edits accumulate.

import { alignScripts, anchorAt, reanchorOne, type Alignment, type Anchor } from '../anchoring';
import type { Placement, StoredAnchor } from '../anchoring/types';
import type { Script } from '../script/model';

/** What carry-forward needs of a note or a flag. */
export interface CarryItem {
  id: string;
  /** The revision the item was written on. */
  revisionId: string;
  /** Absent: the item is about the script as a whole and needs no placement. */
  anchor?: StoredAnchor;
  placements: Record<string, Placement>;
}

/** What carry-forward needs of a revision. */
export interface CarryRevision {
  id: string;
  seq: number;
  script: Script;
}

/** Where to re-anchor an item from: a revision and the anchor the item had there. */
interface Base {
  revision: CarryRevision;
  anchor: Anchor;
}

/** The item's place in `revision` as an anchor, or undefined when it was not placed there. */
function anchorIn(item: CarryItem, revision: CarryRevision): Anchor | undefined {
  if (!item.anchor) return undefined;
  if (item.revisionId === revision.id) return item.anchor;
  const p = item.placements[revision.id];
  if (!p || p.status === 'orphaned' || p.start === undefined || p.end === undefined) return undefined;
  try {
    return anchorAt(revision.script, p.start, p.end);
  } catch {
    // A placement that no longer fits its revision's text (should not happen) is skipped, never fatal.
    return undefined;
  }
}

/**
 * The bases to try for an item, best first: the latest earlier revision where it was placed, then the revision it
 * was written on with its original anchor (text cut in one draft may come back in a later one).
 */
function basesFor(
  item: CarryItem,
  earlierDesc: readonly CarryRevision[],
  byId: ReadonlyMap<string, CarryRevision>,
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
 * Places every anchored item in `target`, written on any other revision of the same script (`revisions`, any order,
 * `target` among them or not). Returns a placement for each such item by id; items without an anchor and items
 * written on `target` itself get none. Nothing is dropped: an item that cannot be placed comes back 'orphaned'.
 * With `onlyMissing`, items that already have a placement in `target` are left out.
 */
export function carryForward(
  items: readonly CarryItem[],
  revisions: readonly CarryRevision[],
  target: CarryRevision,
  options: { onlyMissing?: boolean } = {},
): Map<string, Placement> {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const earlierDesc = revisions
    .filter((r) => r.seq < target.seq && r.id !== target.id)
    .sort((a, b) => b.seq - a.seq);
  const alignments = new Map<string, Alignment>();
  const alignFrom = (r: CarryRevision) => {
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

/** An item as the Revisions view lists it for a revision: what it is, and its text where it was written. */
export interface CarriedEntry {
  kind: 'note' | 'flag';
  id: string;
  /** The note's text, or the flag's item and question. */
  label: string;
  /** The text the item was attached to when written (an orphan's old text). */
  oldText: string;
  placement: Placement;
}

/** Splits a revision's carried items: worth a glance (moved or placed approximately), orphaned, and how many sit exactly. */
export function carriedSummary(entries: readonly CarriedEntry[]): {
  glance: CarriedEntry[];
  orphans: CarriedEntry[];
  exact: number;
} {
  const glance = entries.filter((e) => e.placement.status === 'moved' || e.placement.status === 'fuzzy');
  const orphans = entries.filter((e) => e.placement.status === 'orphaned');
  return { glance, orphans, exact: entries.length - glance.length - orphans.length };
}
