// The revision a source says it is, and the lines it marks itself: Final Draft's revision set and RevisionID runs, a
// PDF's own header and asterisks. Used when a draft arrives with no earlier one to compare with: its own marks are
// then its revised pages, and its revision set suggests its colour and label.

import type { Page, Script } from '../script/model';
import { paperColor, type RevisionColor } from './colors';
import type { PageMarks } from './marks';

/** What a source suggests for the draft it is stored as. */
export interface RevisionSuggestion {
  /** The source's name for the revision ("Blue Rev. (mm/dd/yyyy)", "Final", "BLUE REVISION - 11/27/26"). */
  name: string;
  /** A colour of the script's sequence the source names or shows; absent when it gives none (black text, no page colour). */
  color?: RevisionColor;
}

// Final Draft and production offices write "2nd Blue" where the WGA sequence says "Second Blue".
const ORDINALS: Record<string, string> = { '2nd': 'second', '3rd': 'third', '4th': 'fourth' };

/** Largest RGB distance (0-441) at which a page colour still counts as a paper colour of the sequence. */
const PAGE_COLOR_TOLERANCE = 48;

/**
 * The colour of `sequence` named in `text` as whole words, the longest name winning ("2nd Blue Rev." is "Second
 * Blue", not "Blue"); undefined when none is named.
 */
export function colorNamedIn(text: string, sequence: readonly RevisionColor[]): RevisionColor | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => ORDINALS[w] ?? w);
  const joined = ` ${words.join(' ')} `;
  let best: RevisionColor | undefined;
  for (const color of sequence) {
    const name = color.trim().toLowerCase().split(/\s+/).join(' ');
    if (name && joined.includes(` ${name} `) && (!best || name.length > best.length)) best = color;
  }
  return best;
}

/** The colour of `sequence` whose paper shade is nearest `hex` ('#rrggbb'), if one is close enough to be meant. */
export function colorNearest(hex: string, sequence: readonly RevisionColor[]): RevisionColor | undefined {
  const want = rgb(hex);
  if (!want) return undefined;
  let best: RevisionColor | undefined;
  let bestDistance = Infinity;
  for (const color of sequence) {
    const have = rgb(paperColor(color));
    if (!have) continue;
    const d = Math.hypot(want[0] - have[0], want[1] - have[1], want[2] - have[2]);
    // The first colour of a cycle wins a tie ("Blue" before "Second Blue": both print on blue paper).
    if (d < bestDistance) {
      best = color;
      bestDistance = d;
    }
  }
  return bestDistance <= PAGE_COLOR_TOLERANCE ? best : undefined;
}

function rgb(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : undefined;
}

/**
 * The revision a script says it is, for a draft with no earlier one: an FDX's revision set (colour from its name,
 * else its page colour), else the revision header a PDF prints most often (colour from its words). Undefined when
 * the source carries no revision of its own.
 */
export function suggestedRevision(
  script: Script,
  sequence: readonly RevisionColor[],
): RevisionSuggestion | undefined {
  if (script.revision) {
    const { name, pageColor } = script.revision;
    const color = colorNamedIn(name, sequence) ?? (pageColor ? colorNearest(pageColor, sequence) : undefined);
    return color ? { name, color } : { name };
  }
  const pages = script.pages ?? [];
  const header = mostCommonHeader(pages);
  if (!header) return undefined;
  const color = colorNamedIn(header, sequence);
  if (color) return { name: header, color };
  // A header that names no colour is a revision only when the pages carry marks; else it is a running title.
  return pages.some((p) => p.lines.some((l) => l.marked)) ? { name: header } : undefined;
}

function mostCommonHeader(pages: readonly Page[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const h = p.revisionHeader?.trim();
    if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [h, c] of counts) {
    if (c > n) {
      best = h;
      n = c;
    }
  }
  return best;
}

/**
 * The lines the pages mark themselves (a PDF's asterisks, an FDX's revised runs as pagination marked them), as the
 * revision engine's marks: one entry per page with at least one, in page order.
 */
export function ownMarks(pages: readonly Page[]): PageMarks[] {
  const out: PageMarks[] = [];
  pages.forEach((p, pageIndex) => {
    const lines: number[] = [];
    p.lines.forEach((l, i) => {
      if (l.marked) lines.push(i);
    });
    if (lines.length) out.push({ page: p.label, pageIndex, lines });
  });
  return out;
}
