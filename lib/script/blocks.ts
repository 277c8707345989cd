// Reads a script shown as a formatted web page, from plain-data blocks a content script extracts (one per element),
// and tells a page that holds a script from one that does not.

import {
  buildScript,
  MAX_SOURCE_CHARS,
  ScriptError,
  type ElementDraft,
  type ElementType,
  type Script,
  type TitleField,
} from './model';
import {
  isCapitals,
  isCueText,
  isSceneHeadingText,
  isTransitionText,
  parsePlainText,
  splitCue,
} from './plaintext';

/**
 * One block of a live page, as plain data. Contract for the page reader (components/platform/extract.ts):
 * one block per element that holds text and no block-level child (p, div, h1-h6, li, td, pre...);
 * `text`: its rendered text, <br> as '\n', runs of spaces and &nbsp; as one space, each line trimmed;
 * `tag`: lower-case tag name; `className`: its own classes, then those of its ancestors nearest first, space-separated;
 * `indent`: px from the left of the content column; `bold`: font-weight >= 600; `centered`: text-align center.
 * A <pre> is one block whose text keeps its line breaks and spaces; it is read as a plain-text script.
 */
export interface PageBlock {
  text: string;
  tag: string;
  className: string;
  /** px from the left */
  indent?: number;
  bold?: boolean;
  centered?: boolean;
}

/** Class names (lower case, without '-' and '_') that say what a block is. */
const CLASS_TYPES: Record<string, ElementType | 'page_break_before'> = {
  sceneheading: 'scene_heading',
  scene: 'scene_heading',
  slug: 'scene_heading',
  slugline: 'scene_heading',
  action: 'action',
  description: 'action',
  general: 'action',
  character: 'character',
  cue: 'character',
  speaker: 'character',
  dialogue: 'dialogue',
  dialog: 'dialogue',
  speech: 'dialogue',
  parenthetical: 'parenthetical',
  paren: 'parenthetical',
  wryly: 'parenthetical',
  transition: 'transition',
  centered: 'centered',
  centred: 'centered',
  center: 'centered',
  lyrics: 'lyrics',
  lyric: 'lyrics',
  note: 'note',
  notes: 'note',
  synopsis: 'synopsis',
  section: 'section',
  pagebreak: 'page_break_before',
};

/** Title-page classes and the Fountain keys they stand for. */
const TITLE_KEYS: Record<string, string> = {
  title: 'Title',
  credit: 'Credit',
  author: 'Author',
  authors: 'Author',
  source: 'Source',
  copyright: 'Copyright',
  contact: 'Contact',
  draftdate: 'Draft date',
  notes: 'Notes',
};

const MAX_BLOCKS = 200_000;

function tokens(className: string): string[] {
  return className
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/[-_]/g, ''));
}

/** What the class names say, own classes first; `centered` beats `action` ("action centered" in screenplain). */
function typeFromClasses(tok: string[]): {
  type?: ElementType;
  pageBreak: boolean;
  dual?: 'left' | 'right';
  title: boolean;
} {
  let type: ElementType | undefined;
  let pageBreak = false;
  for (const t of tok) {
    const mapped = CLASS_TYPES[t] ?? CLASS_TYPES[t.replace(/^(fountain|screenplay|sp|fd|script)/, '')];
    if (mapped === 'page_break_before') pageBreak = true;
    else if (mapped === 'centered' && (type === undefined || type === 'action')) type = 'centered';
    else if (mapped && type === undefined) type = mapped;
  }
  const dual =
    tok.includes('dual') || tok.includes('dualdialogue')
      ? tok.includes('right')
        ? 'right'
        : tok.includes('left')
          ? 'left'
          : undefined
      : undefined;
  return { type, pageBreak, dual, title: tok.includes('titlepage') };
}

/**
 * Parses a formatted web page's blocks into a Script: class names first (scene-heading, character, dialogue, ...),
 * text heuristics (shared with the plain-text reader) where the classes say nothing. A <pre> block is read as plain
 * text. Throws a ScriptError when there is no text or far too much; check `isLikelyScript` before offering it as a script.
 */
export function parseBlocks(blocks: PageBlock[]): Script {
  if (!Array.isArray(blocks)) throw new ScriptError('not_script', 'This page could not be read.');
  if (blocks.length > MAX_BLOCKS)
    throw new ScriptError('too_large', 'This page is too large to be a script.');
  let total = 0;
  for (const b of blocks) total += typeof b?.text === 'string' ? b.text.length : 0;
  if (total > MAX_SOURCE_CHARS) throw new ScriptError('too_large', 'This page is too large to be a script.');
  const usable = blocks.filter((b) => typeof b?.text === 'string' && b.text.trim() !== '');
  if (usable.length === 0) throw new ScriptError('empty', 'This page has no text.');

  const drafts: ElementDraft[] = [];
  const titlePage: TitleField[] = [];
  const warnings: string[] = [];
  const indents = usable.map((b) => b.indent).filter((n): n is number => typeof n === 'number');
  const minIndent = indents.length ? Math.min(...indents) : 0;
  let dialogueIndent: number | undefined;

  for (let i = 0; i < usable.length; i++) {
    const b = usable[i];
    const tag = String(b.tag ?? '').toLowerCase();
    if (tag === 'pre') {
      const inner = parsePlainText(b.text);
      drafts.push(...inner.elements.map(({ id: _id, start: _s, end: _e, ...d }) => d));
      titlePage.push(...inner.titlePage);
      continue;
    }
    const text = cleanText(b.text);
    const tok = tokens(String(b.className ?? ''));
    const cls = typeFromClasses(tok);
    const prev = drafts[drafts.length - 1];

    if (cls.title) {
      const key = tok.map((t) => TITLE_KEYS[t]).find(Boolean) ?? 'Notes';
      const f = titlePage.find((x) => x.key === key);
      if (f) f.value += `\n${text}`;
      else titlePage.push({ key, value: text });
      continue;
    }
    if (cls.pageBreak && drafts.length > 0) drafts.push({ type: 'page_break', text: '' });

    let type = cls.type;
    if (type === undefined && /^h[1-6]$/.test(tag)) {
      // screenplain prints scene headings as <h6> and sections as <h1>-<h5>.
      type = tag === 'h6' || isSceneHeadingText(text) ? 'scene_heading' : 'section';
    }
    if (type === undefined) type = guessType(usable, i, text, prev?.type, minIndent, dialogueIndent);
    // A class "dialog" on a container also covers its cue and parentheticals (screenplain): let the text decide.
    if (
      type === 'dialogue' &&
      prev &&
      (prev.type === 'dialogue' || prev.type === 'parenthetical' || prev.type === 'character')
    ) {
      if (/^\(.*\)$/s.test(text)) type = 'parenthetical';
    }

    const d: ElementDraft = { type, text };
    if (type === 'character') Object.assign(d, splitCue(text));
    if (type === 'section') d.level = Math.max(1, Number(tag.slice(1)) || 1);
    if (type === 'scene_heading') {
      const m = /^(\d{1,4}[A-Z]{0,2})\s+(.*?)(?:\s+\1)?$/.exec(text);
      if (m && isSceneHeadingText(m[2])) {
        d.text = m[2];
        d.sceneNumber = m[1];
      }
    }
    if (
      cls.dual &&
      (type === 'character' || type === 'dialogue' || type === 'parenthetical' || type === 'lyrics')
    )
      d.dual = cls.dual;
    if (type === 'dialogue' && typeof b.indent === 'number') dialogueIndent = b.indent;
    drafts.push(d);
  }
  const script = buildScript('html', drafts, titlePage, { warnings });
  if (!isLikelyScript(script))
    warnings.push('This page does not look like a script: no scene headings or dialogue were found.');
  return script;
}

/** The type of a block whose classes say nothing, from its text and its neighbours (as a reader would). */
function guessType(
  blocks: PageBlock[],
  i: number,
  text: string,
  prev: ElementType | undefined,
  minIndent: number,
  dialogueIndent: number | undefined,
): ElementType {
  const b = blocks[i];
  const next = blocks[i + 1];
  const inSpeech = prev === 'character' || prev === 'parenthetical' || prev === 'dialogue';
  if (isSceneHeadingText(text)) return 'scene_heading';
  if (isTransitionText(text)) return 'transition';
  if (inSpeech && /^\(.*\)$/s.test(text)) return 'parenthetical';
  if (prev === 'character' || prev === 'parenthetical') return 'dialogue';
  if (
    prev === 'dialogue' &&
    dialogueIndent !== undefined &&
    b.indent !== undefined &&
    Math.abs(b.indent - dialogueIndent) <= 4
  ) {
    return 'dialogue';
  }
  const indented = b.indent === undefined || b.indent > minIndent + 20 || b.bold === true;
  if (isCueText(text) && next && !isCapitals(cleanText(next.text)) && indented && !b.centered)
    return 'character';
  if (b.centered) return 'centered';
  return 'action';
}

/** Block text as the model stores it: lines trimmed, inner runs of spaces (and no-break spaces) as one space. */
function cleanText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

/**
 * How much a parsed text looks like a script, 0..1: scene headings and cues followed by dialogue count for it;
 * a long text with none of them is not a script.
 */
export function scriptConfidence(script: Script): number {
  let headings = 0;
  let speeches = 0;
  const els = script.elements;
  for (let i = 0; i < els.length; i++) {
    if (els[i].type === 'scene_heading') headings++;
    if (
      els[i].type === 'character' &&
      (els[i + 1]?.type === 'dialogue' || els[i + 1]?.type === 'parenthetical')
    )
      speeches++;
  }
  const score = Math.min(1, headings / 3) * 0.5 + Math.min(1, speeches / 5) * 0.5;
  return Math.round(score * 100) / 100;
}

/** True when a parsed page or text is a script: it needs scene headings, or cues with dialogue, or both. */
export function isLikelyScript(script: Script): boolean {
  return scriptConfidence(script) >= 0.35;
}
