// Text with some character ranges marked (fuzzy-search matches), built as elements, never as HTML strings.
import type { ReactNode } from 'react';

/** Inclusive [start, end] index pairs, as fuse.js reports them. */
export type MatchRanges = readonly (readonly [number, number])[];

/** One run of `text`: where it starts, its characters, and whether a match covers it. */
export interface MarkedSegment {
  start: number;
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into unmarked and marked runs, in order; overlapping, touching or unsorted ranges are merged first, so
 * every renderer of matches (the palette's plain text, a note's visible text) marks the same characters.
 */
export function markedSegments(text: string, ranges: MatchRanges): MarkedSegment[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: MarkedSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ start: at, text: text.slice(at, s), marked: false });
    out.push({ start: s, text: text.slice(s, e + 1), marked: true });
    at = e + 1;
  }
  if (at < text.length) out.push({ start: at, text: text.slice(at), marked: false });
  return out;
}

/** Renders `text` with each range in a <mark>; overlapping or unsorted ranges are merged first. */
export function Highlighted({ text, ranges }: { text: string; ranges?: MatchRanges }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const out: ReactNode[] = markedSegments(text, ranges).map((seg) =>
    seg.marked ? <mark key={seg.start}>{seg.text}</mark> : seg.text,
  );
  return <>{out}</>;
}
