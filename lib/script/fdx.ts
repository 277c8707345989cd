// Reads Final Draft (.fdx) files, as written by Final Draft and by Fade In, into the shared script model, with the text
// as Final Draft prints it (element styles such as AllCaps applied), shots as shots, and the file's own revision marks.
// Pure TypeScript over `saxes` (no DOMParser) so it runs in Node, workers and pages alike.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { MAX_LINE_CHARS, normaliseInput } from './input';
import {
  buildScript,
  ScriptError,
  type ElementDraft,
  type ElementType,
  type MarkedRange,
  type Script,
  type SourceRevision,
  type StyleSpan,
} from './model';
import {
  addSpan,
  hexColor,
  parseStyle,
  trimWithStyles,
  upperRanges,
  upperSameLength,
  type RunSpan,
  type RunStyle,
} from './fdx-text';
import { readTitlePage } from './fdx-title';
import { splitCue } from './plaintext';

/** Deeper nesting than this is refused: real FDX files stay under 10 levels, hostile ones go to thousands. */
export const MAX_FDX_DEPTH = 64;

const WHAT = 'This Final Draft file';

/** Final Draft paragraph types and what they are in the shared model. Unknown types are read as action. */
const PARAGRAPH_TYPES: Record<string, ElementType> = {
  'scene heading': 'scene_heading',
  // A shot ("ROAD", "CLOSE ON THE LETTER") is a camera direction inside a scene, never a scene of its own.
  shot: 'shot',
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

/**
 * Element types Final Draft prints in capitals when the file's ElementSettings do not say (its default templates):
 * the text is typed in any case ("EXT. Mast farm - nIGHT", "Shag") and the AllCaps style shows it in capitals.
 */
const DEFAULT_ALL_CAPS: ReadonlySet<string> = new Set(['scene heading', 'character', 'transition', 'shot']);

/** One <Paragraph> being read. Notes and scene summaries nested inside it are read as their own paragraphs. */
interface ParagraphFrame {
  role: 'content' | 'title' | 'note' | 'summary' | 'ignored';
  type: string;
  number?: string;
  alignment: string;
  startsNewPage: boolean;
  text: string;
  styles: RunSpan[];
  /** Text past MAX_LINE_CHARS was dropped. */
  cut: boolean;
  /** Texts of <ScriptNote>s and scene summaries found inside this paragraph. */
  notes: string[];
  synopses: string[];
}

/** A body paragraph read, waiting for the file's ElementSettings to say how its type prints. */
interface PendingElement {
  draft: ElementDraft;
  /** The Final Draft paragraph type, lower case ("scene heading"). */
  fdxType: string;
  /** Runs styled AllCaps, relative to the draft's text. */
  caps: RunSpan[];
}

/** How a paragraph type prints, from its <ElementSettings><FontSpec Style="..."/>. */
interface ElementStyle {
  allCaps: boolean;
  emphasis: StyleSpan['style'][];
}

/** A <Revision> set of the file's <Revisions>. */
interface RevisionSet {
  id: string;
  name: string;
  color?: string;
  pageColor?: string;
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
  const pending: PendingElement[] = [];
  const titleParas: { text: string; alignment: string }[] = [];
  const warnings: string[] = [];
  const unknownTypes = new Set<string>();
  const stack: string[] = [];
  const paras: ParagraphFrame[] = [];
  const elementStyles = new Map<string, ElementStyle>();
  const revisionSets: RevisionSet[] = [];
  let activeSet: string | undefined;
  /** RevisionIDs the marked runs use. */
  const markSets = new Set<string>();
  let textStyle: RunStyle[] | null = null;
  let settingsType: string | null = null;
  let sawRoot = false;
  let cutParagraphs = 0;
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
        cut: false,
        notes: [],
        synopses: [],
      });
    } else if (name === 'Text' && parent === 'Paragraph') {
      textStyle = parseStyle(String(tag.attributes.Style ?? ''));
      // RevisionID="0" (or none) is unrevised text; any other number names the revision set that changed the run.
      const rev = String(tag.attributes.RevisionID ?? '0').trim();
      if (rev !== '' && rev !== '0') {
        textStyle.push('revised');
        markSets.add(rev);
      }
    } else if (name === 'ElementSettings' && stack.length === 2) {
      settingsType = String(tag.attributes.Type ?? '').toLowerCase();
    } else if (name === 'FontSpec' && parent === 'ElementSettings' && settingsType !== null) {
      const styles = parseStyle(String(tag.attributes.Style ?? ''));
      elementStyles.set(settingsType, {
        allCaps: styles.includes('caps'),
        emphasis: styles.filter((x): x is StyleSpan['style'] => x !== 'caps' && x !== 'revised'),
      });
    } else if (name === 'Revisions' && stack.length === 2) {
      activeSet = tag.attributes.ActiveSet ? String(tag.attributes.ActiveSet).trim() : undefined;
    } else if (name === 'Revision' && parent === 'Revisions') {
      revisionSets.push({
        id: String(tag.attributes.ID ?? '').trim(),
        name: String(tag.attributes.Name ?? '').trim(),
        color: hexColor(tag.attributes.Color),
        pageColor: hexColor(tag.attributes.PageColor),
      });
    } else if (name === 'DualDialogue') {
      dual = { characters: 0 };
    }
  });
  parser.on('text', (t: string) => {
    if (textStyle === null) return;
    const p = paras[paras.length - 1];
    if (!p) return;
    // A paragraph is never longer than a page of text; past the cap the rest is dropped so no later step can be
    // made slow by one hostile paragraph.
    if (p.text.length + t.length > MAX_LINE_CHARS) {
      if (!p.cut) cutParagraphs++;
      p.cut = true;
      t = t.slice(0, Math.max(0, MAX_LINE_CHARS - p.text.length));
    }
    const start = p.text.length;
    p.text += t;
    for (const style of textStyle) addSpan(p.styles, { start, end: p.text.length, style });
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    stack.pop();
    if (tag.name === 'Text') textStyle = null;
    else if (tag.name === 'DualDialogue') dual = null;
    else if (tag.name === 'ElementSettings') settingsType = null;
    else if (tag.name === 'Paragraph') {
      const p = paras.pop();
      if (!p) return;
      const owner = paras[paras.length - 1];
      const { text: raw, styles: runs } = trimWithStyles(p.text, p.styles);
      const caps = runs.filter((r) => r.style === 'caps');
      const plain = p.role === 'title' ? upperRanges(raw, caps) : raw;
      if (p.role === 'note' && owner && plain) owner.notes.push(plain);
      else if (p.role === 'summary' && owner && plain) owner.synopses.push(plain);
      else if (p.role === 'title') titleParas.push({ text: plain, alignment: p.alignment });
      else if (p.role === 'content') {
        if (p.startsNewPage && drafts.length > 0) drafts.push({ type: 'page_break', text: '' });
        if (raw) {
          const styles = runs.filter((r): r is StyleSpan => r.style !== 'caps' && r.style !== 'revised');
          const d = toDraft(p, raw, styles, unknownTypes);
          const marks: MarkedRange[] = runs
            .filter((r) => r.style === 'revised')
            .map((r) => ({ start: r.start, end: r.end }));
          if (marks.length) d.marks = marks;
          pending.push({ draft: d, fdxType: p.type.toLowerCase(), caps });
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
  for (const el of pending) applyElementStyle(el, elementStyles);
  for (const t of unknownTypes) warnings.push(`Paragraphs of type "${t}" were read as action.`);
  if (cutParagraphs > 0) {
    warnings.push(
      `${cutParagraphs} ${cutParagraphs === 1 ? 'paragraph was' : 'paragraphs were'} longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters and cut there.`,
    );
  }
  if (drafts.length === 0) warnings.push('This Final Draft file has no script text.');
  const revision = pending.some((el) => el.draft.marks)
    ? sourceRevision(revisionSets, activeSet, markSets)
    : undefined;
  return buildScript('fdx', drafts, readTitlePage(titleParas), { warnings, revision });
}

/**
 * Prints a body element the way its type's ElementSettings say (Final Draft's defaults when the file has none):
 * AllCaps on the type capitalises the whole text, AllCaps on a run only that run; emphasis on the type covers the
 * whole text. A cue's name and extensions are read from the printed text.
 */
function applyElementStyle(el: PendingElement, styles: ReadonlyMap<string, ElementStyle>): void {
  const d = el.draft;
  const style = styles.get(el.fdxType);
  const allCaps = style ? style.allCaps : DEFAULT_ALL_CAPS.has(el.fdxType);
  d.text = allCaps ? upperSameLength(d.text) : upperRanges(d.text, el.caps);
  if (style?.emphasis.length) {
    const spans = d.styles ?? [];
    for (const s of style.emphasis) {
      if (!spans.some((x) => x.style === s && x.start === 0 && x.end === d.text.length))
        spans.push({ start: 0, end: d.text.length, style: s });
    }
    d.styles = spans;
  }
  if (d.type === 'character') Object.assign(d, splitCue(d.text));
}

/**
 * The revision the file says it is: its active revision set (else the latest set its marks use), with the set's name
 * and colours. Undefined when the sets are not defined.
 */
function sourceRevision(
  sets: RevisionSet[],
  active: string | undefined,
  used: ReadonlySet<string>,
): SourceRevision | undefined {
  const set = sets.find((s) => s.id === active) ?? sets.filter((s) => used.has(s.id)).at(-1);
  if (!set || !set.name) return undefined;
  const out: SourceRevision = { name: set.name };
  if (set.pageColor) out.pageColor = set.pageColor;
  if (set.color) out.textColor = set.color;
  return out;
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
  // A character's name and extensions are read once the element's style is applied (applyElementStyle).
  return d;
}
