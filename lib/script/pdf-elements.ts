// Reads script elements off a PDF's body lines by their indents (heading and action at the margin, cue far in,
// dialogue in the middle, transitions to the right), joining wrapped lines and dialogue split across pages.

import type { ElementDraft, ElementType, PageLine } from './model';
import type { PageFurniture } from './pdf-furniture';
import { COLUMN_PT } from './pdf-furniture';
import { cueText, isCaps, isHeadingLine, mostlyCaps, TRANSITION_END_RE } from './pdf-conventions';
import {
  COLUMN_SLACK,
  CUE_MIN_COL,
  MARGIN_COLS,
  MAX_SPEECH_COL,
  SPEECH_STEP_COLS,
  splitRuns,
  TRANSITION_MIN_COL,
} from './pdf-blocks';

/** Where one body line's text went: the draft it belongs to and its place in that draft's text. */
export interface LinePlacement {
  draft: number;
  start: number;
  end: number;
}

/** An element being assembled from printed lines. */
interface Assembly {
  draft: ElementDraft;
  /** The lines, as [page, line index in page.lines, text]. */
  parts: { page: number; line: number; text: string }[];
}

/** The result: element drafts, and for every page its lines in `PageLine` form with placements to resolve. */
export interface ReadElements {
  drafts: ElementDraft[];
  pageLines: { line: PageLine; placement?: LinePlacement }[][];
}

/** The repeated cue's extension after (MORE): CONT'D, CONT., and the French, German and Spanish words for it. */
const CONTINUED_CUE_RE = /^(?:CONT['’]?D|CONT\.?|CONTINUED|SUITE|FORTS\.?|WEITER|CONTINÚA|CONTINUA)$/i;
/** More printed lines than any page holds (about 60), so page * this + line is a unique line key. */
const LINES_PER_PAGE_KEY = 1 << 16;

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Reads cue text such as "MARA (V.O.) (CONT'D)" into name and extensions. */
export function readCue(text: string): { name: string; extensions: string[] } {
  const name = text
    .replace(/\s*[(（].*$/u, '')
    .replace(/\s*\^$/, '')
    .trim();
  // Japanese and Chinese scripts print full-width brackets.
  const extensions = [...text.matchAll(/[(（]([^)）]*)[)）]/gu)].map((m) => m[1].trim()).filter(Boolean);
  return { name, extensions };
}

/**
 * Reads all pages into element drafts and page lines, leaving out title text: `titleLines` maps a page to how many
 * of its first body lines belong to the title page (Infinity for a whole title page).
 */
export function readElements(pages: PageFurniture[], titleLines: ReadonlyMap<number, number>): ReadElements {
  const assemblies: Assembly[] = [];
  const pageLines: ReadElements['pageLines'] = [];
  const kinds = new Map<number, PageLine['kind']>(); // key(page, line) -> kind
  // Numeric keys: string keys for every printed line cost more in garbage than the rest of the reading.
  const key = (p: number, i: number): number => p * LINES_PER_PAGE_KEY + i;
  let endedWithMore = false;

  const start = (p: number, draft: ElementDraft): Assembly => {
    const a: Assembly = { draft: { ...draft, sourcePage: p }, parts: [] };
    assemblies.push(a);
    return a;
  };
  const take = (a: Assembly, p: number, i: number, text: string, kind: PageLine['kind']): void => {
    a.parts.push({ page: p, line: i, text });
    kinds.set(key(p, i), kind);
  };

  pages.forEach((page, p) => {
    const title = titleLines.get(p) ?? 0;
    if (title >= page.lines.length) return;
    const blocks: number[][] = [];
    let prevRow = -10;
    page.lines.forEach((l, i) => {
      if (i < title) return;
      if (l.furniture) {
        prevRow = -10;
        return;
      }
      if (l.row !== prevRow + 1 || blocks.length === 0) blocks.push([]);
      blocks[blocks.length - 1].push(i);
      prevRow = l.row;
    });
    splitRuns(blocks, page.lines);
    blocks.forEach((block, b) => {
      const lines = block.map((i) => page.lines[i]);
      const first = lines[0];
      // Dual dialogue: two cues printed side by side on the block's first line.
      if (lines.length >= 2 && first.segments.length === 2 && first.segments.every((s) => cueText(s.text))) {
        const splitX = (first.segments[0].right + first.segments[1].x) / 2;
        for (const side of ['left', 'right'] as const) {
          const col: { i: number; text: string; col: number }[] = [];
          for (const i of block) {
            const segs = page.lines[i].segments.filter((s) =>
              side === 'left' ? s.x < splitX : s.x >= splitX,
            );
            if (segs.length)
              col.push({ i, text: segs.map((s) => s.text).join(' '), col: segs[0].x / COLUMN_PT });
          }
          readCharacterBlock(p, col, side);
        }
        return;
      }
      if (
        first.col >= CUE_MIN_COL - COLUMN_SLACK &&
        cueText(first.text) &&
        lines.length >= 2 &&
        lines[1].col <= first.col - SPEECH_STEP_COLS + COLUMN_SLACK &&
        lines[1].col <= MAX_SPEECH_COL + COLUMN_SLACK
      ) {
        const cueLines = block.map((i) => ({ i, text: page.lines[i].text, col: page.lines[i].col }));
        readCharacterBlock(p, cueLines, undefined, b === 0 && endedWithMore);
        return;
      }
      let k = 0;
      if (first.col < MARGIN_COLS && (isHeadingLine(first.text) || first.sceneNumber)) {
        const text = first.text.replace(/^\.(?=[A-Z])/, '');
        const a = start(p, {
          type: 'scene_heading',
          text: '',
          forced: first.text.startsWith('.') || undefined,
        });
        if (first.sceneNumber) a.draft.sceneNumber = first.sceneNumber;
        take(a, p, block[0], text, 'scene_heading');
        k = 1;
        while (
          k < lines.length &&
          mostlyCaps(lines[k].text) &&
          lines[k].col < MARGIN_COLS &&
          softWrap(lines[k - 1].text, lines[k].text, 52)
        ) {
          take(a, p, block[k], lines[k].text, 'scene_heading');
          k++;
        }
        if (k >= lines.length) return;
      }
      const rest = lines.slice(k);
      const restIdx = block.slice(k);
      const only = rest[0];
      // FADE IN: opens a script at the margin in Final Draft's layout; other transitions are set right.
      if (rest.length === 1 && isCaps(only.text) && /^FADE IN:$/.test(only.text.trim())) {
        take(start(p, { type: 'transition', text: '' }), p, restIdx[0], only.text, 'transition');
        return;
      }
      if (rest.length === 1 && isCaps(only.text) && only.col >= TRANSITION_MIN_COL) {
        const t = only.text.trim();
        if (TRANSITION_END_RE.test(t) || t.endsWith(':') || only.endCol >= page.rightCol - 3) {
          take(start(p, { type: 'transition', text: '' }), p, restIdx[0], only.text, 'transition');
          return;
        }
      }
      const centre = page.rightCol / 2;
      if (rest.every((l) => l.col >= 8 && Math.abs((l.col + l.endCol) / 2 - centre) <= 3)) {
        rest.forEach((l, j) =>
          take(start(p, { type: 'centered', text: '' }), p, restIdx[j], l.text, 'centered'),
        );
        return;
      }
      const a = start(p, { type: 'action', text: '' });
      rest.forEach((l, j) => take(a, p, restIdx[j], l.text, 'action'));
    });
    // (MORE) may be followed by other furniture at the foot ("(CONTINUED)" in production drafts).
    let last = page.lines.length - 1;
    while (last >= 0 && page.lines[last].furniture && page.lines[last].furniture !== 'more') last--;
    endedWithMore = last >= 0 && page.lines[last].furniture === 'more';
  });

  function readCharacterBlock(
    p: number,
    lines: { i: number; text: string; col: number }[],
    dual: 'left' | 'right' | undefined,
    afterMore = false,
  ): void {
    if (lines.length === 0) return;
    const cueCol = lines[0].col;
    let k = 1;
    while (k < lines.length && Math.abs(lines[k].col - cueCol) < 1 && cueText(lines[k].text)) k++;
    const cue = lines
      .slice(0, k)
      .map((l) => l.text.trim())
      .join(' ');
    const { name, extensions } = readCue(cue);
    const prev = assemblies[assemblies.length - 1];
    let current: Assembly | undefined;
    // After (MORE), the repeated "NAME (CONT'D)" cue is furniture; the speech goes on in the same element.
    const continues =
      afterMore &&
      !dual &&
      extensions.some((e) => CONTINUED_CUE_RE.test(e)) &&
      prev !== undefined &&
      (prev.draft.type === 'dialogue' || prev.draft.type === 'parenthetical');
    if (continues) {
      for (let j = 0; j < k; j++) kinds.set(key(p, lines[j].i), 'contd_cue');
      current = prev.draft.type === 'dialogue' ? prev : undefined;
    } else {
      const cue = start(p, { type: 'character', text: '', name, extensions, dual });
      for (let j = 0; j < k; j++) take(cue, p, lines[j].i, lines[j].text.trim(), 'character');
      current = undefined;
    }
    let inParen = false;
    for (let j = k; j < lines.length; j++) {
      const t = lines[j].text.trim();
      if (!inParen && (t.startsWith('(') || t.startsWith('（'))) {
        current = start(p, { type: 'parenthetical', text: '', dual });
        inParen = true;
      } else if (!inParen && (!current || current.draft.type !== 'dialogue')) {
        current = start(p, { type: 'dialogue', text: '', dual });
      }
      take(current!, p, lines[j].i, t, current!.draft.type);
      if (inParen && (t.endsWith(')') || t.endsWith('）'))) {
        inParen = false;
        current = undefined;
      }
    }
  }

  // The widest line printed for each element type is the wrap width a soft line break is tested against.
  const widths = new Map<ElementType, number>();
  for (const a of assemblies) {
    for (const part of a.parts)
      widths.set(a.draft.type, Math.max(widths.get(a.draft.type) ?? 0, part.text.length));
  }
  const placements = new Map<number, LinePlacement>();
  const drafts = assemblies.map((a, d) => {
    let text = '';
    a.parts.forEach((part, j) => {
      if (j > 0) {
        const prevText = a.parts[j - 1].text;
        if (a.draft.type === 'centered') text += '\n';
        else if (softWrap(prevText, part.text, widths.get(a.draft.type) ?? 60)) {
          text += CJK_RE.test(prevText.slice(-1)) || CJK_RE.test(part.text[0] ?? '') ? '' : ' ';
        } else text += '\n';
      }
      placements.set(key(part.page, part.line), {
        draft: d,
        start: text.length,
        end: text.length + part.text.length,
      });
      text += part.text;
    });
    return definedOnly({ ...a.draft, text });
  });

  pages.forEach((page, p) => {
    const out: ReadElements['pageLines'][number] = [];
    for (let i = 0; i < page.lines.length; i++) {
      const l = page.lines[i];
      while (out.length < l.row) out.push({ line: { text: '', kind: 'blank', indent: 0 } });
      const kind =
        l.furniture ?? kinds.get(key(p, i)) ?? (i < (titleLines.get(p) ?? 0) ? 'centered' : 'action');
      const line: PageLine = { text: l.text.trim(), kind, indent: Math.max(0, Math.round(l.col)) };
      if (l.sceneNumber) line.sceneNumber = l.sceneNumber;
      if (l.marked) line.marked = true;
      out.push({ line, placement: placements.get(key(p, i)) });
    }
    pageLines.push(out);
  });

  return { drafts, pageLines };
}

/**
 * A copy of a draft without its undefined fields (cue extensions, dual, forced, scene number it does not have):
 * stored scripts carry no undefined keys, and copying is far cheaper than deleting keys one by one.
 */
function definedOnly(draft: ElementDraft): ElementDraft {
  const out: Record<string, unknown> = {};
  // for...in rather than Object.entries: no array of pairs per element (drafts are plain objects, no inherited keys).
  for (const k in draft) {
    const v = (draft as unknown as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as unknown as ElementDraft;
}

/** True when the next line's first word would not have fitted on the previous line: the break was a soft wrap. */
export function softWrap(prev: string, next: string, width: number): boolean {
  const word = /^\S+/.exec(next)?.[0] ?? '';
  return prev.length + 1 + word.length > width;
}
