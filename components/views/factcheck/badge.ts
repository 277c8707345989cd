// The Fact-check tab's badge: open and researching flags on the open script.
import { useOpenScript } from '../../workbench/openScript';
import { useOpenFlagCount } from './count';

/** Open flags on the open script, for the activity bar. */
export function useFactcheckBadge(): number | undefined {
  const { open } = useOpenScript();
  return useOpenFlagCount(open?.record.id);
}
