// Scene-level view of a comparison: which scenes were added, removed, changed, moved or renamed.
// Scenes are matched by scene number when both drafts number every scene, else by heading and shared content.

import type { Script } from '../script/model';
import { CHANGED, MOVED, UNCHANGED, type Alignment } from './align';
import { normaliseText } from '../script/element-keys';
import { wordSimilarity } from './words';

/** A scene of one draft: its heading element and the elements up to the next heading. */
export interface SceneSpan {
  heading: string;
  number?: string;
  /** Element index of the heading; the scene runs to `end` (exclusive). */
  start: number;
  end: number;
}

/** One scene in the comparison, named as the user sees it. */
export interface SceneChange {
  /** The heading in the newer draft (the older one for removed scenes). */
  heading: string;
  /** Scene number printed in the newer draft (older for removed), if any. */
  number?: string;
  /** 0-based position among each draft's scenes. */
  olderIndex?: number;
  newerIndex?: number;
  /** Renamed scenes: the heading before. */
  previousHeading?: string;
}

export interface SceneComparison {
  added: SceneChange[];
  removed: SceneChange[];
  /** Matched scenes whose heading or body changed. */
  changed: SceneChange[];
  /** Matched scenes that now sit elsewhere in the order. */
  moved: SceneChange[];
  /** Matched scenes whose heading text changed while the body stayed mostly the same. */
  renamed: SceneChange[];
}

/** Splits a script into scenes (elements before the first heading belong to no scene). */
export function scenesOf(script: Script): SceneSpan[] {
  const out: SceneSpan[] = [];
  script.elements.forEach((el, i) => {
    if (el.type !== 'scene_heading') return;
    if (out.length > 0) out[out.length - 1].end = i;
    out.push({ heading: el.text, number: el.sceneNumber, start: i, end: script.elements.length });
  });
  return out;
}

/** Share of a scene's body that must carry over, with alike headings, for two scenes to be one renamed scene. */
const RENAME_OVERLAP = 0.5;
/** How alike headings must be for a rename ("- DAY" to "- DUSK"); a new location is a new scene. */
const RENAME_HEADING = 0.5;
/** Share for two scenes with the same heading (a heading like "INT. OFFICE - DAY" recurs). */
const SAME_HEADING_OVERLAP = 0.2;

/** Compares the scenes of two drafts given their element alignment. */
export function compareScenes(older: Script, newer: Script, al: Alignment): SceneComparison {
  const so = scenesOf(older);
  const sn = scenesOf(newer);
  const sceneOfNewer = new Int32Array(newer.elements.length).fill(-1);
  sn.forEach((s, k) => sceneOfNewer.fill(k, s.start, s.end));

  const match = new Int32Array(so.length).fill(-1); // older scene -> newer scene
  const taken = new Uint8Array(sn.length);
  const byNumber = so.length > 0 && sn.length > 0 && [...so, ...sn].every((s) => s.number);
  if (byNumber) {
    const num = new Map(sn.map((s, k) => [s.number as string, k]));
    so.forEach((s, k) => {
      const n = num.get(s.number as string);
      if (n !== undefined && !taken[n]) {
        match[k] = n;
        taken[n] = 1;
      }
    });
  } else {
    const cands: { o: number; n: number; score: number }[] = [];
    so.forEach((s, k) => {
      const overlap = new Map<number, number>();
      for (let i = s.start + 1; i < s.end; i++) {
        const j = al.olderToNewer[i];
        if (j >= 0 && sceneOfNewer[j] >= 0)
          overlap.set(sceneOfNewer[j], (overlap.get(sceneOfNewer[j]) ?? 0) + 1);
      }
      const hj = al.olderToNewer[s.start];
      if (hj >= 0 && sceneOfNewer[hj] >= 0 && !overlap.has(sceneOfNewer[hj]))
        overlap.set(sceneOfNewer[hj], 0);
      for (const [n, shared] of overlap) {
        const t = sn[n];
        const size = Math.max(s.end - s.start - 1, t.end - t.start - 1, 1);
        const frac = shared / size;
        // The very same heading kept its place in the sequence: the same scene, however much its body changed.
        const headingAligned = hj === t.start && al.relation[t.start] === UNCHANGED;
        const sameHeading = normaliseText(s.heading) === normaliseText(t.heading);
        const emptyBoth = s.end - s.start === 1 && t.end - t.start === 1;
        if (headingAligned || (sameHeading && (frac >= SAME_HEADING_OVERLAP || emptyBoth))) {
          cands.push({ o: k, n, score: 1 + frac });
        } else if (frac >= RENAME_OVERLAP && wordSimilarity(s.heading, t.heading) >= RENAME_HEADING) {
          cands.push({ o: k, n, score: frac });
        }
      }
    });
    cands.sort((x, y) => y.score - x.score || x.o - y.o);
    for (const c of cands) {
      if (match[c.o] !== -1 || taken[c.n]) continue;
      match[c.o] = c.n;
      taken[c.n] = 1;
    }
  }

  const result: SceneComparison = { added: [], removed: [], changed: [], moved: [], renamed: [] };
  const stay = keptInOrder(match);
  so.forEach((s, k) => {
    const n = match[k];
    if (n === -1) {
      result.removed.push({ heading: s.heading, number: s.number, olderIndex: k });
      return;
    }
    const t = sn[n];
    const entry: SceneChange = { heading: t.heading, number: t.number, olderIndex: k, newerIndex: n };
    const renamed = normaliseText(s.heading) !== normaliseText(t.heading);
    if (renamed) result.renamed.push({ ...entry, previousHeading: s.heading });
    if (!stay[k]) result.moved.push(entry);
    if (renamed || bodyChanged(s, t, al)) result.changed.push(entry);
  });
  sn.forEach((t, n) => {
    if (!taken[n]) result.added.push({ heading: t.heading, number: t.number, newerIndex: n });
  });
  return result;
}

function bodyChanged(s: SceneSpan, t: SceneSpan, al: Alignment): boolean {
  if (s.end - s.start !== t.end - t.start) return true;
  for (let j = t.start; j < t.end; j++) {
    const i = al.newerToOlder[j];
    if (i < s.start || i >= s.end || al.relation[j] === CHANGED || al.relation[j] === MOVED) return true;
  }
  return false;
}

/** Marks the matched scenes that keep their relative order (a longest increasing run); the rest moved. */
function keptInOrder(match: Int32Array): Uint8Array {
  const idx: number[] = [];
  for (let k = 0; k < match.length; k++) if (match[k] >= 0) idx.push(k);
  // Patience-sorting LIS over the newer positions, keeping predecessors to recover the run.
  const tails: number[] = [];
  const prev = new Int32Array(idx.length).fill(-1);
  for (let p = 0; p < idx.length; p++) {
    const v = match[idx[p]];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (match[idx[tails[mid]]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1];
    tails[lo] = p;
  }
  const keep = new Uint8Array(match.length);
  for (let p = tails.length ? tails[tails.length - 1] : -1; p !== -1; p = prev[p]) keep[idx[p]] = 1;
  return keep;
}
