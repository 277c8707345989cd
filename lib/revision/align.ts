// Aligns the element sequences of two drafts: unchanged runs, changed pairs, moved elements, added and removed.
// The sequence diff is over interned element keys, so it costs about (elements x edits), and is capped.

import { diffArrays } from 'diff';
import type { Script } from '../script/model';
import { internElements, normaliseText } from '../script/element-keys';
import { sortedWordSimilarity, sortedWords, wordSimilarity } from './words';

/** Where each element went: `olderToNewer[i]` is the newer index of older element i, or -1 if removed. */
export interface Alignment {
  olderToNewer: Int32Array;
  newerToOlder: Int32Array;
  /** How each matched element relates: 0 unchanged, 1 changed (edited in place), 2 moved. Indexed by newer index. */
  relation: Uint8Array;
  /** True when the drafts differ so much that the sequence diff was cut short (the middle is all removed/added). */
  capped: boolean;
}

export const UNCHANGED = 0;
export const CHANGED = 1;
export const MOVED = 2;

/** Most edits the sequence diff explores in one gap between anchors before giving up (bounds unrelated drafts). */
const MAX_EDITS = 400;
/** Total sequence-diff work (elements x edits) allowed over all gaps; beyond it gaps count as rewritten. */
const DIFF_BUDGET = 400_000;
/** Largest removed x added block paired by best similarity; bigger blocks pair in order. */
const MAX_PAIR_WORK = 2500;
/** How alike two elements of the same type must be to count as one element edited. */
const CHANGED_SIMILARITY = 0.5;
/** Shorter texts than this only count as moved when a neighbour moved with them (a lone "MARA" cue is not a move). */
const MOVE_MIN_CHARS = 20;

/** Aligns `older` and `newer` element by element (keys ignore cosmetic differences unless `cosmetic`). */
export function alignElements(older: Script, newer: Script, cosmetic = false): Alignment {
  if (sameElements(older, newer)) return identity(newer.elements.length);
  const { a, b } = internElements(older.elements, newer.elements, cosmetic);
  const o2n = new Int32Array(a.length).fill(-1);
  const n2o = new Int32Array(b.length).fill(-1);
  const relation = new Uint8Array(b.length);
  let capped = false;

  // Common head and tail cost nothing; only the middle goes through the diff.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    o2n[head] = head;
    n2o[head] = head;
    head++;
  }
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    const i = a.length - 1 - tail;
    const j = b.length - 1 - tail;
    o2n[i] = j;
    n2o[j] = i;
    tail++;
  }
  const hunks: { ra: number[]; rb: number[] }[] = [];
  const a1 = a.length - tail;
  const b1 = b.length - tail;
  // Elements whose key occurs once in each draft anchor the alignment (a longest run in order); only the gaps
  // between anchors go through the sequence diff, so a moved scene or a long rewrite costs little.
  let pi = head;
  let pj = head;
  const budget = { left: DIFF_BUDGET };
  const anchors = uniqueAnchors(a, b, head, a1, head, b1);
  for (let k = 0; k < anchors.older.length; k++) {
    const ai = anchors.older[k];
    const bj = anchors.newer[k];
    if (diffGap(a, b, pi, ai, pj, bj, o2n, n2o, hunks, budget)) capped = true;
    o2n[ai] = bj;
    n2o[bj] = ai;
    pi = ai + 1;
    pj = bj + 1;
  }
  if (diffGap(a, b, pi, a1, pj, b1, o2n, n2o, hunks, budget)) capped = true;

  for (const h of hunks) pairHunk(older, newer, h.ra, h.rb, o2n, n2o, relation);
  detectMoves(newer, a, b, o2n, n2o, relation);
  return { olderToNewer: o2n, newerToOlder: n2o, relation, capped };
}

/**
 * True when both drafts have the very same elements: the same canonical text (one native string comparison, cheaper
 * than hashing it) and, element by element, the same type and offsets, hence the same text. Storing the same file
 * twice, or comparing a draft with itself, then costs no key building and no alignment.
 */
function sameElements(older: Script, newer: Script): boolean {
  const a = older.elements;
  const b = newer.elements;
  if (a.length !== b.length || older.text !== newer.text) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].type !== b[i].type || a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  }
  return true;
}

/** Every element kept in place: what the full alignment finds for identical drafts. */
function identity(n: number): Alignment {
  const o2n = new Int32Array(n);
  for (let i = 0; i < n; i++) o2n[i] = i;
  return { olderToNewer: o2n, newerToOlder: o2n.slice(), relation: new Uint8Array(n), capped: false };
}

/**
 * Pairs (older, newer) of keys found exactly once in each range, longest subsequence in order on both sides, as two
 * parallel lists. Keys are small integers (interned), so counting is done in typed arrays indexed by key, not maps.
 */
function uniqueAnchors(
  a: number[],
  b: number[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): { older: Int32Array; newer: Int32Array } {
  let keys = 0;
  for (let i = a0; i < a1; i++) if (a[i] >= keys) keys = a[i] + 1;
  // Where the key was found in each range: -1 not yet, -2 more than once.
  const inA = new Int32Array(keys).fill(-1);
  const inB = new Int32Array(keys).fill(-1);
  for (let i = a0; i < a1; i++) inA[a[i]] = inA[a[i]] === -1 ? i : -2;
  for (let j = b0; j < b1; j++) {
    const k = b[j];
    if (k < keys && inA[k] >= 0) inB[k] = inB[k] === -1 ? j : -2;
  }
  // Candidate pairs in older order; `pairB` holds their newer indexes.
  const pairA: number[] = [];
  const pairB: number[] = [];
  for (let i = a0; i < a1; i++) {
    const j = inB[a[i]];
    if (j >= 0) {
      pairA.push(i);
      pairB.push(j);
    }
  }
  // Longest increasing run of newer indexes (patience sorting).
  const tails: number[] = [];
  const prev = new Int32Array(pairA.length).fill(-1);
  for (let p = 0; p < pairA.length; p++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairB[tails[mid]] < pairB[p]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1];
    tails[lo] = p;
  }
  const older = new Int32Array(tails.length);
  const newer = new Int32Array(tails.length);
  let at = tails.length;
  for (let p = tails.length ? tails[tails.length - 1] : -1; p !== -1; p = prev[p]) {
    older[--at] = pairA[p];
    newer[at] = pairB[p];
  }
  return { older, newer };
}

/** Aligns a[a0..a1) with b[b0..b1): equal runs are linked, the rest collected as hunks. Returns true if capped. */
function diffGap(
  a: number[],
  b: number[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  o2n: Int32Array,
  n2o: Int32Array,
  hunks: { ra: number[]; rb: number[] }[],
  budget: { left: number },
): boolean {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    o2n[a0] = b0;
    n2o[b0] = a0;
    a0++;
    b0++;
  }
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) {
    a1--;
    b1--;
    o2n[a1] = b1;
    n2o[b1] = a1;
  }
  if (a0 === a1 && b0 === b1) return false;
  const size = a1 - a0 + (b1 - b0);
  const parts =
    a0 === a1 || b0 === b1 || budget.left <= 0 || !worthDiffing(a, b, a0, a1, b0, b1)
      ? undefined
      : diffArrays(a.slice(a0, a1), b.slice(b0, b1), { maxEditLength: MAX_EDITS });
  // Myers costs about size x edits; charge it so many bad gaps together stay bounded too.
  budget.left -= size * (parts ? Math.min(parts.length, MAX_EDITS) : MAX_EDITS);
  if (!parts) {
    hunks.push({ ra: range(a0, a1), rb: range(b0, b1) });
    return a0 < a1 && b0 < b1;
  }
  let i = a0;
  let j = b0;
  let cur: { ra: number[]; rb: number[] } | null = null;
  for (const p of parts) {
    if (p.removed) {
      cur ??= { ra: [], rb: [] };
      for (let k = 0; k < p.count; k++) cur.ra.push(i++);
    } else if (p.added) {
      cur ??= { ra: [], rb: [] };
      for (let k = 0; k < p.count; k++) cur.rb.push(j++);
    } else {
      if (cur) hunks.push(cur);
      cur = null;
      for (let k = 0; k < p.count; k++) {
        o2n[i] = j;
        n2o[j] = i;
        i++;
        j++;
      }
    }
  }
  if (cur) hunks.push(cur);
  return false;
}

/**
 * False when the two ranges share almost no element (a rewrite): the sequence diff would find nothing worth its
 * quadratic cost. Small gaps are always diffed.
 */
function worthDiffing(a: number[], b: number[], a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 <= 8 || b1 - b0 <= 8) return true;
  const inB = new Set<number>();
  for (let j = b0; j < b1; j++) inB.add(b[j]);
  let shared = 0;
  for (let i = a0; i < a1; i++) if (inB.has(a[i])) shared++;
  return shared >= 0.1 * Math.min(a1 - a0, b1 - b0);
}

function range(from: number, to: number): number[] {
  const r: number[] = [];
  for (let i = from; i < to; i++) r.push(i);
  return r;
}

/**
 * Pairs removed and added elements of one hunk as "changed". Equal counts with types in the same order are an
 * edit in place (a renamed cue is a changed cue, however unlike). Otherwise pairs go by word similarity, in order.
 */
function pairHunk(
  older: Script,
  newer: Script,
  ra: number[],
  rb: number[],
  o2n: Int32Array,
  n2o: Int32Array,
  relation: Uint8Array,
): void {
  if (ra.length === 0 || rb.length === 0) return;
  const link = (i: number, j: number) => {
    o2n[i] = j;
    n2o[j] = i;
    relation[j] = CHANGED;
  };
  if (ra.length === rb.length && ra.every((i, k) => older.elements[i].type === newer.elements[rb[k]].type)) {
    for (let k = 0; k < ra.length; k++) {
      const ta = older.elements[ra[k]];
      const tb = newer.elements[rb[k]];
      // A scene heading replaced by an unlike one is a different scene, not an edit.
      if (ta.type === 'scene_heading' && wordSimilarity(ta.text, tb.text) < CHANGED_SIMILARITY) continue;
      link(ra[k], rb[k]);
    }
    return;
  }
  if (ra.length * rb.length > MAX_PAIR_WORK) {
    // Too big to score every pair: walk both in order, pairing neighbours of the same type that are alike.
    let j = 0;
    const wordsB: (string[] | undefined)[] = new Array(rb.length);
    for (const i of ra) {
      const ta = older.elements[i];
      let wa: string[] | undefined;
      for (let k = j; k < Math.min(rb.length, j + 8); k++) {
        const tb = newer.elements[rb[k]];
        if (tb.type !== ta.type) continue;
        wa ??= sortedWords(ta.text);
        const wb = (wordsB[k] ??= sortedWords(tb.text));
        if (sortedWordSimilarity(wa, wb) >= CHANGED_SIMILARITY) {
          link(i, rb[k]);
          j = k + 1;
          break;
        }
      }
    }
    return;
  }
  // Order-preserving best pairing (a small weighted LCS over similarity scores).
  const n = ra.length;
  const m = rb.length;
  const score = new Float64Array((n + 1) * (m + 1));
  const sim = new Float64Array(n * m);
  const wordsA = ra.map((i) => sortedWords(older.elements[i].text));
  const wordsB = rb.map((j) => sortedWords(newer.elements[j].text));
  for (let x = 0; x < n; x++) {
    const type = older.elements[ra[x]].type;
    for (let y = 0; y < m; y++) {
      if (newer.elements[rb[y]].type === type) sim[x * m + y] = sortedWordSimilarity(wordsA[x], wordsB[y]);
    }
  }
  const W = m + 1;
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      const s = sim[x * m + y];
      const take = s >= CHANGED_SIMILARITY ? s + score[(x + 1) * W + y + 1] : -1;
      score[x * W + y] = Math.max(take, score[(x + 1) * W + y], score[x * W + y + 1]);
    }
  }
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    const s = sim[x * m + y];
    if (s >= CHANGED_SIMILARITY && score[x * W + y] === s + score[(x + 1) * W + y + 1]) {
      link(ra[x], rb[y]);
      x++;
      y++;
    } else if (score[x * W + y] === score[(x + 1) * W + y]) x++;
    else y++;
  }
}

/** Elements removed in one place and added with the same key in another are moved, not rewritten. */
function detectMoves(
  newer: Script,
  a: number[],
  b: number[],
  o2n: Int32Array,
  n2o: Int32Array,
  relation: Uint8Array,
): void {
  const removedByKey = new Map<number, number[]>();
  for (let i = 0; i < a.length; i++) {
    if (o2n[i] !== -1) continue;
    const list = removedByKey.get(a[i]);
    if (list) list.push(i);
    else removedByKey.set(a[i], [i]);
  }
  if (removedByKey.size === 0) return;
  const cand = new Map<number, number>(); // newer index -> older index
  const used = new Uint8Array(a.length);
  for (let j = 0; j < b.length; j++) {
    if (n2o[j] !== -1) continue;
    // Prefer continuing the block the previous element moved with, so a moved scene stays whole.
    const prev = cand.get(j - 1);
    let i =
      prev !== undefined &&
      prev + 1 < a.length &&
      a[prev + 1] === b[j] &&
      o2n[prev + 1] === -1 &&
      !used[prev + 1]
        ? prev + 1
        : -1;
    if (i === -1) {
      const list = removedByKey.get(b[j]);
      while (list && list.length > 0 && used[list[0]]) list.shift();
      if (list && list.length > 0) i = list.shift() as number;
    }
    if (i >= 0) {
      used[i] = 1;
      cand.set(j, i);
    }
  }
  for (const [j, i] of cand) {
    const long = normaliseText(newer.elements[j].text).length >= MOVE_MIN_CHARS;
    const withNeighbour = cand.get(j - 1) === i - 1 || cand.get(j + 1) === i + 1;
    if (long || withNeighbour) {
      o2n[i] = j;
      n2o[j] = i;
      relation[j] = MOVED;
    }
  }
}
