// The clearance report for one script and one draft: a row per flag (page, scene, line, item, category, status,
// notes, sources, alternatives) and the same rows as CSV that a spreadsheet opens without running formulas.

import { placeOf } from '../anchoring/place-of';
import { toCsv } from '../csv';
import { pageLabelAt as labelOfPageAt } from '../script/page-at';
import { sceneNumberAt, sceneNumbers } from '../script/scene-numbers';
import type { FlagRecord } from './types';
import type { Placement } from '../anchoring/types';
import type { Page, Script } from '../script/model';
import { CATEGORY_LABELS, STATUS_LABELS } from './workflow';

/** The draft a report covers. */
export interface ReportDraft {
  title: string;
  revisionId: string;
  /** "White", "Blue", ... */
  color: string;
  /** ISO yyyy-mm-dd */
  date: string;
  script: Script;
  pages: Page[];
  /** Colour of each revision by id, to say which draft a carried flag came from. */
  colors?: Record<string, string>;
}

/** One row of the report. */
export interface ReportRow {
  flagId: string;
  page: string;
  scene: string;
  /** The line (element text) the item is on in this draft, or the flagged quote when it cannot be placed. */
  line: string;
  item: string;
  category: string;
  status: string;
  question: string;
  assignee: string;
  due: string;
  notes: string;
  sources: string;
  alternatives: string;
  /** Where the flag stands in this draft: "" when flagged on it, else "carried from Blue draft (moved)". */
  placement: string;
}

/** Where a flag's item is in the report's draft: offsets, and how it got there. */
export function placeInDraft(
  flag: FlagRecord,
  revisionId: string,
): { start?: number; end?: number; placement?: Placement } {
  const place = placeOf(flag, revisionId);
  // On its own draft the flag sits on its anchor: there is no placement to describe.
  const placement = flag.revisionId === revisionId ? undefined : flag.placements[revisionId];
  return place.kind === 'range' ? { start: place.start, end: place.end, placement } : { placement };
}

/** Label of the page holding `offset` for a flag: the first page's label for an offset before any page. */
export function pageLabelAt(pages: Page[], offset: number): string {
  return labelOfPageAt(pages, offset, pages[0]?.label ?? '');
}

/** Characters of the line kept either side of the item: a report row quotes the line, not the whole paragraph. */
export const LINE_CONTEXT_CHARS = 60;

function lineAt(script: Script, start: number, end: number): string {
  const el = script.elements.find((e) => e.start <= start && start <= e.end);
  if (!el) return '';
  let from = Math.max(el.start, start - LINE_CONTEXT_CHARS);
  let to = Math.min(el.end, end + LINE_CONTEXT_CHARS);
  // Cut at word boundaries, and say when the line goes on.
  while (from > el.start && /\S/.test(script.text[from - 1])) from--;
  while (to < el.end && /\S/.test(script.text[to])) to++;
  const text = script.text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > el.start ? '…' : ''}${text}${to < el.end ? '…' : ''}`;
}

const PLACEMENT_WORDS: Record<Placement['status'], string> = {
  exact: 'unchanged',
  moved: 'moved',
  fuzzy: 'text changed',
  orphaned: 'not found in this draft',
};

/** The report's rows, in script order (flags that cannot be placed in this draft last). */
export function reportRows(flags: FlagRecord[], draft: ReportDraft): ReportRow[] {
  const rows: (ReportRow & { at: number })[] = [];
  // Numbered as the draft's pages print them, so the report says 6A where the page does.
  const scenes = sceneNumbers(draft.script, draft.pages);
  for (const f of flags) {
    if (f.deletedAt !== undefined) continue;
    const where = placeInDraft(f, draft.revisionId);
    const placed = where.start !== undefined;
    const at = where.start ?? Number.MAX_SAFE_INTEGER;
    const scene = placed ? sceneNumberAt(scenes, at) : undefined;
    const from = draft.colors?.[f.revisionId];
    const placement =
      f.revisionId === draft.revisionId
        ? ''
        : `carried from ${from ? `the ${from} draft` : 'an earlier draft'} (${where.placement ? PLACEMENT_WORDS[where.placement.status] : 'not yet placed in this draft'})`;
    rows.push({
      at,
      flagId: f.id,
      page: placed ? pageLabelAt(draft.pages, at) : '',
      scene: scene?.number ?? '',
      line: placed ? lineAt(draft.script, at, where.end ?? at) : f.anchor.exact.replace(/\s+/g, ' ').trim(),
      item: f.item,
      category: CATEGORY_LABELS[f.category] ?? f.category,
      status: STATUS_LABELS[f.status] ?? f.status,
      question: f.question,
      assignee: f.assignee ?? '',
      due: f.due ?? '',
      notes: f.notes,
      sources: f.sources.map((s) => [s.note, s.url].filter(Boolean).join(' ')).join('; '),
      alternatives: f.alternatives.join('; '),
      placement,
    });
  }
  rows.sort((a, b) => a.at - b.at);
  return rows.map(({ at: _at, ...r }) => r);
}

export const REPORT_COLUMNS: { key: keyof ReportRow; title: string }[] = [
  { key: 'page', title: 'Page' },
  { key: 'scene', title: 'Scene' },
  { key: 'line', title: 'Line' },
  { key: 'item', title: 'Item' },
  { key: 'category', title: 'Category' },
  { key: 'status', title: 'Status' },
  { key: 'question', title: 'Question' },
  { key: 'notes', title: 'Research notes' },
  { key: 'sources', title: 'Sources' },
  { key: 'alternatives', title: 'Alternatives' },
  { key: 'assignee', title: 'Assignee' },
  { key: 'due', title: 'Due' },
  { key: 'placement', title: 'Placement' },
];

/**
 * The report as CSV: a heading block (title, draft colour and date), then one row per flag. Cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, return first) are prefixed with a quote mark.
 */
export function reportCsv(draft: Pick<ReportDraft, 'title' | 'color' | 'date'>, rows: ReportRow[]): string {
  const head = [['Clearance report', draft.title], ['Draft', `${draft.color} draft of ${draft.date}`], []];
  const table = [REPORT_COLUMNS.map((c) => c.title), ...rows.map((r) => REPORT_COLUMNS.map((c) => r[c.key]))];
  return toCsv([...head, ...table]);
}

/** A file name for the report: "clearance-<title>-<colour>-<date>.csv", safe on every system. */
export function reportFileName(draft: Pick<ReportDraft, 'title' | 'color' | 'date'>, ext = 'csv'): string {
  const slug = `${draft.title}-${draft.color}-${draft.date}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `clearance-${slug || 'report'}.${ext}`;
}
