// The fields every stored record carries so records can be merged between machines (backup merge, room sync).
// A leaf module: every domain's record type extends it, and it imports nothing.

/** Fields every stored record has, so records can be merged between machines without a rewrite. */
export interface SyncFields {
  /** Random id (crypto.randomUUID), never reused. */
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes the record; the record stays so the deletion can travel in a merge. */
  deletedAt?: number;
}
