// "Pages not printed yet" for the open script: the Print queue tab's badge and the status bar read it. Kept light
// (no layout code, and the job rules load only when the script has jobs) because the activity bar loads with the panel.
import { pagesNotPrintedOf } from '../../../lib/db';
import { useLive } from '../../platform/live';
import { useOpenScript } from '../../workbench/openScript';

/** Pages waiting in the open script's print queue; undefined while loading or with no script. */
export function usePagesNotPrinted(): number | undefined {
  const scriptId = useOpenScript().open?.record.id;
  return useLive(async () => (scriptId ? pagesNotPrintedOf(scriptId) : undefined), [scriptId]);
}
