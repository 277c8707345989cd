// Final Draft text runs: their styles (emphasis, AllCaps, revision marks) as spans, trimming that keeps the spans on
// the same words, capitals that keep every offset, and Final Draft's colour notation. Used by the FDX reader (fdx.ts).

import type { StyleSpan } from './model';

/**
 * What a run of text carries besides its words: the model's emphasis, plus two things applied after the whole file is
 * read ('caps': the AllCaps style; 'revised': a RevisionID mark), because ElementSettings and Revisions come last.
 */
export type RunStyle = StyleSpan['style'] | 'caps' | 'revised';
export interface RunSpan {
  start: number;
  end: number;
  style: RunStyle;
}

/**
 * Final Draft writes colours as 48-bit hex ("#FFFF00000000", 4 digits a channel); some writers use 24-bit. Returns
 * '#rrggbb', or undefined for anything else.
 */
export function hexColor(attr: unknown): string | undefined {
  if (typeof attr !== 'string') return undefined;
  const m = /^#([0-9a-f]{6}|[0-9a-f]{12})$/i.exec(attr.trim());
  if (!m) return undefined;
  const h = m[1].toLowerCase();
  if (h.length === 6) return `#${h}`;
  return `#${h.slice(0, 2)}${h.slice(4, 6)}${h.slice(8, 10)}`;
}

/**
 * Capitals without changing the text's length, so style and mark offsets still point at the same characters: a
 * character whose capital is longer ("ß" -> "SS") is kept as it is.
 */
export function upperSameLength(text: string): string {
  const upper = text.toUpperCase();
  if (upper.length === text.length) return upper;
  let out = '';
  for (const ch of text) {
    const u = ch.toUpperCase();
    out += u.length === ch.length ? u : ch;
  }
  return out;
}

/** Capitalises the given ranges of `text` only (runs styled AllCaps). */
export function upperRanges(text: string, ranges: readonly RunSpan[]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    out += text.slice(at, r.start) + upperSameLength(text.slice(r.start, r.end));
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * "Bold+Italic+Underline+AllCaps" -> the emphasis styles the model knows, and 'caps' for AllCaps; Strikeout and
 * the like are layout the model does not keep.
 */
export function parseStyle(attr: string): RunStyle[] {
  const out: RunStyle[] = [];
  for (const part of attr.split('+')) {
    const s = part.trim().toLowerCase();
    if (s === 'bold' || s === 'italic' || s === 'underline') out.push(s);
    else if (s === 'allcaps') out.push('caps');
  }
  return out;
}

/** Adds a span, merging it with an adjacent span of the same style (Final Draft splits runs at every revision). */
export function addSpan(spans: RunSpan[], span: RunSpan): void {
  if (span.end <= span.start) return;
  const prev = spans.findLast((s) => s.style === span.style);
  if (prev && prev.end === span.start) prev.end = span.end;
  else spans.push(span);
}

/**
 * Trims surrounding whitespace (FDX runs often end in a stray newline) and keeps style offsets pointing at the same
 * text. Linear: trimEnd scans back once, where /\s+$/ retries from every space of a run that is not at the end.
 */
export function trimWithStyles(raw: string, styles: RunSpan[]): { text: string; styles: RunSpan[] } {
  const lines = raw
    .replace(/\t/g, ' ')
    .split('\n')
    .map((l) => l.trimEnd());
  const joined = lines.join('\n');
  // Offsets shift only where trailing spaces were removed; recompute by mapping old -> new positions.
  const map = new Array<number>(raw.length + 1);
  let j = 0;
  let i = 0;
  for (const [n, line] of raw.split('\n').entries()) {
    const keep = lines[n].length;
    for (let k = 0; k < line.length; k++) map[i + k] = j + Math.min(k, keep);
    i += line.length;
    j += keep;
    map[i] = j;
    i++;
    j++;
  }
  const lead = joined.length - joined.trimStart().length;
  const text = joined.trim();
  const out: RunSpan[] = [];
  for (const s of styles) {
    const start = Math.max(0, map[s.start] - lead);
    const end = Math.min(text.length, map[s.end] - lead);
    if (end > start) out.push({ start, end, style: s.style });
  }
  return { text, styles: out };
}
