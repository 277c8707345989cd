// Fountain emphasis (*italic*, **bold**, ***bold italic***, _underline_, backslash escapes): strips the markers
// from a line and returns where each style applies, so the canonical text never carries markup.

import type { StyleSpan } from './model';

/** A line with its emphasis markers removed and the spans they described (offsets into `text`). */
export interface EmphasisResult {
  text: string;
  styles: StyleSpan[];
}

interface Opener {
  /** '*' (count 1..3) or '_' (count 1). */
  kind: '*' | '_';
  count: number;
  /** Offset in the output where the styled text starts. */
  at: number;
  /** Index in `out` of the marker text, kept in case the opener is never closed. */
  slot: number;
  /** How many spans had been recorded when it opened: later ones lie inside it. */
  firstInner: number;
}

const ESCAPABLE = new Set(['*', '_', '\\']);

/**
 * Removes emphasis markup from one line. Markers only pair within the line (Fountain emphasis does not span line
 * breaks); an opener must be followed by a non-space and a closer preceded by one, so "5 * 3" stays literal.
 * Unpaired markers are kept as written. Linear time: at most one open marker per kind and count is ever pending.
 */
export function parseEmphasis(line: string): EmphasisResult {
  if (line.indexOf('*') < 0 && line.indexOf('_') < 0 && line.indexOf('\\') < 0)
    return { text: line, styles: [] };
  // Output pieces; an opener's marker is a piece we may later blank out when it is closed.
  const out: string[] = [];
  let len = 0;
  const stack: Opener[] = [];
  const styles: StyleSpan[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line[i];
    if (c === '\\' && i + 1 < n && ESCAPABLE.has(line[i + 1])) {
      out.push(line[i + 1]);
      len += 1;
      i += 2;
      continue;
    }
    if (c !== '*' && c !== '_') {
      // Copy the literal run up to the next character that could be markup in one piece.
      let j = i + 1;
      while (j < n && line[j] !== '*' && line[j] !== '_' && line[j] !== '\\') j++;
      out.push(j === i + 1 ? c : line.slice(i, j));
      len += j - i;
      i = j;
      continue;
    }
    let j = i;
    while (j < n && line[j] === c) j++;
    const count = j - i;
    const marker = line.slice(i, j);
    const before = i > 0 ? line[i - 1] : ' ';
    const after = j < n ? line[j] : ' ';
    const usable = c === '*' ? count <= 3 : count === 1;
    if (usable && !isSpace(before)) {
      // Could close the nearest pending opener of the same kind and count.
      let k = stack.length - 1;
      while (k >= 0 && !(stack[k].kind === c && stack[k].count === count)) k--;
      if (k >= 0 && stack[k].at < len) {
        const open = stack[k];
        stack.length = k; // openers above it stay literal
        out[open.slot] = '';
        len -= open.count;
        // Everything written since the opener shifts left by the removed marker.
        shiftStyles(styles, open.firstInner, open.count);
        const start = open.at - open.count;
        const end = len;
        for (const style of stylesFor(c, count)) styles.push({ start, end, style });
        i = j;
        continue;
      }
    }
    if (usable && !isSpace(after)) {
      // A later opener of the same kind and count replaces an earlier unclosed one, which stays literal.
      const k = stack.findIndex((o) => o.kind === c && o.count === count);
      if (k >= 0) stack.splice(k, 1);
      stack.push({ kind: c, count, at: len + count, slot: out.length, firstInner: styles.length });
      out.push(marker);
      len += count;
      i = j;
      continue;
    }
    out.push(marker);
    len += count;
    i = j;
  }
  const text = out.join('');
  styles.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, styles };
}

/**
 * When an opener's marker is removed, spans closed inside it were measured with the marker present; move them left.
 * At most four openers are ever pending, so each span moves at most four times.
 */
function shiftStyles(styles: StyleSpan[], from: number, by: number): void {
  for (let i = from; i < styles.length; i++) {
    styles[i].start -= by;
    styles[i].end -= by;
  }
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

function stylesFor(kind: '*' | '_', count: number): StyleSpan['style'][] {
  if (kind === '_') return ['underline'];
  if (count === 1) return ['italic'];
  if (count === 2) return ['bold'];
  return ['bold', 'italic'];
}
