// Text with some character ranges marked (fuzzy-search matches), built as elements, never as HTML strings.
import type { ReactNode } from 'react';

/** Inclusive [start, end] index pairs, as fuse.js reports them. */
export type MatchRanges = readonly (readonly [number, number])[];

/** Renders `text` with each range in a <mark>; overlapping or unsorted ranges are merged first. */
export function Highlighted({ text, ranges }: { text: string; ranges?: MatchRanges }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: ReactNode[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push(text.slice(at, s));
    out.push(<mark key={s}>{text.slice(s, e + 1)}</mark>);
    at = e + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
