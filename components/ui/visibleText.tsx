// Untrusted text shown literally: invisible direction and format characters (a right-to-left override, zero-width
// joiners, NUL) appear as visible labels ("U+202E") instead of acting on the text around them.
import type { ReactNode } from 'react';

// Bidi embeddings, overrides and isolates, marks, zero-width characters, NUL and other C0 controls except \n and \t.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point: they are shown, not obeyed
  /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B-\u001F\u007F]/g;

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
