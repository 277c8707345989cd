// "Pages not printed yet" for the open script: the Print queue tab's badge and the status bar read it. Kept light
// (no layout code, and the job rules load only when the script has jobs) because the activity bar loads with the panel.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../lib/db';
import { useOpenScript } from '../../workbench/openScript';

/** Pages waiting in the open script's print queue; undefined while loading or with no script. */
export function usePagesNotPrinted(): number | undefined {
  const scriptId = useOpenScript().open?.record.id;
  return useLiveQuery(async () => {
    if (!scriptId) return undefined;
    const jobs = await db.printJobs.where('scriptId').equals(scriptId).toArray();
    if (jobs.every((j) => j.deletedAt !== undefined)) return 0;
    // Every read is done before this import, so the live query still sees each change to the jobs.
    const { pagesNotPrinted } = await import('../../../lib/print/jobs');
    return pagesNotPrinted(jobs);
  }, [scriptId]);
}
