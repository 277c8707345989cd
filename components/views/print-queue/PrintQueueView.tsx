// The Print queue view: queue a revision's revised pages (or any pages, or the whole script), see the sheets per paper
// colour, reorder, edit, merge and print jobs, which revisions still have pages never printed, and the print history.
import type { PrintJobRecord, RevisionRecord } from '../../../lib/db';
import {
  describeSheetTotal,
  mergeableGroups,
  neverPrinted,
  pagesToPrint,
  sheetTotals,
} from '../../../lib/print/jobs';
import { describePages } from '../../../lib/print/pages';
import { formatRevisionDate } from '../../../lib/revision/colors';
import { revisionDate } from '../../../lib/revision/colors';
import {
  editJob,
  markPrinted,
  mergeRevisionJobs,
  moveJob,
  queuePages,
  queueRevisedPages,
  removeJob,
} from '../../../lib/db/print-queue';
import { Section } from '../../ui/Section';
import { useOpenScript } from '../../workbench/openScript';
import { getCommand } from '../../../lib/commands/registry';
import { useCommands } from '../../workbench/commandContext';
import { useWorkbench } from '../../workbench/state';
import { JobRow, jobSentence } from './JobRow';
import { openPrintPage, useRevisionPrints, useRevisions, useScriptJobs } from './useQueue';
import './print-queue.css';
import { errorSentence } from '../../../lib/error-sentence';

/** "Blue revision of 11/27/26". */
export function datedRevisionName(r: Pick<RevisionRecord, 'color' | 'date'>): string {
  return `${r.color} revision of ${formatRevisionDate(revisionDate(r.date))}`;
}

/** The Print queue view. */
export function PrintQueueView() {
  const { loading, open } = useOpenScript();
  const wb = useWorkbench();
  const scriptId = open?.record.id;
  const jobs = useScriptJobs(scriptId);
  const revisions = useRevisions(scriptId);
  const prints = useRevisionPrints(revisions, open?.record.settings);
  const { run: runCommand } = useCommands();

  if (loading || (open && (jobs === undefined || revisions === undefined))) {
    return <p className="muted view-loading">Loading…</p>;
  }
  // No script: the workbench shows the view's declared empty state (contribution.ts).
  if (!open || !jobs || !revisions) return null;
  const current = open.revision;
  const currentPrint = prints.get(current.id);
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const nameOf = (id: string) => {
    const r = byId.get(id);
    return r ? datedRevisionName(r) : 'A deleted revision';
  };
  const orderOf = (id: string) => prints.get(id)?.pages.map((p) => p.label) ?? [];
  const queued = jobs.filter((j) => pagesToPrint(j).length > 0);
  const history = jobs
    .filter((j) => j.status !== 'queued')
    .sort((a, b) => (b.printedAt ?? 0) - (a.printedAt ?? 0));
  const totals = sheetTotals(queued);
  const groups = mergeableGroups(queued);
  const forgotten = revisions
    .map((r) => ({ r, left: neverPrinted(prints.get(r.id)?.revisedLabels ?? [], r.id, jobs) }))
    .filter((x) => x.left.length > 0);

  async function run(work: () => Promise<void>, fallback: string) {
    try {
      await work();
    } catch (e) {
      wb.notify(errorSentence(e, fallback), 'error');
    }
  }
  function reportQueued(what: string, r: { job?: PrintJobRecord; alreadyQueued: string[] }) {
    if (!r.job) wb.notify(`Every one of those ${what} is already waiting in the queue.`);
    else if (r.alreadyQueued.length) {
      wb.notify(
        `Queued ${r.job.pages.length} ${what}; ${r.alreadyQueued.length} already waiting were not queued again.`,
      );
    } else
      wb.notify(
        `Queued ${r.job.pages.length === 1 ? '1 page' : `${r.job.pages.length} pages`} of the ${nameOf(r.job.revisionId)}.`,
      );
  }
  /** Runs registered command `id`, as the palette would: the toolbar's buttons and the palette do one thing. */
  function runById(id: string) {
    const command = getCommand(id);
    if (command) void runCommand(command);
  }
  async function queueRevised(revisionId: string) {
    await run(async () => {
      const r = await queueRevisedPages(open!.record.id, revisionId);
      if (r.revised.length === 0)
        wb.notify('This revision has no revised pages: it is the first draft, or nothing changed.');
      else reportQueued('revised pages', r);
    }, 'The revised pages could not be queued.');
  }
  return (
    <div className="print-queue-view">
      <div className="queue-toolbar" role="group" aria-label="Queue pages of the current revision">
        <button
          type="button"
          className="button-primary"
          // The same command as the palette's "Print: Queue Revised Pages".
          onClick={() => runById('print.queueRevisedPages')}
        >
          Queue revised pages
        </button>
        <button
          type="button"
          className="button-secondary"
          // The same command as the palette's "Print: Queue Pages…": it asks for the pages in the input box.
          onClick={() => runById('print.queuePages')}
        >
          Queue pages…
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void run(
              async () => reportQueued('pages', await queuePages(open.record.id, current.id)),
              'The script could not be queued.',
            )
          }
        >
          Queue whole script
        </button>
      </div>
      <p className="muted queue-context">
        Current: {datedRevisionName(current)}
        {currentPrint
          ? `, ${currentPrint.revisedLabels.length} revised ${currentPrint.revisedLabels.length === 1 ? 'page' : 'pages'}`
          : ''}
      </p>

      {forgotten.length > 0 ? (
        <div className="never-printed" role="region" aria-label="Revisions with pages never printed">
          {forgotten.map(({ r, left }) => (
            <div key={r.id} className="never-printed-row">
              <span>
                {datedRevisionName(r)}: {left.length} revised {left.length === 1 ? 'page' : 'pages'} never
                printed ({describePages(left, orderOf(r.id))})
              </span>
              {queued.some((j) => j.revisionId === r.id) ? (
                <em>queued</em>
              ) : (
                <button type="button" className="button-secondary" onClick={() => void queueRevised(r.id)}>
                  Queue {r.color} pages
                </button>
              )}
            </div>
          ))}
        </div>
      ) : null}

      <Section title={`Queue (${queued.length})`}>
        {totals.length > 0 ? (
          <ul className="sheet-totals" aria-label="Sheets per paper colour">
            {totals.map((t) => (
              <li key={t.paperColor}>{describeSheetTotal(t)}</li>
            ))}
          </ul>
        ) : null}
        {[...groups].map(([revisionId, list]) => (
          <button
            key={revisionId}
            type="button"
            className="button-secondary merge-button"
            onClick={() =>
              void run(async () => {
                await mergeRevisionJobs(open.record.id, revisionId, orderOf(revisionId));
                wb.notify(`Merged ${list.length} jobs for the ${nameOf(revisionId)}.`);
              }, 'The jobs could not be merged.')
            }
          >
            Merge {list.length} jobs for the {nameOf(revisionId)}
          </button>
        ))}
        {queued.length === 0 ? (
          <p className="muted">Nothing waiting to print.</p>
        ) : (
          <ol className="job-list" aria-label="Print jobs, in order">
            {queued.map((job, i) => (
              <JobRow
                key={job.id}
                job={job}
                datedRevisionName={nameOf(job.revisionId)}
                pageOrder={orderOf(job.revisionId)}
                position={i}
                count={queued.length}
                onPrint={() => openPrintPage(job.id)}
                onMarkPrinted={() =>
                  void run(
                    () => markPrinted(job.id).then(() => undefined),
                    'The job could not be marked printed.',
                  )
                }
                onMove={(to) => {
                  if (to < 0 || to >= queued.length) return;
                  // The queue's positions cover printed jobs too: move to the position of the job now at `to`.
                  const target = jobs.findIndex((j) => j.id === queued[to].id);
                  void run(() => moveJob(job.id, target), 'The job could not be moved.');
                }}
                onDropJob={(dragged) => {
                  const target = jobs.findIndex((j) => j.id === job.id);
                  void run(() => moveJob(dragged, target), 'The job could not be moved.');
                }}
                onRemove={() => void run(() => removeJob(job.id), 'The job could not be removed.')}
                onSave={(edit) => editJob(job.id, edit)}
              />
            ))}
          </ol>
        )}
      </Section>

      <Section title={`History (${history.length})`}>
        {history.length === 0 ? (
          <p className="muted">No job of this script has been printed yet.</p>
        ) : (
          <ul className="history-list" aria-label="Print history">
            {history.map((job) => (
              <li key={job.id}>
                <span>{jobSentence(job, nameOf(job.revisionId), orderOf(job.revisionId))}</span>
                <span className="muted">
                  {' '}
                  – {job.printedAt ? new Date(job.printedAt).toLocaleString() : 'time unknown'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
