// What fact-checking does for commands and the context menu: flag the selection (narrowed to the item the engine sees
// in it), flag text selected in the page, save the CSV report, open the printable report.
import { allRevisionsOf, newId, now, scriptFlags } from '../../../lib/db';
import type { FactcheckActions } from '../../../lib/commands/types';
import { createFlag, CATEGORY_LABELS } from '../../../lib/factcheck/workflow';
import { locateQuote } from '../../../lib/notes/locate';
import { buildScript, type Script } from '../../../lib/script/model';
import type { FlagCategory } from '../../../lib/db';
import type { OpenScript } from '../../workbench/openScript';
import type { WorkbenchControls } from '../../workbench/state';
import { addFlag } from './store';
import { download } from '../../ui/download';

/** The item inside script.text[start, end) the engine would propose, if any: a flag is on the item, not the line. */
// The engine and the report (with papaparse) load on first use: this module loads with the first fact-check command.
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

function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Something went wrong, and nothing was changed.';
}

/** Builds the report draft for the open script and writes the CSV. */
export async function exportCsv(open: OpenScript): Promise<string> {
  const { reportCsv, reportFileName, reportRows } = await import('../../../lib/factcheck/report');
  const { record, revision, pages } = open;
  const flags = await scriptFlags(record.id);
  const revisions = await allRevisionsOf(record.id);
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

type Workbench = Pick<WorkbenchControls, 'notify' | 'getSelection'>;

/** Flags script.text[start, end) of the open draft (narrowed to the item the engine sees when `narrow`). */
async function flagRange(open: OpenScript, wb: Workbench, start: number, end: number, narrow: boolean) {
  const { record, revision } = open;
  const script = revision.script;
  const item = narrow ? await itemIn(script, start, end) : undefined;
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
}

/** Runs `work` for the open script, telling the user when there is none or when it fails. */
async function withOpenScript(
  open: OpenScript | null | undefined,
  wb: Workbench,
  work: (open: OpenScript) => Promise<void> | void,
): Promise<void> {
  if (!open) {
    wb.notify('Open a script first: there is nothing to fact-check yet.', 'error');
    return;
  }
  try {
    await work(open);
  } catch (e) {
    wb.notify(messageOf(e), 'error');
  }
}

/**
 * What fact-checking does for commands and the page's context menu, bound to the open script: it needs no view
 * (flags are data, the reports a file and a page), so the Fact-check view need not be showing.
 */
export function factcheckActions(open: OpenScript | null | undefined, wb: Workbench): FactcheckActions {
  return {
    flagSelection: () =>
      withOpenScript(open, wb, async (o) => {
        const sel = wb.getSelection();
        if (!sel || sel.end <= sel.start) {
          wb.notify(
            'Select a line in the script first (click it, or use the arrow keys), then flag it.',
            'error',
          );
          return;
        }
        await flagRange(o, wb, sel.start, sel.end, true);
      }),
    flagQuote: (quote) =>
      withOpenScript(open, wb, async (o) => {
        const found = locateQuote(o.revision.script.text, quote);
        if (!found) {
          wb.notify(
            'The selected text is not in the script shown in the panel. Read the page again, then flag it.',
            'error',
          );
          return;
        }
        await flagRange(o, wb, found.start, found.end, false);
      }),
    exportCsv: () =>
      withOpenScript(open, wb, async (o) => {
        const name = await exportCsv(o);
        wb.notify(`Saved the clearance report as ${name}.`);
      }),
    openReport: () =>
      withOpenScript(open, wb, (o) => {
        window.open(reportUrl(o), '_blank', 'noopener');
      }),
  };
}
