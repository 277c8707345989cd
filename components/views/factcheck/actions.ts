// What fact-checking does for commands and the context menu: flag the selection (narrowed to the item the engine sees
// in it), flag text selected in the page, save the CSV report, open the printable report.
import { db, newId, now } from '../../../lib/db';
import type { FactcheckRequest } from '../../../lib/factcheck/requests';
import { createFlag, CATEGORY_LABELS } from '../../../lib/factcheck/workflow';
import { locateQuote } from '../../../lib/notes/locate';
import { buildScript, type Script } from '../../../lib/script/model';
import type { FlagCategory } from '../../../lib/factcheck/types';
import type { OpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { addFlag } from './store';
import { download } from '../../ui/download';
import { errorSentence } from '../../../lib/error-sentence';

/** The item inside script.text[start, end) the engine would propose, if any: a flag is on the item, not the line. */
// The engine and the report (with papaparse) load on first use: the badge that hears requests is in the first load.
export async function itemIn(
  script: Script,
  start: number,
  end: number,
): Promise<{ start: number; end: number; category: FlagCategory } | undefined> {
  const { suggestItems } = await import('../../../lib/factcheck/suggest');
  const els = script.elements.filter((e) => e.end > start && e.start < end);
  if (els.length === 0 || els.length > 40) return undefined;
  // Suggest on just these elements, keeping the script's characters known, so a long script costs nothing extra.
  const cues = script.elements
    .filter((e) => e.type === 'character')
    .map(({ id: _id, start: _s, end: _e, ...d }) => d);
  const withCues = buildScript(script.format, [
    ...els.map(({ id: _id, start: _s, end: _e, ...d }) => d),
    ...cues,
  ]);
  const found = suggestItems(withCues).filter((s) => s.start < withCues.elements[els.length - 1].end);
  const shift = els[0].start;
  for (const s of found) {
    const a = s.start + shift;
    const b = s.end + shift;
    if (a >= start && b <= end) return { start: a, end: b, category: s.category };
  }
  return undefined;
}

/** Builds the report draft for the open script and writes the CSV. */
export async function exportCsv(open: OpenScript): Promise<string> {
  const { reportCsv, reportFileName, reportRows } = await import('../../../lib/factcheck/report');
  const { record, revision, pages } = open;
  const flags = (await db.flags.where('scriptId').equals(record.id).toArray()).filter(
    (f) => f.deletedAt === undefined,
  );
  const revisions = await db.revisions.where('scriptId').equals(record.id).toArray();
  const colors = Object.fromEntries(revisions.map((r) => [r.id, r.color]));
  const draft = {
    title: record.title,
    revisionId: revision.id,
    color: revision.color,
    date: revision.date,
    script: revision.script,
    pages,
    colors,
  };
  const name = reportFileName(draft);
  download(reportCsv(draft, reportRows(flags, draft)), name, 'text/csv;charset=utf-8');
  return name;
}

/** The printable report page for the open draft. */
export function reportUrl(open: OpenScript): string {
  return `report.html?script=${encodeURIComponent(open.record.id)}&revision=${encodeURIComponent(open.revision.id)}`;
}

type Workbench = ReturnType<typeof useWorkbench>;

/** Handles one fact-check request for the open script, telling the user what happened. */
export async function handleFactcheckRequest(
  r: FactcheckRequest,
  open: OpenScript | null | undefined,
  wb: Workbench,
): Promise<void> {
  if (!open) {
    wb.notify('Open a script first: there is nothing to fact-check yet.', 'error');
    return;
  }
  const { record, revision } = open;
  const script = revision.script;
  try {
    if (r.type === 'flag-selection' || r.type === 'flag-quote') {
      let start: number;
      let end: number;
      if (r.type === 'flag-quote') {
        const found = locateQuote(script.text, r.quote);
        if (!found) {
          wb.notify(
            'The selected text is not in the script shown in the panel. Read the page again, then flag it.',
            'error',
          );
          return;
        }
        ({ start, end } = found);
      } else {
        if (!wb.selection || wb.selection.end <= wb.selection.start) {
          wb.notify(
            'Select a line in the script first (click it, or use the arrow keys), then flag it.',
            'error',
          );
          return;
        }
        ({ start, end } = wb.selection);
      }
      const item = r.type === 'flag-selection' ? await itemIn(script, start, end) : undefined;
      const flag = createFlag({
        id: newId(),
        scriptId: record.id,
        revisionId: revision.id,
        script,
        start: item?.start ?? start,
        end: item?.end ?? end,
        category: item?.category ?? 'other',
        at: now(),
      });
      await addFlag(flag);
      wb.notify(`Flagged ${CATEGORY_LABELS[flag.category]} “${flag.item.slice(0, 60)}” for fact-check.`);
    } else if (r.type === 'export-csv') {
      const name = await exportCsv(open);
      wb.notify(`Saved the clearance report as ${name}.`);
    } else if (r.type === 'open-report') {
      window.open(reportUrl(open), '_blank', 'noopener');
    }
  } catch (e) {
    wb.notify(errorSentence(e), 'error');
  }
}
