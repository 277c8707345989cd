// The Fact-check tab's badge (open flags). The activity bar renders it whether or not the view is showing, so it is
// also where fact-check requests from commands and the page's context menu are heard.
import { useEffect } from 'react';
import { onFactcheckRequest, takeFactcheckRequests } from '../../../lib/factcheck/requests';
import { useOpenScript } from '../../workbench/openScript';
import { useFactcheckHandler } from './actions';
import { useOpenFlagCount } from './store';

/** Open flags on the open script, for the activity bar. */
export function useFactcheckBadge(): number | undefined {
  const { open } = useOpenScript();
  const handle = useFactcheckHandler();
  useEffect(() => {
    if (!open) return;
    for (const r of takeFactcheckRequests()) void handle(r);
    return onFactcheckRequest((r) => void handle(r));
  }, [handle, open]);
  return useOpenFlagCount(open?.record.id);
}
