// Reads Final Draft (.fdx) files, as written by Final Draft and by Fade In, into the shared script model.
// Pure TypeScript over `saxes` (no DOMParser) so it runs in Node, workers and pages alike.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { normaliseInput } from './input';
import {
  buildScript,
  ScriptError,
  type ElementDraft,
  type ElementType,
  type Script,
  type StyleSpan,
  type TitleField,
} from './model';
import { splitCue } from './plaintext';

/** Deeper nesting than this is refused: real FDX files stay under 10 levels, hostile ones go to thousands. */
export const MAX_FDX_DEPTH = 64;

const WHAT = 'This Final Draft file';

/** Final Draft paragraph types and what they are in the shared model. Unknown types are read as action. */
const PARAGRAPH_TYPES: Record<string, ElementType> = {
  'scene heading': 'scene_heading',
  shot: 'scene_heading',
  action: 'action',
  general: 'action',
  'cast list': 'action',
  character: 'character',
  dialogue: 'dialogue',
  parenthetical: 'parenthetical',
  transition: 'transition',
  lyrics: 'lyrics',
  'new act': 'centered',
  'end of act': 'centered',
  'act break': 'centered',
  'cold opening': 'centered',
  teaser: 'centered',
};

/** One <Paragraph> being read. Notes and scene summaries nested inside it are read as their own paragraphs. */
interface ParagraphFrame {
  role: 'content' | 'title' | 'note' | 'summary' | 'ignored';
  type: string;
  number?: string;
  alignment: string;
  startsNewPage: boolean;
  text: string;
  styles: StyleSpan[];
  /** Texts of <ScriptNote>s and scene summaries found inside this paragraph. */
  notes: string[];
  synopses: string[];
}

/**
 * Parses a Final Draft file. Throws a ScriptError for DOCTYPE/ENTITY declarations ('fdx_doctype'), a root other than
 * <FinalDraft> ('not_fdx'), broken or absurdly nested XML ('fdx_malformed') and empty, binary or huge input.
 */
export function parseFdx(xml: string): Script {
  const src = normaliseInput(xml, WHAT);
  // Refused before parsing: entity declarations are the one way an XML file can make its reader blow up.
  if (/<!DOCTYPE|<!ENTITY/i.test(src)) {
    throw new ScriptError(
      'fdx_doctype',
      `${WHAT} declares a DOCTYPE or entities, which Scriptside refuses to read for safety.`,
    );
  }
  if (!src.trimStart().startsWith('<')) throw new ScriptError('not_fdx', 'Not a Final Draft file.');

  const drafts: ElementDraft[] = [];
  const titleParas: { text: string; alignment: string }[] = [];
  const warnings: string[] = [];
  const unknownTypes = new Set<string>();
  const stack: string[] = [];
  const paras: ParagraphFrame[] = [];
  let textStyle: StyleSpan['style'][] | null = null;
  let sawRoot = false;
  let dual: { characters: number } | null = null;

  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (err) => {
    throw new ScriptError(
      'fdx_malformed',
      `${WHAT} is damaged and cannot be read (${err.message.split('\n')[0]}).`,
    );
  });
  parser.on('doctype', () => {
    throw new ScriptError(
      'fdx_doctype',
      `${WHAT} declares a DOCTYPE, which Scriptside refuses to read for safety.`,
    );
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (stack.length === 0) {
      if (name !== 'FinalDraft') throw new ScriptError('not_fdx', 'Not a Final Draft file.');
      sawRoot = true;
    }
    if (stack.length >= MAX_FDX_DEPTH) {
      throw new ScriptError(
        'fdx_malformed',
        `${WHAT} is nested more than ${MAX_FDX_DEPTH} levels deep and was not read.`,
      );
    }
    const parent = stack[stack.length - 1];
    stack.push(name);
    if (name === 'Paragraph') {
      paras.push({
        role: paragraphRole(stack),
        type: String(tag.attributes.Type ?? ''),
        number: tag.attributes.Number ? String(tag.attributes.Number).trim() : undefined,
        alignment: String(tag.attributes.Alignment ?? ''),
        startsNewPage: tag.attributes.StartsNewPage === 'Yes',
        text: '',
        styles: [],
        notes: [],
        synopses: [],
      });
    } else if (name === 'Text' && parent === 'Paragraph') {
      textStyle = parseStyle(String(tag.attributes.Style ?? ''));
    } else if (name === 'DualDialogue') {
      dual = { characters: 0 };
    }
  });
  parser.on('text', (t: string) => {
    if (textStyle === null) return;
    const p = paras[paras.length - 1];
    if (!p) return;
    const start = p.text.length;
    p.text += t;
    for (const style of textStyle) addSpan(p.styles, { start, end: p.text.length, style });
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    stack.pop();
    if (tag.name === 'Text') textStyle = null;
    else if (tag.name === 'DualDialogue') dual = null;
    else if (tag.name === 'Paragraph') {
      const p = paras.pop();
      if (!p) return;
      const owner = paras[paras.length - 1];
      const { text, styles } = trimWithStyles(p.text, p.styles);
      if (p.role === 'note' && owner && text) owner.notes.push(text);
      else if (p.role === 'summary' && owner && text) owner.synopses.push(text);
      else if (p.role === 'title') titleParas.push({ text, alignment: p.alignment });
      else if (p.role === 'content') {
        if (p.startsNewPage && drafts.length > 0) drafts.push({ type: 'page_break', text: '' });
        if (text) {
          const d = toDraft(p, text, styles, unknownTypes);
          if (
            dual &&
            (d.type === 'character' ||
              d.type === 'dialogue' ||
              d.type === 'parenthetical' ||
              d.type === 'lyrics')
          ) {
            if (d.type === 'character') dual.characters++;
            d.dual = dual.characters <= 1 ? 'left' : 'right';
          }
          drafts.push(d);
        }
        for (const s of p.synopses) drafts.push({ type: 'synopsis', text: s });
        for (const n of p.notes) drafts.push({ type: 'note', text: n });
      }
    }
  });

  parser.write(src).close();
  if (!sawRoot) throw new ScriptError('not_fdx', 'Not a Final Draft file.');
  for (const t of unknownTypes) warnings.push(`Paragraphs of type "${t}" were read as action.`);
  if (drafts.length === 0) warnings.push('This Final Draft file has no script text.');
  return buildScript('fdx', drafts, readTitlePage(titleParas), { warnings });
}

/** What a <Paragraph> is for, from where it sits: script body, title page, a note or a scene summary, or layout. */
function paragraphRole(stack: string[]): ParagraphFrame['role'] {
  // stack ends with 'Paragraph'; look at its ancestors.
  const inside = (name: string) => stack.lastIndexOf(name, stack.length - 2);
  if (inside('ScriptNote') >= 0) return 'note';
  if (inside('Summary') >= 0) return 'summary';
  if (stack[1] === 'Content' && (stack.length === 3 || stack[stack.length - 2] === 'DualDialogue'))
    return 'content';
  if (stack[1] === 'TitlePage' && stack[2] === 'Content' && stack.length === 4) return 'title';
  return 'ignored';
}

function toDraft(p: ParagraphFrame, text: string, styles: StyleSpan[], unknown: Set<string>): ElementDraft {
  let type = PARAGRAPH_TYPES[p.type.toLowerCase()];
  if (!type) {
    if (p.type) unknown.add(p.type);
    type = 'action';
  }
  if (type === 'action' && p.alignment === 'Center') type = 'centered';
  const d: ElementDraft = { type, text };
  if (styles.length) d.styles = styles;
  if (type === 'scene_heading' && p.number) d.sceneNumber = p.number;
  if (type === 'character') Object.assign(d, splitCue(text));
  return d;
}

/** "Bold+Italic+Underline" -> the emphasis styles the model knows; AllCaps, Strikeout and the like are layout. */
function parseStyle(attr: string): StyleSpan['style'][] {
  const out: StyleSpan['style'][] = [];
  for (const part of attr.split('+')) {
    const s = part.trim().toLowerCase();
    if (s === 'bold' || s === 'italic' || s === 'underline') out.push(s);
  }
  return out;
}

/** Adds a span, merging it with an adjacent span of the same style (Final Draft splits runs at every revision). */
function addSpan(spans: StyleSpan[], span: StyleSpan): void {
  if (span.end <= span.start) return;
  const prev = spans.findLast((s) => s.style === span.style);
  if (prev && prev.end === span.start) prev.end = span.end;
  else spans.push(span);
}

/** Trims surrounding whitespace (FDX runs often end in a stray newline) and keeps style offsets pointing at the same text. */
function trimWithStyles(raw: string, styles: StyleSpan[]): { text: string; styles: StyleSpan[] } {
  const lines = raw
    .replace(/\t/g, ' ')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
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
  const out: StyleSpan[] = [];
  for (const s of styles) {
    const start = Math.max(0, map[s.start] - lead);
    const end = Math.min(text.length, map[s.end] - lead);
    if (end > start) out.push({ start, end, style: s.style });
  }
  return { text, styles: out };
}

/**
 * Best-effort title page: FDX title pages are free-form paragraphs, so fields are recognised by place and wording
 * (first centred line = Title, "Written by" = Credit, the line after it = Author, dates, addresses = Contact).
 */
function readTitlePage(paras: { text: string; alignment: string }[]): TitleField[] {
  const fields: TitleField[] = [];
  const add = (key: string, value: string) => {
    const f = fields.find((x) => x.key === key);
    if (f) f.value += `\n${value}`;
    else fields.push({ key, value });
  };
  let afterCredit = false;
  let lastKey = '';
  for (const { text, alignment } of paras) {
    if (!text) {
      lastKey = '';
      continue;
    }
    const centred = alignment === 'Center';
    let key: string;
    if (/^(written |screenplay |teleplay )?by\b|^written and directed by/i.test(text) && text.length < 40) {
      key = 'Credit';
      afterCredit = true;
    } else if (/^(story by|based on)\b/i.test(text)) key = 'Source';
    else if (/^(©|\(c\)|copyright)/i.test(text)) key = 'Copyright';
    else if (
      /\b(draft|revision|revised)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(19|20)\d\d\b/i.test(text) &&
      text.length < 60 &&
      !centred
    )
      key = 'Draft date';
    else if (centred && !fields.some((f) => f.key === 'Title')) key = 'Title';
    else if (centred && lastKey === 'Title') key = 'Title';
    else if (afterCredit && centred && !fields.some((f) => f.key === 'Author')) key = 'Author';
    else if (centred && lastKey === 'Author') key = 'Author';
    else if (centred) key = 'Notes';
    else key = 'Contact';
    add(key, text);
    lastKey = key;
  }
  return fields;
}
