// Print job rules: copies from the distribution list, sheets per paper colour, merging jobs for one revision,
// what is still to print, and which revisions have revised pages nobody printed. Plain data in, plain data out.

import type { PrintJobRecord } from './types';
import { orderLabels } from './pages';

/** The fields of a job these rules read (a stored record, or one being edited). */
export type PrintJob = Pick<
  PrintJobRecord,
  'scriptId' | 'revisionId' | 'pages' | 'paperColor' | 'copies' | 'recipients' | 'collated' | 'status'
> &
  Partial<
    Pick<PrintJobRecord, 'id' | 'order' | 'printedPages' | 'printedAt' | 'includeCoverSheet' | 'deletedAt'>
  >;

export type Recipient = PrintJobRecord['recipients'][number];

/** Copies to print of every page: the recipients' copies added up, or the job's own count when it has none. */
export function totalCopies(job: Pick<PrintJob, 'copies' | 'recipients'>): number {
  const fromList = job.recipients.reduce((n, r) => n + Math.max(0, Math.floor(r.copies)), 0);
  return job.recipients.length > 0 ? fromList : Math.max(0, Math.floor(job.copies));
}

/** Recipients once each (names compared without case or spaces around), empty names dropped, copies at least 1. */
export function cleanRecipients(list: readonly Recipient[]): Recipient[] {
  const byName = new Map<string, Recipient>();
  for (const r of list) {
    const name = r.name.trim();
    if (!name) continue;
    const key = name.toLowerCase();
    const copies = Math.max(1, Math.floor(Number.isFinite(r.copies) ? r.copies : 1));
    const had = byName.get(key);
    // The same department twice is one entry wanting the larger count, not two piles.
    if (had) had.copies = Math.max(had.copies, copies);
    else byName.set(key, { name, copies });
  }
  return [...byName.values()];
}

/** Pages of the job still to print: all of them, less the ones a partial print already did. */
export function pagesToPrint(job: Pick<PrintJob, 'pages' | 'status' | 'printedPages'>): string[] {
  if (job.status === 'printed') return [];
  const done = new Set(job.printedPages ?? []);
  return job.pages.filter((p) => !done.has(p));
}

/** One paper colour's total: "Blue: 11 pages x 36 copies = 396 sheets" (a range label "15-16" is one sheet). */
export interface SheetTotal {
  paperColor: string;
  /** Sheets to print on this colour across the jobs. */
  sheets: number;
  /** Pages and copies when every job on this colour has the same copies (for the "11 pages x 36 copies" form). */
  pages: number;
  copies?: number;
  jobs: number;
}

/** Sheets per paper colour for the jobs still to print (deleted and printed jobs count nothing), colours in queue order. */
export function sheetTotals(jobs: readonly PrintJob[]): SheetTotal[] {
  const out = new Map<string, SheetTotal & { copySet: Set<number> }>();
  for (const job of jobs) {
    if (job.deletedAt !== undefined) continue;
    const pages = pagesToPrint(job).length;
    if (pages === 0) continue;
    const copies = totalCopies(job);
    const key = job.paperColor.trim().toLowerCase();
    let t = out.get(key);
    if (!t) {
      t = { paperColor: job.paperColor, sheets: 0, pages: 0, jobs: 0, copySet: new Set() };
      out.set(key, t);
    }
    t.sheets += pages * copies;
    t.pages += pages;
    t.jobs += 1;
    t.copySet.add(copies);
  }
  return [...out.values()].map(({ copySet, ...t }) => ({
    ...t,
    copies: copySet.size === 1 ? [...copySet][0] : undefined,
  }));
}

/** The sentence for a total: "Blue: 11 pages x 36 copies = 396 sheets", or "Blue: 396 sheets (3 jobs)". */
export function describeSheetTotal(t: SheetTotal): string {
  const pages = `${t.pages} ${t.pages === 1 ? 'page' : 'pages'}`;
  const sheets = `${t.sheets} ${t.sheets === 1 ? 'sheet' : 'sheets'}`;
  if (t.copies !== undefined) {
    return `${t.paperColor}: ${pages} x ${t.copies} ${t.copies === 1 ? 'copy' : 'copies'} = ${sheets}`;
  }
  return `${t.paperColor}: ${sheets} (${pages} in ${t.jobs} jobs)`;
}

/** Pages still to print across the queue (what the badge and the status bar count). */
export function pagesNotPrinted(jobs: readonly PrintJob[]): number {
  return jobs.reduce((n, j) => n + (j.deletedAt === undefined ? pagesToPrint(j).length : 0), 0);
}

/**
 * Merges jobs for one revision into one job: the pages still to print of each, once each, in page order; each
 * recipient once with the larger count; collated if any was. Throws RangeError for jobs of different revisions.
 */
export function mergeJobs(jobs: readonly PrintJob[], pageOrder?: readonly string[]): PrintJob {
  if (jobs.length === 0) throw new RangeError('There are no jobs to merge.');
  const first = jobs[0];
  if (jobs.some((j) => j.scriptId !== first.scriptId || j.revisionId !== first.revisionId)) {
    throw new RangeError('Only jobs for the same revision can be merged.');
  }
  const pages = orderLabels(jobs.flatMap(pagesToPrint), pageOrder);
  const recipients = cleanRecipients(jobs.flatMap((j) => j.recipients));
  return {
    scriptId: first.scriptId,
    revisionId: first.revisionId,
    pages,
    paperColor: first.paperColor,
    copies: Math.max(...jobs.map((j) => totalCopies(j))),
    recipients,
    collated: jobs.some((j) => j.collated),
    includeCoverSheet: jobs.some((j) => j.includeCoverSheet !== false),
    status: 'queued',
    order: Math.min(...jobs.map((j) => j.order ?? Number.MAX_SAFE_INTEGER)),
  };
}

/** Groups of two or more open jobs that could be merged (same revision), keyed by revision id. */
export function mergeableGroups<T extends PrintJob>(jobs: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const j of jobs) {
    if (j.deletedAt !== undefined || pagesToPrint(j).length === 0) continue;
    const list = groups.get(j.revisionId);
    if (list) list.push(j);
    else groups.set(j.revisionId, [j]);
  }
  for (const [k, list] of groups) if (list.length < 2) groups.delete(k);
  return groups;
}

/**
 * The labels a new job would add for a revision, given the jobs already there: pages already waiting in an open job
 * of the same revision are dropped (queueing the same revised pages twice must not print them twice).
 */
export function notYetQueued(
  labels: readonly string[],
  revisionId: string,
  jobs: readonly PrintJob[],
): string[] {
  const waiting = new Set(
    jobs.filter((j) => j.revisionId === revisionId && j.deletedAt === undefined).flatMap(pagesToPrint),
  );
  return [...new Set(labels)].filter((l) => !waiting.has(l));
}

/** Labels of a revision's revised pages that no job has printed yet (printed or partly printed). */
export function neverPrinted(
  revised: readonly string[],
  revisionId: string,
  jobs: readonly PrintJob[],
): string[] {
  const printed = new Set<string>();
  for (const j of jobs) {
    if (j.revisionId !== revisionId || j.deletedAt !== undefined) continue;
    if (j.status === 'printed') j.pages.forEach((p) => printed.add(p));
    else (j.printedPages ?? []).forEach((p) => printed.add(p));
  }
  return revised.filter((l) => !printed.has(l));
}

/** The list with the item at `from` moved to position `to` (Alt+Up/Down, drag); out-of-range targets clamp. */
export function reorder<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [moved] = out.splice(from, 1);
  out.splice(target, 0, moved);
  return out;
}

/** Reads a distribution list as typed, one per line or comma: "Writers 12", "Cast: 20", "Production x4"; no number is 1. */
export function parseRecipients(text: string): Recipient[] {
  const out: Recipient[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^(.*?)[\s:x×]*(\d+)$/i.exec(part);
    const name = (m ? m[1] : part).trim();
    if (name) out.push({ name, copies: m ? Number(m[2]) : 1 });
  }
  return cleanRecipients(out);
}

/** A distribution list as the user types it back: "Writers 12, Production 4". */
export function formatRecipients(list: readonly Recipient[]): string {
  return list.map((r) => `${r.name} ${r.copies}`).join(', ');
}
