// Re-anchoring 1,000 notes on a generated 164-page script and a second draft, against a Hypothesis-style baseline
// measured in the same run. "Right" is judged from the generator's edit log, never from either matcher.
import search from 'approx-string-match';
import { anchorAt, reanchor, type Anchor, type AnchorPlacement } from '../../../lib/anchoring';
import { prefixMatch, suffixMatch } from '../../../lib/anchoring/matching';
import { buildScript, type Script } from '../../../lib/script/model';
import { generateScriptDrafts, reviseDrafts, rng, type ReviseOptions } from '../../fixtures/generate';
import { medianMs, report } from '../harness';

/** An anchor and what should become of it: a span of the new text, or nothing (its words are gone). */
interface Case {
  anchor: Anchor;
  /** Where the quoted words are in the new draft; null when they were deleted. */
  expect: { start: number; end: number } | null;
  /** The words were mostly rewritten: orphaned is also right. */
  mayOrphan: boolean;
}

interface World {
  older: Script;
  newer: Script;
  cases: Case[];
}

/** A word-aligned span inside `text`, 1 word up to the whole element. */
function pickSpan(text: string, r: () => number): [number, number] {
  const words = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  if (words.length === 0) return [0, text.length];
  const n = 1 + Math.floor(r() * Math.min(words.length, 1 + Math.floor(r() * words.length)));
  const k = Math.floor(r() * (words.length - n + 1));
  return [words[k][0], words[k + n - 1][1]];
}

/**
 * Builds the two drafts and 1,000 anchors with their expected places. `onChanged` puts every anchor on an element
 * that was edited or deleted (the stress case); otherwise anchors are spread over all elements.
 */
export function makeWorld(revise: ReviseOptions, onChanged: boolean, seed: number): World {
  const drafts = generateScriptDrafts({ pages: 164, seed: 1 });
  const rev = reviseDrafts(drafts, revise);
  const older = buildScript('fountain', drafts);
  const newer = buildScript('fountain', rev.drafts);
  const newIndex = new Map<number, number>();
  rev.origin.forEach((o, j) => o !== null && newIndex.set(o, j));
  const deleted = new Set(rev.deleted);
  const edited = (i: number) => {
    const j = newIndex.get(i);
    return j !== undefined && newer.elements[j].text !== older.elements[i].text;
  };
  const pool = older.elements
    .map((e, i) => i)
    .filter((i) => older.elements[i].text.trim() !== '')
    .filter((i) => !onChanged || deleted.has(i) || edited(i));
  const r = rng(seed);
  const cases: Case[] = [];
  while (cases.length < 1000) {
    const i = pool[Math.floor(r() * pool.length)];
    const el = older.elements[i];
    const [s, e] = pickSpan(el.text, r);
    const anchor = anchorAt(older, el.start + s, el.start + e);
    const j = newIndex.get(i);
    if (j === undefined) {
      cases.push({ anchor, expect: null, mayOrphan: true });
      continue;
    }
    const ne = newer.elements[j];
    if (ne.text === el.text) {
      cases.push({ anchor, expect: { start: ne.start + s, end: ne.start + e }, mayOrphan: false });
      continue;
    }
    // One edit inside the element: map the span through the text the old and new versions share at each end.
    const a = el.text;
    const b = ne.text;
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (
      tail < a.length - head &&
      tail < b.length - head &&
      a[a.length - 1 - tail] === b[b.length - 1 - tail]
    )
      tail++;
    const map = (p: number, isEnd: boolean) =>
      p <= head ? p : a.length - p <= tail ? b.length - (a.length - p) : isEnd ? b.length - tail : head;
    const touched = Math.max(0, Math.min(e, a.length - tail) - Math.max(s, head));
    const expect = { start: ne.start + map(s, false), end: ne.start + map(e, true) };
    // Mostly rewritten (less than half of the quote, or of its new text, is still the old characters): orphaned is right too.
    const longer = Math.max(e - s, expect.end - expect.start);
    cases.push({ anchor, expect, mayOrphan: e - s - touched < longer / 2 });
  }
  return { older, newer, cases };
}

/** Right: placed on the expected words (exactly when they are intact, mostly overlapping when edited), or orphaned when they are gone. */
export function isRight(c: Case, p: AnchorPlacement, newer: Script): boolean {
  if (p.status === 'orphaned' || p.start === undefined || p.end === undefined) return c.mayOrphan;
  if (!c.expect) return false;
  const intact = newer.text.slice(c.expect.start, c.expect.end) === c.anchor.exact;
  if (intact) return p.start === c.expect.start && p.end === c.expect.end;
  const overlap = Math.min(p.end, c.expect.end) - Math.max(p.start, c.expect.start);
  const union = Math.max(p.end, c.expect.end) - Math.min(p.start, c.expect.start);
  return overlap / union >= 0.5;
}

/** Hypothesis-style baseline: exact quote scored by context and position, else approximate match over the whole text. */
function baseline(newer: Script, anchors: Anchor[]): AnchorPlacement[] {
  const text = newer.text;
  return anchors.map((a) => {
    if (text.startsWith(a.exact, a.start)) return { status: 'exact', start: a.start, end: a.end, score: 1 };
    const matches: { start: number; end: number; errors: number }[] = [];
    for (let at = text.indexOf(a.exact); at !== -1; at = text.indexOf(a.exact, at + 1)) {
      matches.push({ start: at, end: at + a.exact.length, errors: 0 });
    }
    if (matches.length === 0)
      matches.push(...search(text, a.exact, Math.min(256, Math.floor(a.exact.length / 2))));
    let best: AnchorPlacement = { status: 'orphaned' };
    let bestScore = -1;
    for (const m of matches) {
      const score =
        50 * (1 - m.errors / a.exact.length) +
        20 * prefixMatch(text, m.start, a.prefix) +
        20 * suffixMatch(text, m.end, a.suffix) +
        2 * (1 - Math.abs(m.start - a.start) / text.length);
      if (score > bestScore) {
        bestScore = score;
        best = { status: m.errors === 0 ? 'moved' : 'fuzzy', start: m.start, end: m.end, score: score / 92 };
      }
    }
    return best;
  });
}

function tally(w: World, ps: AnchorPlacement[]): { right: number; counts: string } {
  const counts: Record<string, number> = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  let right = 0;
  ps.forEach((p, i) => {
    counts[p.status]++;
    if (isRight(w.cases[i], p, w.newer)) right++;
  });
  return {
    right,
    counts: Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  };
}

async function measure(label: string, w: World, budgetMs: number, baselineRuns: number): Promise<void> {
  const anchors = w.cases.map((c) => c.anchor);
  const ours = tally(w, reanchor(w.older, w.newer, anchors));
  const theirs = tally(w, baseline(w.newer, anchors));
  const ms = await medianMs(() => reanchor(w.older, w.newer, anchors), 15, 5);
  const baseMs = await medianMs(() => baseline(w.newer, anchors), baselineRuns, 1);
  const gone = w.cases.filter((c) => c.expect === null).length;
  report({
    name: `re-anchor 1,000 notes, ${label}`,
    ms,
    budgetMs,
    anchor: { name: `Hypothesis-style (${theirs.right}/1000 right)`, ms: baseMs },
    extra: `${ours.right}/1000 right (${ours.counts}; ${gone} on deleted text) | baseline: ${theirs.counts}`,
  });
}

/** Runs both cases: realistic edits (performance.md's second draft) and the stress case. */
export async function run(): Promise<void> {
  const realistic = makeWorld({ seed: 2 }, false, 11);
  await measure('realistic edits', realistic, 20, 5);
  const stress = makeWorld(
    { seed: 3, dialogueChangeRate: 0.2, deleteScenes: 4, addScenes: 4, moveScenes: 2 },
    true,
    12,
  );
  await measure('stress (all on edited or deleted elements)', stress, 150, 3);
}
