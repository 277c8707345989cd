// The packaged print page: reads ?job=<id> (or ?script=&revision=&pages=) from its URL, lays the pages out, and offers
// Print, then "Mark printed" / "Only some pages printed". Screen-only controls never print.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { PrintJobRecord } from '../../../lib/db';
import { totalCopies } from '../../../lib/print/jobs';
import { printDocument, type PrintDocument } from '../../../lib/print/sheets';
import { parsePageList } from '../../../lib/print/pages';
import { getPrintJob, loadRevisionPrint, markPrinted } from '../../../lib/db/print-queue';
import { PrintSheets } from './PrintSheets';
import { useLive } from '../../platform/live';
import './print.css';
import { errorSentence } from '../../../lib/error-sentence';

/** What the URL asks for. */
export type PrintTarget =
  | { kind: 'job'; jobId: string }
  | { kind: 'pages'; scriptId: string; revisionId: string; pages?: string }
  | { kind: 'none' };

/** Reads the print page's query string. */
export function printTarget(search: string): PrintTarget {
  const q = new URLSearchParams(search);
  const job = q.get('job');
  if (job) return { kind: 'job', jobId: job };
  const scriptId = q.get('script');
  const revisionId = q.get('revision');
  if (scriptId && revisionId)
    return { kind: 'pages', scriptId, revisionId, pages: q.get('pages') ?? undefined };
  return { kind: 'none' };
}

type Loaded = { ok: true; doc: PrintDocument; title: string; ms: number } | { ok: false; message: string };

async function load(target: PrintTarget, job: PrintJobRecord | undefined): Promise<Loaded> {
  const t0 = performance.now();
  if (target.kind === 'none') {
    return { ok: false, message: 'Nothing to print: open this page from the Print queue.' };
  }
  if (target.kind === 'job' && (!job || job.deletedAt !== undefined)) {
    return { ok: false, message: 'This print job is no longer in the queue.' };
  }
  const scriptId = target.kind === 'job' ? (job as PrintJobRecord).scriptId : target.scriptId;
  const revisionId = target.kind === 'job' ? (job as PrintJobRecord).revisionId : target.revisionId;
  let found;
  try {
    found = await loadRevisionPrint(scriptId, revisionId);
  } catch {
    return { ok: false, message: 'The script or revision of this job is no longer stored.' };
  }
  const order = found.print.pages.map((p) => p.label);
  let labels: string[];
  if (job) labels = job.pages;
  else if (target.kind === 'pages' && target.pages) {
    const r = parsePageList(target.pages, order);
    if (r.unknown.length) {
      return {
        ok: false,
        message: `This revision has no page ${r.unknown.join(', ')}. Its pages are ${order[0]} to ${order.at(-1)}.`,
      };
    }
    labels = r.labels;
  } else labels = found.print.revisedLabels.length ? found.print.revisedLabels : order;
  const doc = printDocument({
    scriptTitle: found.script.title,
    revision: found.revision,
    print: found.print,
    labels,
    paper: found.script.settings.paper,
    cover:
      job && job.includeCoverSheet
        ? { copies: totalCopies(job), recipients: job.recipients, collated: job.collated }
        : undefined,
  });
  return { ok: true, doc, title: found.script.title, ms: performance.now() - t0 };
}

function MarkPrinted({ job, labels }: { job: PrintJobRecord; labels: string[] }) {
  const [partial, setPartial] = useState(false);
  const [pages, setPages] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const inputId = useId();
  async function mark(which?: string[]) {
    try {
      const next = await markPrinted(job.id, which);
      setMessage(
        next.status === 'printed'
          ? `Marked printed at ${new Date(next.printedAt ?? Date.now()).toLocaleTimeString()}.`
          : `Marked ${next.printedPages?.length ?? 0} of ${next.pages.length} pages printed.`,
      );
      setPartial(false);
    } catch (e) {
      setMessage(errorSentence(e, 'The job could not be marked printed.'));
    }
  }
  function submitPartial(e: FormEvent) {
    e.preventDefault();
    const r = parsePageList(pages, labels);
    if (r.unknown.length || r.labels.length === 0) {
      setMessage(
        r.unknown.length ? `This job has no page ${r.unknown.join(', ')}.` : 'Type the pages that printed.',
      );
      return;
    }
    void mark(r.labels);
  }
  const done = job.status === 'printed';
  return (
    <div className="print-tracking">
      {done ? (
        <span>Printed {new Date(job.printedAt ?? 0).toLocaleString()}</span>
      ) : (
        <>
          <button type="button" className="button-secondary" onClick={() => void mark()}>
            Mark printed
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-expanded={partial}
            onClick={() => setPartial((p) => !p)}
          >
            Only some pages printed…
          </button>
        </>
      )}
      {partial ? (
        <form onSubmit={submitPartial} className="inline-form">
          <label htmlFor={inputId}>Pages that printed</label>
          <input
            id={inputId}
            value={pages}
            onChange={(e) => setPages(e.target.value)}
            placeholder="1, 2, 14A"
          />
          <button type="submit" className="button-secondary">
            Save
          </button>
        </form>
      ) : null}
      {message ? <span role="status">{message}</span> : null}
    </div>
  );
}

/** The print page. */
export function PrintApp({ search }: { search: string }) {
  const target = useMemo(() => printTarget(search), [search]);
  const jobId = target.kind === 'job' ? target.jobId : '';
  // Wrapped, so "still loading" (undefined) differs from "no such job" ({ job: undefined }).
  const read = useLive(async () => ({ job: jobId ? await getPrintJob(jobId) : undefined }), [jobId]);
  const job = read?.job;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [colour, setColour] = useState(false);
  const jobLoaded = read !== undefined;
  const jobKey = job ? `${job.id}:${job.updatedAt}:${job.pages.join(',')}` : '';
  useEffect(() => {
    if (!jobLoaded) return;
    let live = true;
    void load(target, job).then((l) => live && setLoaded(l));
    return () => {
      live = false;
    };
    // The job's content (not its identity on every live read) decides what to lay out.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, jobLoaded, jobKey]);
  useEffect(() => {
    if (!loaded) return;
    document.title = loaded.ok ? `Print: ${loaded.title}` : 'Print: nothing to print';
    // The e2e test and the figure read these once the sheets are drawn.
    requestAnimationFrame(() => {
      document.body.dataset.state = loaded.ok ? 'ready' : 'error';
      if (loaded.ok) document.body.dataset.prepareMs = loaded.ms.toFixed(1);
      document.body.dataset.sinceStartMs = performance.now().toFixed(1);
    });
  }, [loaded]);

  if (!loaded) return <p className="print-toolbar">Preparing pages…</p>;
  if (!loaded.ok) {
    return (
      <main className="print-toolbar">
        <p role="alert">{loaded.message}</p>
      </main>
    );
  }
  const { doc } = loaded;
  const sheets = doc.pages.length + (doc.cover ? 1 : 0);
  return (
    <>
      <header className="print-toolbar" aria-label="Print controls">
        <h1>
          {loaded.title}: {doc.paperColor} pages
        </h1>
        <p>
          {doc.pages.length} {doc.pages.length === 1 ? 'page' : 'pages'}
          {doc.cover ? ' and a cover sheet' : ''} ({sheets} {sheets === 1 ? 'sheet' : 'sheets'}) on{' '}
          {doc.paper === 'a4' ? 'A4' : 'US Letter'}
          {doc.cover && doc.cover.copies > 1 ? `. Set ${doc.cover.copies} copies in the print dialog.` : '.'}
        </p>
        {doc.missing.length > 0 ? (
          <p role="alert">
            This revision no longer has page {doc.missing.join(', ')};{' '}
            {doc.missing.length === 1 ? 'it is' : 'they are'} left out.
          </p>
        ) : null}
        <div className="print-actions">
          <button type="button" className="button-primary" onClick={() => window.print()}>
            Print…
          </button>
          <label className="checkbox">
            <input type="checkbox" checked={colour} onChange={(e) => setColour(e.target.checked)} />
            Print the paper colour (for white paper)
          </label>
          {job ? <MarkPrinted job={job} labels={job.pages} /> : null}
        </div>
      </header>
      <main aria-label="Pages to print">
        <PrintSheets doc={doc} colour={colour} />
      </main>
    </>
  );
}
