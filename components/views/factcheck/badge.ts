// The Fact-check tab's badge (open flags). The activity bar renders it whether or not the view is showing, so it is
// also where fact-check requests from commands and the page's context menu are heard. It loads with the panel, so the
// request handler (workflow, quote search, suggestion engine) loads only when a request comes.
import { useEffect } from 'react';
import {
  onFactcheckRequest,
  takeFactcheckRequests,
  type FactcheckRequest,
} from '../../../lib/factcheck/requests';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { useOpenFlagCount } from './count';

/** Open flags on the open script, for the activity bar. */
export function useFactcheckBadge(): number | undefined {
  const { open } = useOpenScript();
  const wb = useWorkbench();
  useEffect(() => {
    if (!open) return;
    const handle = (r: FactcheckRequest) =>
      void import('./actions')
        .then((m) => m.handleFactcheckRequest(r, open, wb))
        .catch(() => wb.notify('The fact-check tools could not load. Close and reopen the panel.', 'error'));
    for (const r of takeFactcheckRequests()) handle(r);
    return onFactcheckRequest(handle);
  }, [open, wb]);
  return useOpenFlagCount(open?.record.id);
}
