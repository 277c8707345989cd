// Carrying notes and flags forward: when a revision is stored, and when a revision is shown with items not placed
// in it yet (an older draft opened, a restored or synced item), every anchored item is placed there by the one
// policy for notes and flags (lib/anchoring/placement) and its Placement kept on the record; nothing is dropped.
// Also the user's answers to the result: "looks right", re-attach an orphan to a selection, dismiss an orphan.

import { anchorAt } from '../anchoring';
import { placeItems } from '../anchoring/placement';
import { carriedSummary, type CarriedEntry } from '../revision/carry';
import { db } from './database';
import { StorageError, toStorageError } from './errors';
import { now } from './ids';
import { unplacedCount } from './placements';
import { settings } from './settings';
import type { FlagRecord, NoteRecord, Placement, RevisionRecord } from './schema';

/** How many items a carry-forward placed, by status. */
export interface CarryResult {
  exact: number;
  moved: number;
  fuzzy: number;
  orphaned: number;
}

/** How carryForwardInto writes what it placed. */
export interface CarryOptions {
  /**
   * Bump the items' `updatedAt` (default true: a new draft's carry-forward is an edit that travels). Placing items in
   * a draft that is merely shown passes false: the placement is derived, can be worked out again anywhere, and must
   * not make the record look newer than another assistant's real edit in a merge.
   */
  touch?: boolean;
}

/**
 * Re-anchors the script's notes and flags into `revision`. Must run inside a rw transaction over revisions, notes and
 * flags (storeRevision calls it in its own); items already placed there are left as they are.
 */
export async function carryForwardInto(
  revision: RevisionRecord,
  options: CarryOptions = {},
): Promise<CarryResult> {
  const touch = options.touch ?? true;
  const started = performance.now();
  const [order, notes, flags] = await Promise.all([
    // Ids in seq order without loading the records: a revision holds a whole script and its pages.
    db.revisions
      .where('[scriptId+seq]')
      .between([revision.scriptId, -Infinity], [revision.scriptId, Infinity])
      .primaryKeys(),
    db.notes.where('scriptId').equals(revision.scriptId).toArray(),
    db.flags.where('scriptId').equals(revision.scriptId).toArray(),
  ]);
  const live = (
    await db.revisions.bulkGet(baseRevisionIds([...notes, ...flags], order as string[], revision.id))
  ).filter((r): r is RevisionRecord => r !== undefined && r.deletedAt === undefined);
  live.push(revision);
  const result: CarryResult = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const t = now();
  const loaded = performance.now();
  const openNotes = notes.filter((i) => i.deletedAt === undefined);
  const openFlags = flags.filter((i) => i.deletedAt === undefined);
  // Notes and flags in one pass: one alignment per base revision for both.
  const placed = placeItems([...openNotes, ...openFlags], live, revision, { onlyMissing: true });
  const computed = performance.now();
  const withPlacement = <T extends NoteRecord | FlagRecord>(items: T[]): T[] =>
    items
      .filter((i) => placed.has(i.id))
      .map((i) => {
        const p = placed.get(i.id) as Placement;
        result[p.status]++;
        return {
          ...i,
          placements: { ...i.placements, [revision.id]: p },
          ...(touch ? { updatedAt: t } : {}),
        };
      });
  const changedNotes = withPlacement(openNotes);
  const changedFlags = withPlacement(openFlags);
  if (changedNotes.length) await db.notes.bulkPut(changedNotes);
  if (changedFlags.length) await db.flags.bulkPut(changedFlags);
  // User Timing entries (read by the end-to-end figures): re-anchoring alone, and reading + re-anchoring + writing.
  performance.measure('scriptside:carry-forward-compute', { start: loaded, end: computed });
  performance.measure('scriptside:carry-forward', { start: started, end: performance.now() });
  return result;
}

/**
 * The revisions carry-forward may re-anchor from: for each item, the latest revision before `targetId` where it was
 * placed, and the revision it was written on. Only these are read (usually just the previous one).
 */
function baseRevisionIds(
  items: readonly (NoteRecord | FlagRecord)[],
  order: readonly string[],
  targetId: string,
): string[] {
  const rank = new Map(order.map((id, k) => [id, k]));
  const limit = rank.get(targetId) ?? order.length;
  const need = new Set<string>();
  for (const item of items) {
    if (
      item.deletedAt !== undefined ||
      !item.anchor ||
      item.revisionId === targetId ||
      item.placements[targetId]
    )
      continue;
    let best = -1;
    for (const [id, p] of Object.entries(item.placements)) {
      const k = rank.get(id) ?? -1;
      if (k < limit && k > best && p.status !== 'orphaned') best = k;
    }
    const own = rank.get(item.revisionId) ?? -1;
    if (best >= 0 && best > own) need.add(order[best]);
    need.add(item.revisionId);
  }
  need.delete(targetId);
  return [...need];
}

/** Re-anchors the script's notes and flags into a stored revision, in its own transaction. */
export async function carryForwardToRevision(
  revisionId: string,
  options: CarryOptions = {},
): Promise<CarryResult> {
  try {
    return await db.transaction('rw', db.revisions, db.notes, db.flags, async () => {
      const revision = await db.revisions.get(revisionId);
      if (!revision) throw new StorageError('not_found');
      return carryForwardInto(revision, options);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/**
 * Places the notes and flags not yet placed in a shown revision, alike, by the same policy as a new draft's
 * carry-forward, without touching their `updatedAt` (see CarryOptions). Nothing to do returns zeros at once.
 */
export async function placeUnplacedIn(scriptId: string, revisionId: string): Promise<CarryResult> {
  if ((await unplacedCount(scriptId, revisionId)) === 0) return { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  return carryForwardToRevision(revisionId, { touch: false });
}

export type CarriedKind = CarriedEntry['kind'];

function tableOf(kind: CarriedKind) {
  // Both tables hold records with `placements`; the note table's type stands for both here.
  return (kind === 'note' ? db.notes : db.flags) as unknown as typeof db.notes;
}

async function setPlacement(kind: CarriedKind, id: string, placement: Placement): Promise<void> {
  try {
    await db.transaction('rw', tableOf(kind), async () => {
      const table = tableOf(kind);
      const item = await table.get(id);
      if (!item) throw new StorageError('not_found', 'That note or flag is no longer stored.');
      await table.update(id, {
        placements: { ...item.placements, [placement.revisionId]: placement },
        updatedAt: now(),
      });
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The user looked at a moved or approximate placement and it is right: it counts as exact from now on. */
export async function confirmPlacement(kind: CarriedKind, id: string, revisionId: string): Promise<void> {
  const item = await tableOf(kind).get(id);
  const p = item?.placements[revisionId];
  if (!p || p.start === undefined || p.end === undefined)
    throw new RangeError('That item has no place to confirm.');
  await setPlacement(kind, id, { ...p, status: 'exact', score: 1 });
}

/** Re-attaches an item to `script.text.slice(start, end)` of `revision` (an orphan, or a wrong placement). */
export async function reattach(
  kind: CarriedKind,
  id: string,
  revision: RevisionRecord,
  start: number,
  end: number,
): Promise<void> {
  anchorAt(revision.script, start, end); // throws an AnchorError with a sentence for a bad selection
  await setPlacement(kind, id, { revisionId: revision.id, status: 'exact', start, end, score: 1 });
}

/** Hides an orphan from a revision's list. The item itself is kept, with its old text, on its own revision. */
export async function dismissOrphan(kind: CarriedKind, id: string, revisionId: string): Promise<void> {
  try {
    await db.transaction('rw', db.settings, async () => {
      const dismissed = settings.dismissedOrphans(revisionId);
      const list = await dismissed.get();
      const entry = `${kind}:${id}`;
      if (!list.includes(entry)) await dismissed.set([...list, entry]);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The items carried into a revision, split into "worth a glance", orphans (not dismissed) and a count of exact ones. */
export async function carriedInto(revision: RevisionRecord) {
  const [notes, flags, dismissed] = await Promise.all([
    db.notes.where('scriptId').equals(revision.scriptId).toArray(),
    db.flags.where('scriptId').equals(revision.scriptId).toArray(),
    settings.dismissedOrphans(revision.id).get(),
  ]);
  const hidden = new Set(dismissed);
  const entries: CarriedEntry[] = [];
  for (const n of notes) {
    const p = n.placements[revision.id];
    if (n.deletedAt !== undefined || !p || !n.anchor) continue;
    entries.push({ kind: 'note', id: n.id, label: n.text, oldText: n.anchor.exact, placement: p });
  }
  for (const f of flags) {
    const p = f.placements[revision.id];
    if (f.deletedAt !== undefined || !p) continue;
    entries.push({
      kind: 'flag',
      id: f.id,
      label: f.question ? `${f.item}: ${f.question}` : f.item,
      oldText: f.anchor.exact,
      placement: p,
    });
  }
  const summary = carriedSummary(entries);
  const orphans = summary.orphans.filter((e) => !hidden.has(`${e.kind}:${e.id}`));
  return { ...summary, orphans, dismissed: summary.orphans.length - orphans.length };
}
