// Locked pages and scenes: once a production draft is locked, page and scene numbers never change. Later drafts
// flow onto A-pages (12, 12A, 12B), shrunk pages merge as ranges ("15-16"), new scenes get 10A, cut ones read OMITTED.

import { diffArrays } from 'diff';
import { internElements } from './element-keys';
import { LINES_PER_PAGE, type IndentPreset, type Paper } from './page-geometry';
import { refillLockedPages } from './locked-refill';
import type { ElementType, Page, PageLine, Script } from './model';

/** One element of the locked draft: enough to recognise it in a later draft. */
export interface LockedElement {
  id: string;
  type: ElementType;
  /** The element's text as compared (cosmetic differences ignored), to align later drafts. */
  text: string;
  /** Index into `PageLock.pages` of the page where the element starts. */
  page: number;
  /** An element split across pages: where each later page starts, as an offset into the element's text. */
  splits?: { page: number; offset: number }[];
}

/** One locked page: its label and what it held. */
export interface LockedPage {
  label: string;
  /** Ids of the elements that start on this page. */
  elementIds: string[];
  /** Indexes into `PageLock.elements` (inclusive) of the elements starting here; -1 when none. */
  firstElement: number;
  lastElement: number;
  /** Offsets into the locked draft's text the page covered. */
  start: number;
  end: number;
  /** Printed lines on the page when locked (a page that now needs fewer has shrunk). */
  lineCount: number;
}

/** A locked draft's pages and scene numbers, as plain data to store. */
export interface PageLock {
  pages: LockedPage[];
  elements: LockedElement[];
  /** Each scene heading's number (the draft's own, else counted 1, 2, ... when locked). */
  scenes: { elementId: string; element: number; number: string }[];
}

/** Locks a draft as paginated: records each page's label and elements, and each scene's number. */
export function lockDraft(script: Script, pages: Page[]): PageLock {
  const pageOf = new Int32Array(script.elements.length).fill(-1);
  pages.forEach((p, pi) => {
    for (const l of p.lines) if (l.element !== undefined && pageOf[l.element] === -1) pageOf[l.element] = pi;
  });
  // Elements without printed lines (notes, page breaks) belong with the element before them.
  let last = 0;
  for (let i = 0; i < pageOf.length; i++) {
    if (pageOf[i] === -1) pageOf[i] = last;
    last = pageOf[i];
  }
  const elements: LockedElement[] = script.elements.map((el, i) => ({
    id: el.id,
    type: el.type,
    text: el.text,
    page: pageOf[i],
  }));
  pages.forEach((p, pi) => {
    for (const l of p.lines) {
      if (l.element === undefined || l.start === undefined || pi === pageOf[l.element]) continue;
      const el = elements[l.element];
      el.splits ??= [];
      if (!el.splits.some((x) => x.page === pi))
        el.splits.push({ page: pi, offset: l.start - script.elements[l.element].start });
    }
  });
  const locked: LockedPage[] = pages.map((p) => ({
    label: p.label,
    elementIds: [],
    firstElement: -1,
    lastElement: -1,
    start: p.start,
    end: p.end,
    lineCount: p.lines.length,
  }));
  elements.forEach((el, i) => {
    const p = locked[el.page];
    if (!p) return;
    p.elementIds.push(el.id);
    if (p.firstElement === -1) p.firstElement = i;
    p.lastElement = i;
  });
  let count = 0;
  const scenes: PageLock['scenes'] = [];
  script.elements.forEach((el, i) => {
    if (el.type !== 'scene_heading') return;
    count++;
    scenes.push({ elementId: el.id, element: i, number: el.sceneNumber ?? String(count) });
  });
  return { pages: locked, elements, scenes };
}

export interface ApplyLockOptions {
  /** Indent preset of the layout (default 'standard'). */
  indents?: IndentPreset;
  /** How new scenes are numbered between existing ones: 'letters' (10A, 10B; between 10 and 10A: 10AA) or
   * 'letter-number' (10A, 10B; between 10 and 10A: A10). Overflow pages beyond a lettered page follow the same. */
  insertScheme?: 'letters' | 'letter-number';
  paper?: Paper;
}

export interface LockedPagination {
  pages: Page[];
  /** The number of every scene heading of the newer draft, by element index. */
  sceneNumbers: { element: number; number: string }[];
  /** Locked scene numbers whose scene is gone (shown as OMITTED). */
  omitted: string[];
}

/** Something placed on a page: an element (or the part of it from..to, offsets into its text), or an OMITTED line. */
export type Item = { element: number; from?: number; to?: number } | { omitted: string };

/**
 * Lays out `newer` on the locked draft's pages: each element stays on the page its locked counterpart was on
 * (changed elements too); overflow goes to A-pages, shrunk neighbours merge as ranges, scene numbers are kept.
 * Each locked page is laid out again by the paginator itself, so refilled pages follow the same page-break rules
 * ((MORE) and (CONT'D), no heading or cue at a foot, nothing past the last line). The unlocked pages of `newer` are
 * no longer needed (the parameter stays for callers).
 */
export function applyLock(
  newer: Script,
  _newerPagesUnlocked: Page[] | null,
  lock: PageLock,
  options: ApplyLockOptions = {},
): LockedPagination {
  const scheme = options.insertScheme ?? 'letters';
  const capacity = LINES_PER_PAGE[options.paper ?? 'letter'];
  const { a, b } = internElements(lock.elements, newer.elements);
  const lockedNumber = new Map(lock.scenes.map((s) => [s.element, s.number]));

  // Page of each newer element and the locked element it continues (if any).
  const pageOf = new Int32Array(newer.elements.length).fill(-1);
  const fromLocked = new Int32Array(newer.elements.length).fill(-1);
  const items: { page: number; item: Item }[] = [];
  const parts = diffArrays(a, b, { maxEditLength: 2000 }) ?? [
    { removed: true, added: false, count: a.length, value: a },
    { removed: false, added: true, count: b.length, value: b },
  ];
  let i = 0;
  let j = 0;
  let page = lock.pages.length ? 0 : -1;
  let removed: number[] = [];
  const flushRemoved = () => {
    for (const r of removed) {
      const num = lockedNumber.get(r);
      if (lock.elements[r].type === 'scene_heading' && num !== undefined) {
        items.push({ page: lock.elements[r].page, item: { omitted: num } });
      }
    }
    removed = [];
  };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.removed) {
      for (let n = 0; n < p.count; n++) removed.push(i++);
      continue;
    }
    if (p.added) {
      // Pair each added element with the next removed one of the same type: an edit stays on its old page.
      let r = 0;
      for (let n = 0; n < p.count; n++, j++) {
        while (r < removed.length && lock.elements[removed[r]].type !== newer.elements[j].type) r++;
        if (r < removed.length) {
          const old = removed.splice(r, 1)[0];
          fromLocked[j] = old;
          page = lock.elements[old].page;
        }
        pageOf[j] = Math.max(page, 0);
        items.push({ page: pageOf[j], item: { element: j } });
      }
      flushRemoved();
      continue;
    }
    flushRemoved();
    for (let n = 0; n < p.count; n++, i++, j++) {
      fromLocked[j] = i;
      page = lock.elements[i].page;
      pageOf[j] = page;
      const splits = lock.elements[i].splits;
      if (!splits?.length) {
        items.push({ page, item: { element: j } });
        continue;
      }
      // Unchanged and split across locked pages: split it at the same places again.
      let from = 0;
      for (const sp of splits) {
        items.push({ page, item: { element: j, from, to: sp.offset } });
        page = sp.page;
        from = sp.offset;
      }
      items.push({ page, item: { element: j, from } });
    }
  }
  flushRemoved();

  const sceneNumbers = numberScenes(newer, fromLocked, lockedNumber, lock, scheme);
  const numberOf = new Map(sceneNumbers.map((s) => [s.element, s.number]));
  const omitted = items.flatMap((x) => ('omitted' in x.item ? [x.item.omitted] : []));

  // Each locked page's content is laid out on its own, by the paginator's rules.
  const groups: Item[][] = lock.pages.map(() => []);
  if (groups.length === 0) groups.push([]);
  for (const x of items) groups[Math.min(Math.max(x.page, 0), groups.length - 1)].push(x.item);
  const laid = refillLockedPages(newer, groups, numberOf, {
    paper: options.paper,
    indents: options.indents,
  });
  const sheets: { label: string; lines: PageLine[]; shrank: boolean }[] = [];
  const taken = new Set(lock.pages.map((p) => p.label));
  laid.forEach((filled, gi) => {
    const label = lock.pages[gi]?.label ?? '1';
    const lockedCount = lock.pages[gi]?.lineCount ?? capacity;
    const overflow = overflowLabels(label, filled.length - 1, taken, scheme);
    filled.forEach((ls, n) =>
      sheets.push({
        label: n === 0 ? label : overflow[n - 1],
        lines: ls,
        shrank: n === 0 && filled.length === 1 && ls.length < lockedCount,
      }),
    );
  });

  // Merge shrunk neighbours that now fit on one sheet: "15-16".
  const merged: { first: string; last: string; lines: PageLine[] }[] = [];
  let prevShrank = false;
  for (const s of sheets) {
    const top = merged[merged.length - 1];
    const join = top
      ? top.lines.length + (top.lines.length && s.lines.length ? 1 : 0) + s.lines.length
      : Infinity;
    if (top && (s.lines.length === 0 || (join <= capacity && (s.shrank || prevShrank)))) {
      if (top.lines.length && s.lines.length) top.lines.push({ text: '', kind: 'blank', indent: 0 });
      top.lines.push(...s.lines);
      top.last = s.label;
    } else merged.push({ first: s.label, last: s.label, lines: [...s.lines] });
    prevShrank = s.shrank;
  }
  const pages = merged.map((m, n) =>
    makePage(n, m.first === m.last ? m.first : `${m.first}-${m.last}`, m.lines),
  );
  return { pages, sceneNumbers, omitted };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function letterAt(n: number): string {
  return n < 26 ? LETTERS[n] : LETTERS[Math.floor(n / 26) - 1] + LETTERS[n % 26];
}

/** Labels for `count` overflow pages after `label`: 12A, 12B ...; after a lettered page 12A: 12B if free, else deeper. */
export function overflowLabels(
  label: string,
  count: number,
  taken: Set<string>,
  scheme: 'letters' | 'letter-number',
): string[] {
  const out: string[] = [];
  const m = /^(\d+)([A-Z]*)$/.exec(label);
  const base = m ? m[1] : label;
  const suffix = m ? m[2] : '';
  let n = suffix ? LETTERS.indexOf(suffix[suffix.length - 1]) + 1 : 0;
  const stem = suffix ? base + suffix.slice(0, -1) : base;
  let deep = 0;
  while (out.length < count) {
    let c = n < 26 ? stem + letterAt(n) : '';
    if (!c || taken.has(c)) {
      // The next letter is another locked page: go one level deeper after this page's own label.
      c = scheme === 'letters' ? label + letterAt(deep) : `${label}${deep + 1}`;
      deep++;
    } else n++;
    if (taken.has(c)) continue;
    taken.add(c);
    out.push(c);
  }
  return out;
}

/** Scene numbers for the newer draft: locked headings keep theirs; new ones get a number between neighbours. */
function numberScenes(
  newer: Script,
  fromLocked: Int32Array,
  lockedNumber: Map<number, string>,
  lock: PageLock,
  scheme: 'letters' | 'letter-number',
): { element: number; number: string }[] {
  const out: { element: number; number: string }[] = [];
  const taken = new Set(lock.scenes.map((s) => s.number));
  let prev: string | null = null; // last kept number
  let run = 0; // new scenes since it
  for (let j = 0; j < newer.elements.length; j++) {
    if (newer.elements[j].type !== 'scene_heading') continue;
    const old = fromLocked[j] >= 0 ? lockedNumber.get(fromLocked[j]) : undefined;
    if (old !== undefined) {
      out.push({ element: j, number: old });
      prev = old;
      run = 0;
      continue;
    }
    let label = '';
    for (;;) {
      if (prev === null) label = `${letterAt(run)}${lock.scenes[0]?.number ?? '1'}`;
      else {
        const simple = prev + letterAt(run);
        label = simple;
        if (taken.has(simple))
          label = scheme === 'letters' ? `${prev}A${letterAt(run)}` : `${letterAt(run)}${prev}`;
      }
      run++;
      if (!taken.has(label)) break;
    }
    taken.add(label);
    out.push({ element: j, number: label });
  }
  return out;
}

/** Builds a Page from its laid-out lines (line wrapping and page breaks come from lib/script/paginate.ts). */
function makePage(index: number, label: string, lines: PageLine[]): Page {
  const text = lines.filter((l) => l.start !== undefined);
  const els = lines.filter((l) => l.element !== undefined).map((l) => l.element as number);
  return {
    index,
    label,
    lines,
    firstElement: els.length ? Math.min(...els) : undefined,
    lastElement: els.length ? Math.max(...els) : undefined,
    start: text.length ? (text[0].start as number) : 0,
    end: text.length ? (text[text.length - 1].end as number) : 0,
  };
}
