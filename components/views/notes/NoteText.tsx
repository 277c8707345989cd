// A note's or a line's text shown literally: search matches in <mark>, and invisible direction and format
// characters (a right-to-left override, zero-width joiners) shown as visible labels instead of acting on the text.
import type { ReactNode } from 'react';
import type { MatchRanges } from '../../ui/Highlighted';
import { visibleText } from '../../ui/visibleText';

export { visibleText };

/** Note text with search matches marked; isolated from the text around it (a <bdi>). */
export function NoteText({ text, ranges }: { text: string; ranges?: MatchRanges }) {
  if (!ranges || ranges.length === 0) return <bdi className="note-text">{visibleText(text)}</bdi>;
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
    if (s > at) out.push(<span key={`t${at}`}>{visibleText(text.slice(at, s))}</span>);
    out.push(<mark key={`m${s}`}>{visibleText(text.slice(s, e + 1))}</mark>);
    at = e + 1;
  }
  if (at < text.length) out.push(<span key={`t${at}`}>{visibleText(text.slice(at))}</span>);
  return <bdi className="note-text">{out}</bdi>;
}
