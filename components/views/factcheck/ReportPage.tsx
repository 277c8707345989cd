// The printable clearance report for `?script=<id>&revision=<id>` (a packaged page: print it, or save it as PDF from
// the browser's print dialog). Title, draft colour and date, then one row per flag. Every value is shown as text.
import { allFlagsOf, allRevisionsOf, getRevision, getScript } from '../../../lib/db';
import { REPORT_COLUMNS, reportRows, type ReportDraft } from '../../../lib/factcheck/report';
import { storedLocks } from '../../../lib/db/locks';
import { revisionPagesOf } from '../../../lib/revision/pages';
import { useLive } from '../../platform/live';
import './report.css';

async function loadReport(scriptId: string, revisionId: string) {
  const script = await getScript(scriptId);
  const revision = await getRevision(revisionId);
  if (!script || !revision || revision.scriptId !== script.id || revision.deletedAt !== undefined)
    return null;
  const revisions = await allRevisionsOf(script.id);
  // The pages as they print, locked numbering kept (A-pages, 6A scenes): the same pages the panel shows.
  const live = revisions.filter((r) => r.deletedAt === undefined);
  const pages = revisionPagesOf(revision, live, script.settings, await storedLocks(live));
  const draft: ReportDraft = {
    title: script.title,
    revisionId: revision.id,
    color: revision.color,
    date: revision.date,
    script: revision.script,
    pages,
    colors: Object.fromEntries(revisions.map((r) => [r.id, r.color])),
  };
  const flags = await allFlagsOf(script.id);
  return { draft, rows: reportRows(flags, draft) };
}

/** The clearance report page. */
export function ReportPage({ search }: { search: string }) {
  const q = new URLSearchParams(search);
  const scriptId = q.get('script') ?? '';
  const revisionId = q.get('revision') ?? '';
  const data = useLive(() => loadReport(scriptId, revisionId), [scriptId, revisionId]);
  if (data === undefined) return <p>Loading…</p>;
  if (data === null) {
    return (
      <p role="alert">
        This report’s script or draft is not stored here any more. Open the Fact-check view and choose
        “Printable report” again.
      </p>
    );
  }
  const { draft, rows } = data;
  // Columns every row leaves empty (no questions asked yet, say) are left out, so the rest have room on paper.
  const always = new Set(['page', 'scene', 'line', 'item', 'category', 'status']);
  const columns = REPORT_COLUMNS.filter((c) => always.has(c.key) || rows.some((r) => r[c.key]));
  return (
    <main className="clearance-report">
      <header>
        <h1>Clearance report: {draft.title}</h1>
        <p>
          {draft.color} draft, {draft.date} · {rows.length} {rows.length === 1 ? 'item' : 'items'}
        </p>
        <button type="button" className="no-print" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </header>
      {rows.length === 0 ? (
        <p>No items are flagged on this script.</p>
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.flagId}>
                {columns.map((c) => (
                  <td key={c.key} className={`report-${c.key}`}>
                    {c.key === 'item' ? <strong>{r[c.key]}</strong> : r[c.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
