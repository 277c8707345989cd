// The compare view's data: every element of both drafts as diff rows in reading order, unchanged stretches folded,
// each change told as a sentence (for the F7 list and the screen reader), and where each row sits (page, scene).
import type { ScriptComparison, WordSpan } from '../../../lib/revision';
import type { Page, Script } from '../../../lib/script/model';

export type DiffRow =
  | { kind: 'same'; older: number; newer: number }
  | { kind: 'added'; newer: number }
  | { kind: 'removed'; older: number; after: number }
  | { kind: 'changed'; older: number; newer: number; words: WordSpan[] }
  | { kind: 'moved'; older: number; newer: number };

/** A row to draw: a diff row (with its index among all rows) or a fold standing for hidden unchanged rows. */
export type VisibleRow = { kind: 'row'; index: number } | { kind: 'fold'; from: number; count: number };

/**
 * Rows for both drafts in the newer draft's order, removed elements where they were. Unchanged elements are those
 * the comparison does not list; they pair up in order.
 */
export function diffRows(older: Script, newer: Script, cmp: ScriptComparison): DiffRow[] {
  const olderListed = new Uint8Array(older.elements.length);
  const newerListed = new Uint8Array(newer.elements.length);
  for (const c of cmp.elements) {
    if (c.olderIndex !== undefined) olderListed[c.olderIndex] = 1;
    if (c.newerIndex !== undefined) newerListed[c.newerIndex] = 1;
  }
  const sameOlderOf = new Int32Array(newer.elements.length).fill(-1);
  const newerOfOlder = new Int32Array(older.elements.length).fill(-1);
  let i = 0;
  for (let j = 0; j < newer.elements.length; j++) {
    if (newerListed[j]) continue;
    while (i < older.elements.length && olderListed[i]) i++;
    if (i >= older.elements.length) break;
    sameOlderOf[j] = i;
    newerOfOlder[i] = j;
    i++;
  }
  for (const c of cmp.elements) {
    if (c.kind === 'changed' && c.olderIndex !== undefined && c.newerIndex !== undefined)
      newerOfOlder[c.olderIndex] = c.newerIndex;
  }
  /** The newer element a removed older element follows: the last kept (not moved) one before it, or -1. */
  const afterOf = (oi: number) => {
    for (let k = oi - 1; k >= 0; k--) if (newerOfOlder[k] >= 0) return newerOfOlder[k];
    return -1;
  };

  const rows: DiffRow[] = [];
  let next = 0;
  const sameUpTo = (j: number) => {
    for (; next <= j && next < newer.elements.length; next++) {
      if (!newerListed[next] && sameOlderOf[next] >= 0)
        rows.push({ kind: 'same', older: sameOlderOf[next], newer: next });
    }
  };
  for (const c of cmp.elements) {
    if (c.kind === 'removed' && c.olderIndex !== undefined) {
      const after = afterOf(c.olderIndex);
      sameUpTo(after);
      rows.push({ kind: 'removed', older: c.olderIndex, after });
      continue;
    }
    if (c.newerIndex === undefined) continue;
    sameUpTo(c.newerIndex - 1);
    next = Math.max(next, c.newerIndex + 1);
    if (c.kind === 'added') rows.push({ kind: 'added', newer: c.newerIndex });
    else if (c.kind === 'changed')
      rows.push({ kind: 'changed', older: c.olderIndex!, newer: c.newerIndex, words: c.words ?? [] });
    else rows.push({ kind: 'moved', older: c.olderIndex!, newer: c.newerIndex });
  }
  sameUpTo(newer.elements.length - 1);
  return rows;
}

/** Unchanged rows kept either side of a change before the rest fold away. */
export const FOLD_CONTEXT = 2;

/** The rows to draw: unchanged stretches longer than the context fold, unless the user opened them (`opened`: fold starts). */
export function visibleRows(
  rows: readonly DiffRow[],
  opened: ReadonlySet<number>,
  context = FOLD_CONTEXT,
): VisibleRow[] {
  const out: VisibleRow[] = [];
  let k = 0;
  while (k < rows.length) {
    if (rows[k].kind !== 'same') {
      out.push({ kind: 'row', index: k++ });
      continue;
    }
    let end = k;
    while (end < rows.length && rows[end].kind === 'same') end++;
    const keepHead = k === 0 ? 0 : context;
    const keepTail = end === rows.length ? 0 : context;
    const hidden = end - k - keepHead - keepTail;
    if (hidden <= 1 || opened.has(k + keepHead)) {
      for (let r = k; r < end; r++) out.push({ kind: 'row', index: r });
    } else {
      for (let r = k; r < k + keepHead; r++) out.push({ kind: 'row', index: r });
      out.push({ kind: 'fold', from: k + keepHead, count: hidden });
      for (let r = end - keepTail; r < end; r++) out.push({ kind: 'row', index: r });
    }
    k = end;
  }
  return out;
}

/** Page label and scene of every newer element (undefined before the first page or scene). */
export interface Places {
  pageOf: (string | undefined)[];
  /** Index into `scenes` of the scene each newer element is in, or -1. */
  sceneOf: Int32Array;
  scenes: { heading: string; number?: string; element: number }[];
}

/** Where each newer element is: its page label (from the laid-out pages) and its scene. */
export function placesOf(newer: Script, pages: readonly Page[]): Places {
  const pageOf: (string | undefined)[] = new Array(newer.elements.length).fill(undefined);
  for (const p of pages)
    for (const l of p.lines)
      if (l.element !== undefined && pageOf[l.element] === undefined) pageOf[l.element] = p.label;
  for (let j = 1; j < pageOf.length; j++) pageOf[j] ??= pageOf[j - 1];
  const sceneOf = new Int32Array(newer.elements.length).fill(-1);
  const scenes: Places['scenes'] = [];
  newer.elements.forEach((el, j) => {
    if (el.type === 'scene_heading') scenes.push({ heading: el.text, number: el.sceneNumber, element: j });
    sceneOf[j] = scenes.length - 1;
  });
  return { pageOf, sceneOf, scenes };
}

/** Newer element a row sits at (a removed row: the element it follows). */
export function rowElement(row: DiffRow): number {
  return row.kind === 'removed' ? row.after : row.newer;
}

const TYPE_NAMES: Record<string, string> = {
  scene_heading: 'scene heading',
  character: 'character cue',
  page_break: 'page break',
};

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One change as a sentence: "Changed dialogue on page 1, scene 1 (INT. BAKERY KITCHEN - NIGHT): removed “Tuesday”, added “Monday”." */
export function changeSentence(row: DiffRow, older: Script, newer: Script, places: Places): string {
  const at = rowElement(row);
  const page = at >= 0 ? places.pageOf[at] : undefined;
  const s = at >= 0 ? places.sceneOf[at] : -1;
  const scene = s >= 0 ? places.scenes[s] : undefined;
  const where = [
    page ? `page ${page}` : undefined,
    scene ? `scene ${scene.number ? `${scene.number} ` : ''}(${excerpt(scene.heading, 40)})` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const el = row.kind === 'removed' ? older.elements[row.older] : newer.elements[row.newer];
  const type = TYPE_NAMES[el.type] ?? el.type;
  const on = where ? ` on ${where}` : '';
  const quoted = el.text.trim() ? `: “${excerpt(el.text)}”` : '';
  switch (row.kind) {
    case 'added':
      return `Added ${type}${on}${quoted}.`;
    case 'removed':
      return `Removed ${type}${where ? ` after ${where}` : ''}${quoted}.`;
    case 'moved':
      return `Moved ${type} to ${where || 'a new place'}${quoted}.`;
    case 'changed': {
      const removed = row.words.filter((w) => w.kind === 'removed').map((w) => w.text);
      const added = row.words.filter((w) => w.kind === 'added').map((w) => w.text);
      const parts = [
        removed.length ? `removed “${excerpt(removed.join(' … '), 40)}”` : '',
        added.length ? `added “${excerpt(added.join(' … '), 40)}”` : '',
      ].filter(Boolean);
      return `Changed ${type}${on}: ${parts.join(', ') || 'spacing or layout'}.`;
    }
    default:
      return `Unchanged ${type}${on}.`;
  }
}

/** A text cut into plain and highlighted pieces by word spans (offsets into the script text; `base` = element start). */
export function segments(
  text: string,
  base: number,
  spans: readonly WordSpan[],
  kind: WordSpan['kind'],
): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const w of spans) {
    if (w.kind !== kind) continue;
    const s = Math.max(at, w.start - base);
    const e = Math.min(text.length, w.end - base);
    if (e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** The summary line: "Blue revision: 7 scenes changed, 11 pages (12, 14, 14A, ...), 2 scenes omitted". */
export function summaryLine(color: string, cmp: ScriptComparison, maxLabels = 6): string {
  const changed = new Set<number>();
  for (const s of [...cmp.scenes.changed, ...cmp.scenes.added, ...cmp.scenes.moved])
    if (s.newerIndex !== undefined) changed.add(s.newerIndex);
  const pages = cmp.changedPages;
  const labels = pages.slice(0, maxLabels).join(', ') + (pages.length > maxLabels ? ', ...' : '');
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts = [
    `${plural(changed.size, 'scene')} changed`,
    `${plural(pages.length, 'page')}${pages.length ? ` (${labels})` : ''}`,
  ];
  if (cmp.scenes.removed.length) parts.push(`${plural(cmp.scenes.removed.length, 'scene')} omitted`);
  return `${color} revision: ${parts.join(', ')}`;
}
