// Reads a script laid out as plain text (IMSDb-style <pre> pages, .txt files, text out of a PDF) the way a reader
// would: by indentation, capitals and position. Also the text heuristics the web-page reader shares.

import { normaliseInput } from './input';
import { buildScript, type ElementDraft, type Script, type TitleField } from './model';

/** Splits a character cue into name and extensions: "MARA (V.O.) (CONT'D)" -> MARA, ["V.O.", "CONT'D"]. */
export function splitCue(cue: string): { name: string; extensions: string[] } {
  const extensions: string[] = [];
  let name = cue.trim().replace(/^@/, '');
  // Peel bracketed groups off the end, so a name that itself holds brackets mid-way is left alone.
  for (;;) {
    const m = /\s*\(([^()]*)\)\s*$/.exec(name);
    if (!m || m.index === 0) break;
    extensions.unshift(m[1].trim().replace(/’/g, "'"));
    name = name.slice(0, m.index);
  }
  name = name.replace(/\s*\^$/, '').trim();
  return { name, extensions: extensions.filter((e) => e !== '') };
}

/** True for a scene heading line: INT./EXT./EST./INT./EXT./I/E at the start, in capitals as scripts print them. */
export function isSceneHeadingText(text: string): boolean {
  return (
    /^(INT|EXT|EST|INT\.?\s?\/\s?EXT|EXT\.?\s?\/\s?INT|I\/E)[.\s]/.test(text.trim()) &&
    !/[a-z]{4,}/.test(text.slice(0, 6))
  );
}

/** True for a transition by its wording: "CUT TO:", "SMASH CUT TO:", "FADE IN:", "FADE OUT.", "DISSOLVE TO:". */
export function isTransitionText(text: string): boolean {
  const t = text.trim();
  return (
    isCapitals(t) && (/TO:$/.test(t) || /^FADE (IN|OUT)[.:]?$/.test(t) || /^(FADE|CUT) TO BLACK\.?$/.test(t))
  );
}

/** True when a line has letters and none of them is lower case. */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** True for a line shaped like a character cue: short, capitals (extensions may be anything), no sentence end. */
export function isCueText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 50) return false;
  const { name } = splitCue(t);
  if (!name || name.length > 38 || !isCapitals(name)) return false;
  // A sentence end means action in capitals ("A RIVER."), unless it is an abbreviation ("MR.", "DR.").
  if (/[!?:,;]$/.test(name) || (/\.$/.test(name) && !/(^|\s)(MR|MRS|MS|DR|JR|SR|ST|NO)\.$/.test(name)))
    return false;
  if (/[!?:;]$/.test(t) || isSceneHeadingText(t) || isTransitionText(t)) return false;
  return /^[\p{Lu}\d'’. &-]+$/u.test(name.replace(/^@/, ''));
}

/** Page furniture a reader skips: "(MORE)", "(CONTINUED)", "CONTINUED:", a lone "(CONT'D)". */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  return (
    /^\(MORE\)$/i.test(t) ||
    /^\(?CONTINUED\)?:?(\s*\(\d+\))?$/i.test(t) ||
    /^\(CONT['’]?D\)$/i.test(t) ||
    /^(CONTINUED|CONT['’]D)\s*:?\s*(\(\d+\))?\s*$/i.test(t)
  );
}

interface Line {
  text: string;
  indent: number;
  blank: boolean;
  sceneNumber?: string;
  /** A form feed started a new page before this line. */
  newPage?: boolean;
}

const TAB = 8;

function readLines(src: string): Line[] {
  const out: Line[] = [];
  for (let raw of src.split('\n')) {
    let newPage = false;
    if (raw.includes('\f')) {
      newPage = true;
      raw = raw.replace(/\f/g, '');
    }
    // Bound the work on absurd lines (5 MB of one line): a script line is never longer than a page is wide.
    if (raw.length > 2000) raw = raw.slice(0, 2000);
    let line = '';
    for (const ch of raw) line += ch === '\t' ? ' '.repeat(TAB - (line.length % TAB)) : ch;
    // Revision asterisks in the right margin ("  *"), then trailing space; trimEnd, not /\s+$/, which retries from
    // every space of a long run inside the line (quadratic on untrusted text).
    if (line.endsWith('*')) {
      const body = line.slice(0, -1);
      const trimmed = body.trimEnd();
      if (trimmed.length < body.length) line = trimmed;
    }
    line = line.trimEnd();
    const text = line.trim();
    const l: Line = { text, indent: line.length - line.trimStart().length, blank: text === '' };
    if (newPage) l.newPage = true;
    // Scene numbers printed in both margins, or the left one only: "12   INT. HOUSE - DAY   12". Split by hand, not
    // by a lazy pattern with a back-reference, which retried from every space of a long run (quadratic).
    const lead = /^(\d{1,4}[A-Z]{0,2})\s+/.exec(text);
    const num = lead?.[1];
    const body = lead ? withoutSpacedNumber(text.slice(lead[0].length), lead[1]) : undefined;
    if (num && body !== undefined && (isSceneHeadingText(body.text) || body.cut)) {
      l.sceneNumber = num;
      l.indent += text.indexOf(body.text);
      l.text = body.text.trim();
    } else {
      const r = /^(.*\S)\s{2,}(\d{1,4}[A-Z]{0,2})$/.exec(text);
      if (r && isSceneHeadingText(r[1])) {
        l.sceneNumber = r[2];
        l.text = r[1];
      }
    }
    out.push(l);
  }
  return out;
}

/**
 * `s` without a trailing scene number `num` set off by two or more spaces ("INT. HOUSE - DAY   12"), and whether one
 * was cut. Linear: one look at the end and one trimEnd.
 */
function withoutSpacedNumber(s: string, num: string): { text: string; cut: boolean } {
  if (!s.endsWith(num)) return { text: s, cut: false };
  const before = s.slice(0, s.length - num.length);
  const trimmed = before.trimEnd();
  return before.length - trimmed.length >= 2 ? { text: trimmed, cut: true } : { text: s, cut: false };
}

/** The most common value among numbers within `slack` of each other, or undefined. */
function modeOf(values: number[], slack = 2): number | undefined {
  if (values.length === 0) return undefined;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestN = -1;
  for (const v of counts.keys()) {
    let n = 0;
    for (const [w, c] of counts) if (Math.abs(w - v) <= slack) n += c;
    if (n > bestN || (n === bestN && best !== undefined && v < best)) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

/** The indent levels of one document, worked out from the document itself rather than fixed columns. */
interface Layout {
  action: number;
  cue?: number;
  dialogue?: number;
  /** Lines starting at or right of this are cues (when followed directly by text). */
  cueFrom: number;
  /** Lines starting at or right of this, in capitals, are right-aligned transitions. */
  transitionFrom: number;
  /** The middle and the width of the text column, for centred lines. */
  centre: number;
  width: number;
}

function measureLayout(lines: Line[]): Layout {
  const text = lines.filter((l) => !l.blank && !isFurniture(l.text));
  const hist = new Map<number, number>();
  for (const l of text) hist.set(l.indent, (hist.get(l.indent) ?? 0) + 1);
  const enough = Math.max(2, text.length * 0.03);
  const common = [...hist].filter(([, n]) => n >= enough).map(([i]) => i);
  const action = common.length ? Math.min(...common) : Math.min(...text.map((l) => l.indent), 0);
  const cueIdx: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (!l.blank && !next.blank && l.indent >= action + 8 && isCueText(l.text) && next.indent < l.indent)
      cueIdx.push(i);
  }
  const cue = modeOf(cueIdx.map((i) => lines[i].indent));
  const dialogue = modeOf(
    cueIdx
      .map((i) => lines[i + 1])
      .filter((l) => !l.text.startsWith('('))
      .map((l) => l.indent),
  );
  const ends = text.map((l) => l.indent + l.text.length).sort((a, b) => a - b);
  const right = ends.length ? ends[Math.floor(ends.length * 0.95)] : 60;
  const cueFrom =
    cue !== undefined && dialogue !== undefined && cue > dialogue
      ? Math.ceil((cue + dialogue) / 2)
      : action + 8;
  return {
    action,
    cue,
    dialogue,
    cueFrom,
    transitionFrom: Math.max((cue ?? action + 20) + 12, action + 30),
    centre: (action + right) / 2,
    width: Math.max(20, right - action),
  };
}

/** Joins hard-wrapped lines into one text, keeping "twenty-\nfive" whole. Linear: tests only the previous line. */
function joinWrapped(lines: string[]): string {
  let out = lines[0] ?? '';
  const pieces: string[] = [out];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    pieces.push(/\p{L}-$/u.test(prev) && !/--$/.test(prev) ? lines[i] : ` ${lines[i]}`);
  }
  out = pieces.join('');
  return out;
}

/**
 * Parses a plain-text screenplay. Indent levels are measured per document; page numbers, (MORE), (CONTINUED) and
 * CONTINUED: are dropped; scene numbers in the margins become `sceneNumber`; wrapped lines are joined into one element.
 * Throws a ScriptError for empty, binary or huge input.
 */
export function parsePlainText(text: string): Script {
  const src = normaliseInput(text, 'This text');
  const lines = readLines(src);
  // Measured twice: the title page's own layout (a left-aligned contact block) must not set the body's margins.
  let layout = measureLayout(lines);
  const drafts: ElementDraft[] = [];
  const warnings: string[] = [];
  let current: ElementDraft | null = null;
  let inDialogue = false;
  let openParen = false;
  let lastCue: string | null = null;
  /** Name of the speaker whose speech ended in (MORE): the next "NAME (CONT'D)" cue continues it. */
  let moreFrom: string | null = null;

  // Lines of each wrapped element, joined once at the end (joining as we go is quadratic on huge inputs).
  const lineParts = new Map<ElementDraft, string[]>();
  const wrapped = (d: ElementDraft): string[] => {
    let p = lineParts.get(d);
    if (!p) lineParts.set(d, (p = [d.text]));
    return p;
  };
  const push = (d: ElementDraft) => {
    drafts.push(d);
    current = d;
  };
  const isPageNumber = (i: number) => {
    const l = lines[i];
    if (!/^(page\s+)?\d{1,4}[A-Z]{0,2}\.?$/i.test(l.text)) return false;
    const before = i === 0 || lines[i - 1].blank || l.newPage;
    const after = i + 1 >= lines.length || lines[i + 1].blank || lines[i + 1].newPage;
    return (
      l.newPage === true ||
      (before && after && (l.indent >= layout.action + 30 || /\.$/.test(l.text))) ||
      l.indent >= layout.action + 40
    );
  };

  const titleEnd = findTitlePage(lines, layout);
  const titlePage = titleEnd > 0 ? readTitlePage(lines.slice(0, titleEnd), layout) : [];
  if (titleEnd > 0) layout = measureLayout(lines.slice(titleEnd));

  for (let i = titleEnd; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      current = null;
      inDialogue = false;
      openParen = false;
      continue;
    }
    if (isPageNumber(i)) continue;
    if (isFurniture(l.text)) {
      if (/^\(MORE\)$/i.test(l.text)) {
        moreFrom = lastCue;
      }
      continue;
    }
    const next = lines[i + 1];
    const textBelow = next !== undefined && !next.blank && !isFurniture(next.text);

    if (
      inDialogue &&
      l.indent > layout.action + 2 &&
      !(l.indent >= layout.cueFrom && isCueText(l.text) && textBelow)
    ) {
      const c = current as ElementDraft | null;
      if (openParen && c?.type === 'parenthetical') {
        wrapped(c).push(l.text);
      } else if (l.text.startsWith('(')) {
        push({ type: 'parenthetical', text: l.text });
      } else if (c?.type === 'dialogue') {
        wrapped(c).push(l.text);
      } else {
        push({ type: 'dialogue', text: l.text });
      }
      const now = current as ElementDraft | null;
      openParen = now?.type === 'parenthetical' && !(lineParts.get(now)?.at(-1) ?? now.text).includes(')');
      continue;
    }
    inDialogue = false;

    if (isSceneHeadingText(l.text) && l.indent < layout.cueFrom) {
      push({ type: 'scene_heading', text: l.text, ...(l.sceneNumber ? { sceneNumber: l.sceneNumber } : {}) });
      current = null;
    } else if (
      isTransitionText(l.text) ||
      (isCapitals(l.text) && l.indent >= layout.transitionFrom && l.text.length < 30)
    ) {
      push({ type: 'transition', text: l.text });
      current = null;
    } else if (l.indent >= layout.cueFrom && isCueText(l.text) && textBelow) {
      const cue = splitCue(l.text);
      const continues =
        moreFrom !== null &&
        cue.name === moreFrom &&
        cue.extensions.some((e) => /^CONT/i.test(e)) &&
        drafts.length > 0;
      moreFrom = null;
      inDialogue = true;
      if (continues) {
        // The speech was split over a page: keep reading into the same dialogue element.
        const last = drafts[drafts.length - 1];
        current = last.type === 'dialogue' ? last : null;
        continue;
      }
      push({ type: 'character', text: l.text, name: cue.name, extensions: cue.extensions });
      lastCue = cue.name;
      current = null;
    } else if (
      l.indent > layout.action + 4 &&
      l.text.length <= 0.6 * layout.width &&
      Math.abs(l.indent + l.text.length / 2 - layout.centre) <= 6 &&
      (current === null || (current as ElementDraft).type === 'centered')
    ) {
      const c = current as ElementDraft | null;
      if (c?.type === 'centered') c.text += `\n${l.text}`;
      else push({ type: 'centered', text: l.text });
    } else {
      const c = current as ElementDraft | null;
      if (c?.type === 'action') wrapped(c).push(l.text);
      else push({ type: 'action', text: l.text });
    }
    moreFrom = null;
  }
  for (const [d, parts] of lineParts) d.text = joinWrapped(parts);
  if (!drafts.some((d) => d.type === 'scene_heading' || d.type === 'character')) {
    warnings.push('No scene headings or character cues were found: this text may not be a script.');
  }
  return buildScript('plain', drafts, titlePage, { warnings });
}

/** Number of leading lines that form a title page: centred text before the first scene heading or transition. */
function findTitlePage(lines: Line[], layout: Layout): number {
  let centred = 0;
  let nonBlank = 0;
  for (let i = 0; i < lines.length && i < 80; i++) {
    const l = lines[i];
    if (l.newPage && nonBlank > 0) return centred > 0 ? i : 0;
    if (l.blank) continue;
    if (isSceneHeadingText(l.text) || isTransitionText(l.text)) return centred > 0 && nonBlank <= 20 ? i : 0;
    // Dialogue under a cue means the script has begun.
    if (
      isCueText(l.text) &&
      l.indent >= layout.cueFrom &&
      lines[i + 1] &&
      !lines[i + 1].blank &&
      lines[i + 1].indent < l.indent
    ) {
      if (!isCapitals(lines[i + 1].text)) return 0;
    }
    nonBlank++;
    if (l.indent > layout.action + 4 && Math.abs(l.indent + l.text.length / 2 - layout.centre) <= 8)
      centred++;
  }
  return 0;
}

/** Best-effort title fields from title-page lines, by wording and place (as on a printed title page). */
function readTitlePage(lines: Line[], layout: Layout): TitleField[] {
  const fields: TitleField[] = [];
  const add = (key: string, value: string, join: boolean) => {
    const f = fields.find((x) => x.key === key);
    if (f && join) f.value += `\n${value}`;
    else if (!f) fields.push({ key, value });
    else f.value += `\n${value}`;
  };
  let last = '';
  let afterCredit = false;
  for (const l of lines) {
    if (l.blank) {
      last = '';
      continue;
    }
    const left = !(Math.abs(l.indent + l.text.length / 2 - layout.centre) <= 8 && l.indent > layout.action);
    let key: string;
    if (/^(written |screenplay |teleplay )?by$/i.test(l.text)) {
      key = 'Credit';
      afterCredit = true;
    } else if (/^(story by|based on)\b/i.test(l.text)) key = 'Source';
    else if (/^(©|\(c\)|copyright|dedicated)/i.test(l.text)) key = 'Copyright';
    else if (/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(draft|revision)\b/i.test(l.text) && l.text.length < 60)
      key = 'Draft date';
    else if (!left && !fields.some((f) => f.key === 'Title')) key = 'Title';
    else if (!left && last === 'Title') key = 'Title';
    else if (!left && afterCredit && !fields.some((f) => f.key === 'Author')) key = 'Author';
    else key = left ? 'Contact' : 'Notes';
    add(key, l.text, key === last);
    last = key;
  }
  return fields;
}
