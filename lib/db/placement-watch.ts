// Keeps the notes and flags of a script placed in the revision a panel shows: watches, live, how many wait for a
// place there (an older draft opened; an item restored, synced, or written on another draft after this one was read)
// and places them by the one policy for notes and flags (carry-forward.ts) whenever some do. The panel loads this
// module after its first screen, so neither the watch nor the alignment engine weighs on opening it.

import { placeUnplacedIn } from './carry-forward';
import { watchQuery } from './live';
import { unplacedCount } from './placements';

/**
 * Starts watching revision `revisionId` of script `scriptId`; returns the function that stops. A failure to place is
 * handed to `onError` (the items stay unplaced and are tried again on the next change).
 */
export function watchPlacements(
  scriptId: string,
  revisionId: string,
  onError: (e: unknown) => void,
): () => void {
  let running = false;
  return watchQuery(
    () => unplacedCount(scriptId, revisionId),
    (waiting) => {
      if (!waiting || running) return;
      running = true;
      placeUnplacedIn(scriptId, revisionId)
        .catch(onError)
        .finally(() => {
          running = false;
        });
    },
    onError,
  );
}
