// Print jobs as the panel reads them: a script's queue, one job, and the pages waiting (the Print queue tab's badge
// and the status bar). Kept light, with no layout or job rules, because the activity bar loads with the panel; the
// queue's writes are in print-queue.ts.

import { db } from './database';
import type { PrintJobRecord } from './schema';

/** A script's jobs not deleted, in queue order. */
export async function scriptJobs(scriptId: string): Promise<PrintJobRecord[]> {
  const all = await db.printJobs.where('scriptId').equals(scriptId).toArray();
  return all.filter((j) => j.deletedAt === undefined).sort((a, b) => a.order - b.order);
}

/** One job (a deleted one too: the print page says it was removed), or undefined. */
export async function getPrintJob(id: string): Promise<PrintJobRecord | undefined> {
  return db.printJobs.get(id);
}

/** The pages waiting in a script's print queue (the job rules load only once the script has jobs). */
export async function pagesNotPrintedOf(scriptId: string): Promise<number> {
  const jobs = await db.printJobs.where('scriptId').equals(scriptId).toArray();
  if (jobs.every((j) => j.deletedAt !== undefined)) return 0;
  // Every read is done before this import, so a live query still sees each change to the jobs.
  const { pagesNotPrinted } = await import('../print/jobs');
  return pagesNotPrinted(jobs);
}
