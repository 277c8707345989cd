// The pages waiting in a script's print queue, for the Print queue tab's badge and the status bar. Kept light, with
// no layout or job rules, because the activity bar loads with the panel; the queue itself (its reads and writes) is
// print-queue.ts.

import { db } from './database';

/** The pages waiting in a script's print queue (the job rules load only once the script has jobs). */
export async function pagesNotPrintedOf(scriptId: string): Promise<number> {
  const jobs = await db.printJobs.where('scriptId').equals(scriptId).toArray();
  if (jobs.every((j) => j.deletedAt !== undefined)) return 0;
  // Every read is done before this import, so a live query still sees each change to the jobs.
  const { pagesNotPrinted } = await import('../print/jobs');
  return pagesNotPrinted(jobs);
}
