// Live reads for the Print queue view: the open script's jobs and how each of its revisions prints (laid out once per
// revision list), and the URL of the packaged print page for a job.
import { useMemo } from 'react';
import { getRevisions } from '../../../lib/db';
import { scriptJobs } from '../../../lib/db/print-queue';
import type { PrintJobRecord, RevisionRecord, ScriptRecord } from '../../../lib/db';
import { revisionPrint, type RevisionPrint } from '../../../lib/print/revised';
import { storedLocks } from '../../../lib/db/locks';
import { useLive } from '../../platform/live';

/** The script's jobs in queue order; undefined while loading. */
export function useScriptJobs(scriptId: string | undefined): PrintJobRecord[] | undefined {
  return useLive(async () => (scriptId ? scriptJobs(scriptId) : []), [scriptId]);
}

/** The script's revisions in order; undefined while loading. */
export function useRevisions(scriptId: string | undefined): RevisionRecord[] | undefined {
  return useLive(async () => (scriptId ? getRevisions(scriptId) : []), [scriptId]);
}

/** How each revision prints, by id (a revision that cannot be laid out is left out rather than hiding the queue). */
export function useRevisionPrints(
  revisions: RevisionRecord[] | undefined,
  settings: ScriptRecord['settings'] | undefined,
): Map<string, RevisionPrint> {
  const locks = useLive(async () => (revisions ? storedLocks(revisions) : undefined), [revisions]);
  return useMemo(() => {
    const out = new Map<string, RevisionPrint>();
    if (!revisions || !settings) return out;
    for (const r of revisions) {
      try {
        out.set(r.id, revisionPrint(r, revisions, settings, locks));
      } catch {
        // Shown as "pages unknown" in the view; the job itself is kept.
      }
    }
    return out;
  }, [revisions, settings, locks]);
}

/** The packaged print page for a job (relative to the extension's pages). */
export function printPageUrl(jobId: string): string {
  return `print.html?job=${encodeURIComponent(jobId)}`;
}

/** Opens the print page for a job in a new tab. */
export function openPrintPage(jobId: string): void {
  window.open(printPageUrl(jobId), '_blank', 'noopener');
}
