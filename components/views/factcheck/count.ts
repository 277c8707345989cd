// The open-flag count the Fact-check badge and the status bar show: one plain storage count, kept apart from the
// workflow and suggestion engine so it can load with the panel.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../lib/db';
import { isOpen } from '../../../lib/factcheck/open';

/** How many of a script's flags are open or being researched (lib/factcheck/open). */
export function useOpenFlagCount(scriptId: string | undefined): number | undefined {
  return useLiveQuery(async () => {
    if (!scriptId) return 0;
    return db.flags
      .where('scriptId')
      .equals(scriptId)
      .filter((f) => f.deletedAt === undefined && isOpen(f.status))
      .count();
  }, [scriptId]);
}
