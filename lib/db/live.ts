// Live reads: a lib/db query asked again whenever what it read changes (in this page, the background or another
// panel), through Dexie's liveQuery. Plain callbacks, no React: the UI's one hook over it is components/platform/live.ts,
// so no Dexie package is imported outside lib/db.

import { liveQuery } from 'dexie';

/**
 * Calls `onValue` with `query`'s answer now and after every change to the records it read, `onError` when it fails.
 * Returns the unsubscribe.
 */
export function watchQuery<T>(
  query: () => Promise<T> | T,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
