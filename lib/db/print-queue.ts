// The print queue in storage: a script's jobs, one job, and every write (queue pages, revised, chosen or all; edit,
// reorder, merge, mark printed, delete). Each change is one read-modify-write transaction, so two panels working on
// the queue never lose a change. (The count the badge loads with the panel is print-jobs.ts.)

import {
  cleanRecipients,
  mergeJobs,
  notYetQueued,
  pagesToPrint,
  reorder,
  type PrintJob,
} from '../print/jobs';
import { orderLabels } from '../print/pages';
import { revisionPrint, type RevisionPrint } from '../print/revised';
import { db } from './database';
import { StorageError, toStorageError } from './errors';
import { newId, now } from './ids';
import { getRevisions, softDelete } from './scripts';
import { storedLocks } from './locks';
import type { PrintJobRecord, RevisionRecord, ScriptRecord } from './schema';

/** A script's jobs not deleted, in queue order. */
export async function scriptJobs(scriptId: string): Promise<PrintJobRecord[]> {
  const all = await db.printJobs.where('scriptId').equals(scriptId).toArray();
  return all.filter((j) => j.deletedAt === undefined).sort((a, b) => a.order - b.order);
}

/** One job (a deleted one too: the print page says it was removed), or undefined. */
export async function getPrintJob(id: string): Promise<PrintJobRecord | undefined> {
  return db.printJobs.get(id);
}

/** The script, the revision and how it prints; throws StorageError('not_found') when either is gone. */
export async function loadRevisionPrint(
  scriptId: string,
  revisionId: string,
): Promise<{
  script: ScriptRecord;
  revision: RevisionRecord;
  revisions: RevisionRecord[];
  print: RevisionPrint;
}> {
  const script = await db.scripts.get(scriptId);
  const revisions = await getRevisions(scriptId);
  const revision = revisions.find((r) => r.id === revisionId);
  if (!script || script.deletedAt !== undefined || !revision) throw new StorageError('not_found');
  const locks = await storedLocks(revisions);
  return { script, revision, revisions, print: revisionPrint(revision, revisions, script.settings, locks) };
}

export interface QueueInput {
  scriptId: string;
  revisionId: string;
  pages: string[];
  paperColor: string;
  copies?: number;
  recipients?: { name: string; copies: number }[];
  collated?: boolean;
  includeCoverSheet?: boolean;
}

export interface QueueResult {
  /** The new job, or undefined when every page was already waiting in the queue. */
  job?: PrintJobRecord;
  /** Pages left out because an open job of the same revision already has them. */
  alreadyQueued: string[];
}

/** Adds a job at the end of the queue; pages already waiting for the same revision are not queued twice. */
export async function queueJob(input: QueueInput, pageOrder?: readonly string[]): Promise<QueueResult> {
  try {
    return await db.transaction('rw', db.printJobs, async () => {
      const jobs = (await db.printJobs.toArray()).filter((j) => j.deletedAt === undefined);
      const wanted = orderLabels(input.pages, pageOrder);
      const fresh = notYetQueued(wanted, input.revisionId, jobs);
      const alreadyQueued = wanted.filter((l) => !fresh.includes(l));
      if (fresh.length === 0) return { alreadyQueued };
      const t = now();
      const recipients = cleanRecipients(input.recipients ?? []);
      const job: PrintJobRecord = {
        id: newId(),
        createdAt: t,
        updatedAt: t,
        scriptId: input.scriptId,
        revisionId: input.revisionId,
        pages: fresh,
        paperColor: input.paperColor,
        copies: Math.max(1, Math.floor(input.copies ?? 1)),
        recipients,
        collated: input.collated ?? true,
        includeCoverSheet: input.includeCoverSheet ?? true,
        order: jobs.reduce((m, j) => Math.max(m, j.order), -1) + 1,
        status: 'queued',
      };
      await db.printJobs.add(job);
      return { job, alreadyQueued };
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The distribution list as recipients, with the copies it adds up to (1 copy when the list is empty). */
function distributionOf(script: ScriptRecord): {
  recipients: { name: string; copies: number }[];
  copies: number;
} {
  const recipients = cleanRecipients(script.settings.distribution ?? []);
  return {
    recipients,
    copies: Math.max(
      1,
      recipients.reduce((n, r) => n + r.copies, 0),
    ),
  };
}

/**
 * Queues a revision's revised pages on its colour for the script's distribution list. Resolves to the result and
 * the revised labels (empty for a first draft: nothing changed, so nothing to queue).
 */
export async function queueRevisedPages(
  scriptId: string,
  revisionId: string,
): Promise<QueueResult & { revised: string[] }> {
  const { script, revision, print } = await loadRevisionPrint(scriptId, revisionId);
  if (print.revisedLabels.length === 0) return { alreadyQueued: [], revised: [] };
  const order = print.pages.map((p) => p.label);
  const r = await queueJob(
    {
      scriptId,
      revisionId,
      pages: print.revisedLabels,
      paperColor: revision.color,
      ...distributionOf(script),
    },
    order,
  );
  return { ...r, revised: print.revisedLabels };
}

/** Queues chosen pages (or, with `pages` undefined, the whole script) of a revision on its colour. */
export async function queuePages(
  scriptId: string,
  revisionId: string,
  pages?: string[],
): Promise<QueueResult> {
  const { script, revision, print } = await loadRevisionPrint(scriptId, revisionId);
  const order = print.pages.map((p) => p.label);
  return queueJob(
    { scriptId, revisionId, pages: pages ?? order, paperColor: revision.color, ...distributionOf(script) },
    order,
  );
}

export type JobEdit = Partial<
  Pick<PrintJobRecord, 'pages' | 'paperColor' | 'copies' | 'recipients' | 'collated' | 'includeCoverSheet'>
>;

/** Saves an edit of a job (recipients cleaned, at least one page and one copy). */
export async function editJob(id: string, edit: JobEdit): Promise<void> {
  if (edit.pages && edit.pages.length === 0) throw new RangeError('A job needs at least one page.');
  const patch: JobEdit & { updatedAt: number } = { ...edit, updatedAt: now() };
  if (edit.recipients) patch.recipients = cleanRecipients(edit.recipients);
  if (edit.copies !== undefined) patch.copies = Math.max(1, Math.floor(edit.copies));
  try {
    const n = await db.printJobs.update(id, patch);
    if (n === 0) throw new StorageError('not_found');
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Moves a job within its script's queue to position `to` (0-based), renumbering the script's jobs. */
export async function moveJob(id: string, to: number): Promise<void> {
  try {
    await db.transaction('rw', db.printJobs, async () => {
      const job = await db.printJobs.get(id);
      if (!job) throw new StorageError('not_found');
      const jobs = await scriptJobs(job.scriptId);
      const from = jobs.findIndex((j) => j.id === id);
      const orders = jobs.map((j) => j.order);
      const moved = reorder(jobs, from, to);
      const t = now();
      // The script's jobs take back the same order values in their new sequence (other scripts' jobs keep theirs).
      await Promise.all(
        moved.map((j, i) =>
          j.order === orders[i] ? undefined : db.printJobs.update(j.id, { order: orders[i], updatedAt: t }),
        ),
      );
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Marks a job printed (every page, or the pages given: then partly printed until all are done), with the time. */
export async function markPrinted(id: string, pages?: string[]): Promise<PrintJobRecord> {
  try {
    return await db.transaction('rw', db.printJobs, async () => {
      const job = await db.printJobs.get(id);
      if (!job || job.deletedAt !== undefined) throw new StorageError('not_found');
      const done = new Set([...(job.printedPages ?? []), ...(pages ?? job.pages)]);
      const printedPages = job.pages.filter((p) => done.has(p));
      const t = now();
      const status: PrintJobRecord['status'] =
        printedPages.length === job.pages.length ? 'printed' : 'partly_printed';
      const next: PrintJobRecord = { ...job, printedPages, status, printedAt: t, updatedAt: t };
      await db.printJobs.put(next);
      return next;
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Merges the open jobs of one revision into one job (the old ones are deleted, kept for sync); returns it. */
export async function mergeRevisionJobs(
  scriptId: string,
  revisionId: string,
  pageOrder?: readonly string[],
): Promise<PrintJobRecord> {
  try {
    return await db.transaction('rw', db.printJobs, async () => {
      const open = (await scriptJobs(scriptId)).filter(
        (j) => j.revisionId === revisionId && pagesToPrint(j).length > 0,
      );
      if (open.length < 2) throw new RangeError('There is only one job for this revision: nothing to merge.');
      const merged: PrintJob = mergeJobs(open, pageOrder);
      const t = now();
      const job: PrintJobRecord = {
        ...merged,
        id: newId(),
        createdAt: t,
        updatedAt: t,
        includeCoverSheet: merged.includeCoverSheet ?? true,
        order: merged.order ?? 0,
      };
      await db.printJobs.add(job);
      await Promise.all(open.map((j) => db.printJobs.update(j.id, { deletedAt: t, updatedAt: t })));
      return job;
    });
  } catch (e) {
    if (e instanceof RangeError) throw e;
    throw toStorageError(e);
  }
}

/** Removes a job from the queue (soft delete: the record stays so the deletion can travel in a merge). */
export function removeJob(id: string): Promise<void> {
  return softDelete('printJobs', id);
}

/** The revision the panel shows for a script: its current revision, else its newest. */
export async function currentRevisionId(scriptId: string): Promise<string> {
  const script = await db.scripts.get(scriptId);
  const revisions = await getRevisions(scriptId);
  const chosen = revisions.find((r) => r.id === script?.currentRevisionId) ?? revisions.at(-1);
  if (!script || !chosen) throw new StorageError('not_found');
  return chosen.id;
}
