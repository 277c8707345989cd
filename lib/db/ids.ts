// Ids and timestamps for sync-ready records.

/** A random record id (never reused, safe to merge between machines). */
export function newId(): string {
  return crypto.randomUUID();
}

/** Milliseconds since the epoch, the unit of createdAt/updatedAt/deletedAt. */
export function now(): number {
  return Date.now();
}

/** Today's date as ISO yyyy-mm-dd in local time (revision dates are calendar days, not instants). */
export function today(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
