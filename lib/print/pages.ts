// Page labels in a print job: production order (12, 12A, 12B, 13, "15-16"), duplicates dropped, and the page lists
// a user types ("1-3, 14A, 20") read against the revision's own pages.

/** Sort key of a label: its first number, its letters (A < Z < AA), a trailing number (10A1); unknown labels last. */
function labelKey(label: string): [number, number, string, number] {
  const m = /^(\d+)([A-Z]*)(\d*)(?:-\d+[A-Z]*)?$/i.exec(label.trim());
  if (!m) return [Number.MAX_SAFE_INTEGER, 0, label, 0];
  const letters = m[2].toUpperCase();
  return [Number(m[1]), letters.length, letters, m[3] ? Number(m[3]) : 0];
}

/** Compares two page labels in production order, without knowing the pages ("12" < "12A" < "12B" < "12AA" < "13"). */
export function compareLabels(a: string, b: string): number {
  const ka = labelKey(a);
  const kb = labelKey(b);
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] < kb[i]) return -1;
    if (ka[i] > kb[i]) return 1;
  }
  return 0;
}

/**
 * The labels once each, in page order: the revision's page list when given (its order is the truth for odd labels),
 * else production order. Labels the page list lacks keep production order after the known ones.
 */
export function orderLabels(labels: readonly string[], pageOrder?: readonly string[]): string[] {
  const unique = [...new Set(labels.map((l) => l.trim()).filter((l) => l.length > 0))];
  if (!pageOrder) return unique.sort(compareLabels);
  const index = new Map(pageOrder.map((l, i) => [l, i]));
  return unique.sort((a, b) => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia !== undefined && ib !== undefined) return ia - ib;
    if (ia !== undefined) return -1;
    if (ib !== undefined) return 1;
    return compareLabels(a, b);
  });
}

/** What a typed page list gave: the labels, and the parts that name no page of this revision. */
export interface PageListResult {
  labels: string[];
  unknown: string[];
}

/**
 * Reads a page list as a user types it ("1-3, 14A, 20", "all") against the revision's page labels, in page order.
 * A part that is itself a label ("15-16", a merged page) is that page; otherwise "a-b" is every page from a to b
 * (A-pages between them included). Trailing periods are forgiven ("14A.").
 */
export function parsePageList(input: string, pageOrder: readonly string[]): PageListResult {
  const known = new Map(pageOrder.map((l, i) => [l.toUpperCase(), i]));
  const picked = new Set<number>();
  const unknown: string[] = [];
  const parts = input
    .replace(/\s*[-\u2013]\s*/g, '-')
    .split(/[,;\s]+/)
    .map((p) => p.replace(/\.$/, ''))
    .filter((p) => p.length > 0);
  for (const part of parts) {
    const upper = part.toUpperCase();
    if (upper === 'ALL') {
      pageOrder.forEach((_, i) => picked.add(i));
      continue;
    }
    const exact = known.get(upper);
    if (exact !== undefined) {
      picked.add(exact);
      continue;
    }
    const range = /^(.+?)-(.+)$/.exec(upper);
    const from = range ? known.get(range[1]) : undefined;
    const to = range ? known.get(range[2]) : undefined;
    if (from !== undefined && to !== undefined) {
      for (let i = Math.min(from, to); i <= Math.max(from, to); i++) picked.add(i);
    } else {
      unknown.push(part);
    }
  }
  return { labels: [...picked].sort((a, b) => a - b).map((i) => pageOrder[i]), unknown };
}

/** A short list for a label row: "1-3, 14A, 20" (runs of consecutive pages in `pageOrder` joined with a dash). */
export function describePages(labels: readonly string[], pageOrder?: readonly string[]): string {
  if (labels.length === 0) return 'no pages';
  if (!pageOrder) return orderLabels(labels).join(', ');
  const index = new Map(pageOrder.map((l, i) => [l, i]));
  const ordered = orderLabels(labels, pageOrder);
  const out: string[] = [];
  let i = 0;
  while (i < ordered.length) {
    let j = i;
    const at = index.get(ordered[i]);
    while (at !== undefined && j + 1 < ordered.length && index.get(ordered[j + 1]) === at + (j + 1 - i)) {
      j++;
    }
    out.push(...describeRun(ordered.slice(i, j + 1)));
    i = j + 1;
  }
  return out.join(', ');
}

/** A merged page's label ("15-16") holds a dash of its own. */
const isRangeLabel = (label: string) => label.includes('-');

/**
 * One run of consecutive pages, as written: "3–6", or each label when the run is short ("3, 4" reads better). A merged
 * page ("1-2") never ends a dashed run, where "1-2–6" could not be read back: it stands alone ("1-2, 3–6").
 */
function describeRun(run: readonly string[]): string[] {
  let from = 0;
  let to = run.length - 1;
  while (from <= to && isRangeLabel(run[from])) from++;
  while (to >= from && isRangeLabel(run[to])) to--;
  const middle = to - from >= 2 ? [`${run[from]}–${run[to]}`] : run.slice(from, to + 1);
  return [...run.slice(0, from), ...middle, ...run.slice(to + 1)];
}
