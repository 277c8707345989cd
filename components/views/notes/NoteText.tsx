// A note's or a line's text shown literally: search matches in <mark>, and invisible direction and format
// characters (a right-to-left override, zero-width joiners) shown as visible labels instead of acting on the text.
import type { ReactNode } from 'react';
import type { MatchRanges } from '../../ui/Highlighted';

// Bidi embeddings, overrides and isolates, marks, zero-width characters, NUL and other C0 controls except \n and \t.
// eslint-disable-next-line no-control-regex -- finding control characters is the point: they are shown, not obeyed
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B-\u001F\u007F]/g;

/** The code point of an invisible character as "U+202E". */
function codeOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text with invisible characters made visible, as React nodes (never HTML). */
export function visibleText(text: string): ReactNode {
  if (!INVISIBLE.test(text)) return text;
  INVISIBLE.lastIndex = 0;
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    const i = m.index ?? 0;
    if (i > at) out.push(text.slice(at, i));
    out.push(
      <span key={i} className="invisible-char" title={`Invisible character ${codeOf(m[0])}`}>
        {codeOf(m[0])}
      </span>,
    );
    at = i + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

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
