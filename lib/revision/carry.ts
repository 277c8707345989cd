// What the Revisions view lists of the notes and flags carried into a revision. Where they stand is worked out by the
// one placement policy for notes and flags, lib/anchoring/placement.ts.

import type { Placement } from '../anchoring/types';

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
