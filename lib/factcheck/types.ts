// Fact-check flags and dismissed suggestions as Scriptside keeps them.

import type { Placement, StoredAnchor } from '../anchoring/types';
import type { SyncFields } from '../sync-fields';

export type FlagCategory =
  'person' | 'brand' | 'place' | 'phone' | 'plate' | 'web' | 'title' | 'quote' | 'number' | 'fact' | 'other';

export type FlagStatus = 'open' | 'researching' | 'verified' | 'cleared' | 'not_clear' | 'dismissed';

export interface FlagRecord extends SyncFields {
  scriptId: string;
  revisionId: string;
  anchor: StoredAnchor;
  placements: Record<string, Placement>;
  /** The item being checked ("Acme Cola"). */
  item: string;
  category: FlagCategory;
  question: string;
  assignee?: string;
  /** ISO yyyy-mm-dd */
  due?: string;
  sources: { url?: string; note: string }[];
  alternatives: string[];
  notes: string;
  status: FlagStatus;
  history: { status: FlagStatus; by?: string; at: number }[];
}

/** A fact-check suggestion the user dismissed, remembered per script. */
export interface DismissedSuggestionRecord extends SyncFields {
  scriptId: string;
  /** Normalised item text. */
  key: string;
}
