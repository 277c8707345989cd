// Lines up two drafts element by element, once per re-anchoring pass, so every anchor's old offset can be
// mapped to where that text now is (or to where its changed passage now starts).

import { diffArrays } from 'diff';
import type { Script } from '../script/model';

/** A stretch of the old text and the stretch of the new text it became: identical (`same`) or changed. */
export interface Region {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  same: boolean;
  /** Changed regions: how many leading and trailing characters old and new still share (computed on demand). */
  commonHead?: number;
  commonTail?: number;
}

/** Where an old offset lands in the new text. */
export interface MappedOffset {
  pos: number;
  /** The offset is in text that did not change (so the text there is known to be the same). */
  kept: boolean;
  /** Index into `Alignment.regions`. */
  region: number;
}

/** The alignment of two drafts: regions tiling both texts in order. */
export interface Alignment {
  older: Script;
  newer: Script;
  regions: Region[];
}

/** Interns element (type, text) pairs as small integers so the diff compares numbers, not strings. */
function elementKeys(older: Script, newer: Script): [number[], number[]] {
  const ids = new Map<string, number>();
  const key = (s: Script): number[] =>
    s.elements.map((e) => {
      const k = `${e.type}\u0000${e.text}`;
      let n = ids.get(k);
      if (n === undefined) {
        n = ids.size;
        ids.set(k, n);
      }
      return n;
    });
  return [key(older), key(newer)];
}

/** Pairs of [oldIndex, newIndex, count] for runs of identical elements, in order. */
function sameRuns(a: number[], b: number[]): [number, number, number][] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const runs: [number, number, number][] = [];
  if (head > 0) runs.push([0, 0, head]);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length > 0 && midB.length > 0) {
    let i = head;
    let j = head;
    for (const change of diffArrays(midA, midB)) {
      const n = change.count ?? change.value.length;
      if (change.added) j += n;
      else if (change.removed) i += n;
      else {
        runs.push([i, j, n]);
        i += n;
        j += n;
      }
    }
  }
  if (tail > 0) runs.push([a.length - tail, b.length - tail, tail]);
  return runs;
}

/** Aligns two drafts by their elements (one diff over element keys, after trimming the unchanged ends). */
export function alignScripts(older: Script, newer: Script): Alignment {
  const regions: Region[] = [];
  if (older.text === newer.text) {
    regions.push({ oldStart: 0, oldEnd: older.text.length, newStart: 0, newEnd: newer.text.length, same: true });
    return { older, newer, regions };
  }
  const [a, b] = elementKeys(older, newer);
  let oldAt = 0;
  let newAt = 0;
  const pushChanged = (oldEnd: number, newEnd: number): void => {
    if (oldEnd > oldAt || newEnd > newAt) {
      regions.push({ oldStart: oldAt, oldEnd, newStart: newAt, newEnd, same: false });
    }
  };
  for (const [i, j, n] of sameRuns(a, b)) {
    const oStart = older.elements[i].start;
    const oEnd = older.elements[i + n - 1].end;
    const nStart = newer.elements[j].start;
    if (oEnd === oStart) continue; // a run of empty elements (page breaks) carries no text to map
    pushChanged(oStart, nStart);
    regions.push({ oldStart: oStart, oldEnd: oEnd, newStart: nStart, newEnd: nStart + (oEnd - oStart), same: true });
    oldAt = oEnd;
    newAt = nStart + (oEnd - oStart);
  }
  pushChanged(older.text.length, newer.text.length);
  return { older, newer, regions };
}

/** Fills in how many characters a changed region's old and new text share at each end. */
function measureCommon(al: Alignment, r: Region): void {
  if (r.commonHead !== undefined) return;
  const o = al.older.text;
  const n = al.newer.text;
  const max = Math.min(r.oldEnd - r.oldStart, r.newEnd - r.newStart);
  let h = 0;
  while (h < max && o.charCodeAt(r.oldStart + h) === n.charCodeAt(r.newStart + h)) h++;
  let t = 0;
  while (t < max - h && o.charCodeAt(r.oldEnd - 1 - t) === n.charCodeAt(r.newEnd - 1 - t)) t++;
  r.commonHead = h;
  r.commonTail = t;
}

/** Index of the region holding old offset `p` (the last region also holds the end of the text). */
export function regionAt(al: Alignment, p: number): number {
  const rs = al.regions;
  let lo = 0;
  let hi = rs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rs[mid].oldEnd <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps an old offset into the new text: exactly inside unchanged text and inside the unchanged ends of a changed
 * passage, otherwise to where the change begins in the new text.
 */
export function mapOffset(al: Alignment, p: number): MappedOffset {
  if (al.regions.length === 0) return { pos: 0, kept: false, region: -1 };
  const ri = regionAt(al, p);
  const r = al.regions[ri];
  if (r.same) return { pos: r.newStart + (p - r.oldStart), kept: true, region: ri };
  measureCommon(al, r);
  const head = r.commonHead ?? 0;
  const tail = r.commonTail ?? 0;
  if (p - r.oldStart <= head) return { pos: r.newStart + (p - r.oldStart), kept: true, region: ri };
  if (r.oldEnd - p <= tail) return { pos: r.newEnd - (r.oldEnd - p), kept: true, region: ri };
  return { pos: r.newStart + head, kept: false, region: ri };
}

/** The new text's inserted or rewritten stretches (changed regions without their unchanged ends), in order. */
export function insertedStretches(al: Alignment): [number, number][] {
  const out: [number, number][] = [];
  for (const r of al.regions) {
    if (r.same) continue;
    measureCommon(al, r);
    const s = r.newStart + (r.commonHead ?? 0);
    const e = r.newEnd - (r.commonTail ?? 0);
    if (e > s) out.push([s, e]);
  }
  return out;
}
