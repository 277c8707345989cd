// The open-flag count the Fact-check badge and the status bar show: one plain storage count, kept apart from the
// workflow and suggestion engine so it can load with the panel.
import { openFlagCount } from '../../../lib/db';
import { useLive } from '../../platform/live';

/** How many of a script's flags are open or being researched (lib/factcheck/open). */
export function useOpenFlagCount(scriptId: string | undefined): number | undefined {
  return useLive(() => (scriptId ? openFlagCount(scriptId) : 0), [scriptId]);
}
