// What a note or flag is attached to, as plain data, and where it stands in a given draft. Stored with notes and
// flags (lib/db), carried from draft to draft (lib/revision/carry) and placed by lib/anchoring/reanchor.

/** Plain-data anchor: the quoted text, some context either side, and its position in the draft it was made on. */
export interface StoredAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  elementId?: string;
}

/** Where an anchored item stands in a given revision. */
export interface Placement {
  revisionId: string;
  status: 'exact' | 'moved' | 'fuzzy' | 'orphaned';
  start?: number;
  end?: number;
  score?: number;
}
