// "Pages not printed yet" for the open script: the Print queue tab's badge and the status bar read it. Kept light
// (no layout code) because the activity bar loads with the panel.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../lib/db';
import { pagesNotPrinted } from '../../../lib/print/jobs';
import { useOpenScript } from '../../workbench/openScript';

/** Pages waiting in the open script's print queue; undefined while loading or with no script. */
export function usePagesNotPrinted(): number | undefined {
  const scriptId = useOpenScript().open?.record.id;
  return useLiveQuery(
    async () =>
      scriptId ? pagesNotPrinted(await db.printJobs.where('scriptId').equals(scriptId).toArray()) : undefined,
    [scriptId],
  );
}
