// The fact-check workflow: making a flag on a line, the status steps a flag may take (with who and when), and the
// checks on what a user types into a flag (dates, source links) before anything is stored.

import { anchorAt } from '../anchoring/selectors';
import type { FlagCategory, FlagRecord, FlagStatus } from './types';
import type { Script } from '../script/model';

import { STATUS_LABELS } from './labels';
export { CATEGORY_LABELS, FLAG_CATEGORIES, STATUS_LABELS, FLAG_STATUSES } from './labels';

// A decision (verified, cleared, not clear, dismissed) can be reopened, never jumped from one decision to another
// without a step back: a change of mind shows in the history as "reopened", which is what a clearance log wants.
const NEXT: Record<FlagStatus, readonly FlagStatus[]> = {
  open: ['researching', 'verified', 'cleared', 'not_clear', 'dismissed'],
  researching: ['open', 'verified', 'cleared', 'not_clear', 'dismissed'],
  verified: ['open', 'researching'],
  cleared: ['open', 'researching'],
  not_clear: ['open', 'researching'],
  dismissed: ['open'],
};

/** The statuses a flag in `from` may move to. */
export function nextStatuses(from: FlagStatus): readonly FlagStatus[] {
  return NEXT[from];
}

/** Whether a flag may move from `from` to `to`. */
export function canMove(from: FlagStatus, to: FlagStatus): boolean {
  return NEXT[from].includes(to);
}

/** Why a flag change was refused; `message` is a sentence for the panel. */
export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

/**
 * The flag moved to `to`, with the change added to its history (who and when). Throws a FlagError for a step the
 * workflow does not allow ("Cleared" straight to "Not clear"); the flag passed in is not changed.
 */
export function moveFlag(flag: FlagRecord, to: FlagStatus, by: string | undefined, at: number): FlagRecord {
  if (flag.status === to) return flag;
  if (!canMove(flag.status, to)) {
    throw new FlagError(
      `A flag that is ${STATUS_LABELS[flag.status].toLowerCase()} cannot become ${STATUS_LABELS[to].toLowerCase()} ` +
        `directly: reopen it first.`,
    );
  }
  const who = by?.trim() || undefined;
  return { ...flag, status: to, history: [...flag.history, { status: to, by: who, at }], updatedAt: at };
}

/** What the user gives when flagging a stretch of script text. */
export interface NewFlagInput {
  id: string;
  scriptId: string;
  revisionId: string;
  script: Script;
  /** Offsets into script.text of the flagged item. */
  start: number;
  end: number;
  category: FlagCategory;
  /** Defaults to the flagged text, trimmed. */
  item?: string;
  question?: string;
  by?: string;
  at: number;
}

/** Longest item text kept on a flag: an item is a name or a phrase; the anchor keeps the full quote. */
export const MAX_ITEM_CHARS = 200;

/** A new open flag on `script.text.slice(start, end)`. Throws an AnchorError for an empty or out-of-range stretch. */
export function createFlag(input: NewFlagInput): FlagRecord {
  const anchor = anchorAt(input.script, input.start, input.end);
  const item = (input.item ?? anchor.exact).replace(/\s+/g, ' ').trim().slice(0, MAX_ITEM_CHARS);
  if (!item)
    throw new FlagError('There is nothing to check in that selection: select a word or a line first.');
  return {
    id: input.id,
    createdAt: input.at,
    updatedAt: input.at,
    scriptId: input.scriptId,
    revisionId: input.revisionId,
    anchor,
    placements: {},
    item,
    category: input.category,
    question: input.question?.trim() ?? '',
    sources: [],
    alternatives: [],
    notes: '',
    status: 'open',
    history: [{ status: 'open', by: input.by?.trim() || undefined, at: input.at }],
  };
}

/** An ISO yyyy-mm-dd date that exists on the calendar (a due date). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A source link as stored, or a FlagError: only http(s) and mailto links, so a report never holds a link that runs
 * code when clicked (javascript:, data:). A bare "example.com" gets https:// added.
 */
export function cleanSourceUrl(raw: string): string {
  const s = raw.trim();
  if (!s) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new FlagError(`“${s.slice(0, 80)}” is not a web address.`);
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) {
    throw new FlagError('A source link must start with http://, https:// or mailto:.');
  }
  return url.href;
}

/** The editable parts of a flag. */
export type FlagEdit = Partial<
  Pick<
    FlagRecord,
    'item' | 'category' | 'question' | 'assignee' | 'due' | 'notes' | 'alternatives' | 'sources'
  >
>;

/** The flag with `edit` applied, after checking it (due date, links); throws a FlagError with a sentence. */
export function editFlag(flag: FlagRecord, edit: FlagEdit, at: number): FlagRecord {
  const next: FlagRecord = { ...flag, ...edit, updatedAt: at };
  if (edit.item !== undefined) {
    next.item = edit.item.replace(/\s+/g, ' ').trim().slice(0, MAX_ITEM_CHARS);
    if (!next.item) throw new FlagError('A flag needs the item being checked.');
  }
  if (edit.due !== undefined) {
    const due = edit.due.trim();
    if (due && !isIsoDate(due)) throw new FlagError(`“${due.slice(0, 40)}” is not a date (use yyyy-mm-dd).`);
    next.due = due || undefined;
  }
  if (edit.assignee !== undefined) next.assignee = edit.assignee.trim() || undefined;
  if (edit.alternatives) next.alternatives = edit.alternatives.map((a) => a.trim()).filter(Boolean);
  if (edit.sources) {
    next.sources = edit.sources
      .map((s) => ({ url: s.url ? cleanSourceUrl(s.url) || undefined : undefined, note: s.note.trim() }))
      .filter((s) => s.url || s.note);
  }
  return next;
}
