// Where a block of wrapped lines may break across a page: at a sentence end if possible (re-wrapping the rest),
// else between lines. Pagination uses it for long action and for dialogue that must continue with (MORE).

import { lastSentenceEnd, wrapRange, type PrintedType, type TextRange } from './page-geometry';

/** The lines that stay on this page and the (re-wrapped) lines that go to the next. */
export interface LineSplit {
  first: TextRange[];
  rest: TextRange[];
}

export interface SplitRules {
  /** Most lines that fit on this page. */
  maxFirst: number;
  /** Fewest lines of the block on each side of the break. */
  minBefore: number;
  minAfter: number;
  /** Wrap width of the block, to re-wrap what follows a mid-line sentence end. */
  width: number;
  /** End offset of the element in the script text. */
  end: number;
  /**
   * Break between any two lines when no sentence ends at a usable place, and count hard line breaks as sentence
   * ends (action); dialogue may do neither.
   */
  betweenLines: boolean;
}

/**
 * Splits `lines` (one element's wrapped lines, offsets into `text`) by `rules`, preferring the latest sentence end
 * that keeps the most text on this page. Returns null when no break obeys the rules.
 */
export function splitLines(text: string, lines: TextRange[], rules: SplitRules): LineSplit | null {
  const n = lines.length;
  const top = Math.min(rules.maxFirst, n - rules.minAfter);
  for (let k = top; k >= rules.minBefore; k--) {
    const last = lines[k - 1];
    const p = lastSentenceEnd(text, last.start, last.end, rules.betweenLines);
    if (p <= last.start) continue;
    if (p >= last.end) {
      // The sentence ends with the line: no re-wrap needed.
      return { first: lines.slice(0, k), rest: lines.slice(k) };
    }
    let e = p;
    while (e > last.start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    let s = p;
    while (s < rules.end && (text[s] === ' ' || text[s] === '\t')) s++;
    if (s < rules.end && text[s] === '\n') s++;
    if (s >= rules.end) continue;
    const rest = wrapRange(text, s, rules.end, rules.width);
    if (rest.length < rules.minAfter) continue;
    const first = lines.slice(0, k - 1);
    first.push({ start: last.start, end: e });
    return { first, rest };
  }
  if (rules.betweenLines && top >= rules.minBefore)
    return { first: lines.slice(0, top), rest: lines.slice(top) };
  return null;
}

/** One dialogue, parenthetical or lyrics element of a speech, or what is left of it after a split. */
export interface SpeechPart {
  el: number;
  type: PrintedType;
  lines: TextRange[];
  /** End offset of the element, and its wrap width, to re-wrap after a split. */
  end: number;
  width: number;
}

/** The parts of a speech that stay above (MORE), and those that follow the repeated cue. */
export interface SpeechSplit {
  first: SpeechPart[];
  rest: SpeechPart[];
}

/**
 * The latest allowed break in a speech with at most `avail` lines before it: after a whole dialogue part, or at a
 * sentence end inside one. Never right after a parenthetical, never before the first line.
 */
export function splitSpeech(text: string, parts: SpeechPart[], avail: number): SpeechSplit | null {
  let best: SpeechSplit | null = null;
  let before = 0;
  for (let idx = 0; idx < parts.length && before < avail; idx++) {
    const p = parts[idx];
    if (p.type !== 'parenthetical') {
      const rules = {
        maxFirst: avail - before,
        minBefore: 2,
        minAfter: 1,
        width: p.width,
        end: p.end,
        betweenLines: false,
      };
      const s = splitLines(text, p.lines, rules);
      if (s) {
        best = {
          first: [...parts.slice(0, idx), { ...p, lines: s.first }],
          rest: [{ ...p, lines: s.rest }, ...parts.slice(idx + 1)],
        };
      }
    }
    before += p.lines.length;
    if (before <= avail && idx < parts.length - 1 && p.type !== 'parenthetical') {
      best = { first: parts.slice(0, idx + 1), rest: parts.slice(idx + 1) };
    }
  }
  return best;
}

/** A speech taller than a page with no allowed break: cut after `avail` lines wherever they end. */
export function cutSpeech(parts: SpeechPart[], avail: number): SpeechSplit {
  const first: SpeechPart[] = [];
  let left = avail;
  let idx = 0;
  for (; idx < parts.length && parts[idx].lines.length <= left; idx++) {
    first.push(parts[idx]);
    left -= parts[idx].lines.length;
  }
  const rest = parts.slice(idx);
  if (left > 0 && rest.length > 0) {
    const p = rest[0];
    first.push({ ...p, lines: p.lines.slice(0, left) });
    rest[0] = { ...p, lines: p.lines.slice(left) };
  }
  return { first, rest };
}
