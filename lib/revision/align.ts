// Aligns the element sequences of two drafts: unchanged runs, changed pairs, moved elements, added and removed.
// The sequence diff is over interned element keys, so it costs about (elements x edits), and is capped.

import { diffArrays } from 'diff';
import type { Script } from '../script/model';
import { internElements, normaliseText } from './keys';
import { wordSimilarity } from './words';

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

/** Most edits the sequence diff explores before giving up (bounds unrelated drafts to a few ms). */
const MAX_EDITS = 1500;
/** Largest removed x added block paired by best similarity; bigger blocks pair in order. */
const MAX_PAIR_WORK = 4000;
/** How alike two elements of the same type must be to count as one element edited. */
const CHANGED_SIMILARITY = 0.5;
/** Shorter texts than this only count as moved when a neighbour moved with them (a lone "MARA" cue is not a move). */
const MOVE_MIN_CHARS = 20;

/** Aligns `older` and `newer` element by element (keys ignore cosmetic differences unless `cosmetic`). */
export function alignElements(older: Script, newer: Script, cosmetic = false): Alignment {
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
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const hunks: { ra: number[]; rb: number[] }[] = [];
  if (midA.length > 0 || midB.length > 0) {
    const parts =
      midA.length === 0 || midB.length === 0
        ? undefined
        : diffArrays(midA, midB, { maxEditLength: MAX_EDITS });
    if (!parts) {
      capped = midA.length > 0 && midB.length > 0;
      hunks.push({ ra: range(head, a.length - tail), rb: range(head, b.length - tail) });
    } else {
      let i = head;
      let j = head;
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
    }
  }

  for (const h of hunks) pairHunk(older, newer, h.ra, h.rb, o2n, n2o, relation);
  detectMoves(newer, a, b, o2n, n2o, relation);
  return { olderToNewer: o2n, newerToOlder: n2o, relation, capped };
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
    for (const i of ra) {
      const ta = older.elements[i];
      for (let k = j; k < Math.min(rb.length, j + 8); k++) {
        const tb = newer.elements[rb[k]];
        if (tb.type === ta.type && wordSimilarity(ta.text, tb.text) >= CHANGED_SIMILARITY) {
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
  for (let x = 0; x < n; x++) {
    const ta = older.elements[ra[x]];
    const na = normaliseText(ta.text);
    for (let y = 0; y < m; y++) {
      const tb = newer.elements[rb[y]];
      sim[x * m + y] = tb.type === ta.type ? wordSimilarity(na, normaliseText(tb.text)) : 0;
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
