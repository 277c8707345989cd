// The one script model every source (Fountain, FDX, plain text, PDF, web page) is parsed into.
// Everything in Scriptside that points at script text (notes, flags, diffs, print marks) uses offsets into `Script.text`.

/** Element kinds, in the snake_case names the rest of Scriptside (and its users' exports) use. */
export type ElementType =
  | 'scene_heading'
  | 'shot'
  | 'action'
  | 'character'
  | 'dialogue'
  | 'parenthetical'
  | 'transition'
  | 'centered'
  | 'lyrics'
  | 'section'
  | 'synopsis'
  | 'note'
  | 'page_break';

export const ELEMENT_TYPES: readonly ElementType[] = [
  'scene_heading',
  'shot',
  'action',
  'character',
  'dialogue',
  'parenthetical',
  'transition',
  'centered',
  'lyrics',
  'section',
  'synopsis',
  'note',
  'page_break',
];

/** Emphasis inside an element, offsets relative to the element's `text`. */
export interface StyleSpan {
  start: number;
  end: number;
  style: 'bold' | 'italic' | 'underline';
}

/**
 * Text the source itself marks as revised (a Final Draft run with a RevisionID), offsets relative to the element's
 * `text`. Pagination prints an asterisk beside every line that shows part of one.
 */
export interface MarkedRange {
  start: number;
  end: number;
}

/**
 * The revision a source says it is (Final Draft's active revision set, when the file carries revision marks). Storing
 * such a script takes its colour and name as the draft's colour and label when the user has no earlier draft.
 */
export interface SourceRevision {
  /** The revision set's name as written ("Blue Rev. (mm/dd/yyyy)", "Final"). */
  name: string;
  /** The page colour the source gives the set, as '#rrggbb', when it gives one. */
  pageColor?: string;
  /** The colour Final Draft shows the set's revised text in, as '#rrggbb'. */
  textColor?: string;
}

/** What a parser produces for one element, before offsets and ids are assigned by `buildScript`. */
export interface ElementDraft {
  type: ElementType;
  /** The element's text with markup removed; lines inside an element are joined with '\n'. Empty for page_break. */
  text: string;
  /** scene_heading: the scene number printed in the source ("12", "12A"), if any. */
  sceneNumber?: string;
  /** character: the name without extensions ("MARA"). */
  name?: string;
  /** character: extensions such as "V.O.", "O.S.", "CONT'D", without brackets. */
  extensions?: string[];
  /** character, dialogue, parenthetical, lyrics: which side of a dual-dialogue pair this belongs to. */
  dual?: 'left' | 'right';
  /** section: depth (1 for '#', 2 for '##', ...). */
  level?: number;
  /** Emphasis spans, relative to `text`. */
  styles?: StyleSpan[];
  /** The element was forced by markup (Fountain '!', '@', '.', '>' ...). */
  forced?: boolean;
  /** For sources with their own pages (PDF): index into `Script.pages` where the element starts. */
  sourcePage?: number;
  /** Ranges of `text` the source marks as revised (FDX revision marks). */
  marks?: MarkedRange[];
}

/** One element of a parsed script. */
export interface ScriptElement extends ElementDraft {
  /** Stable id: the same element text of the same type gets the same id in every draft (see `elementId`). */
  id: string;
  /** Offsets into `Script.text`: `script.text.slice(start, end) === element.text`. */
  start: number;
  end: number;
}

export interface TitleField {
  /** The key as written in the source ("Title", "Credit", "Author", "Draft date", ...). */
  key: string;
  /** The value as printed (no markup); multi-line values are joined with '\n'. */
  value: string;
  /** Emphasis in the value (Fountain "_**TITLE**_"), relative to `value`. */
  styles?: StyleSpan[];
}

export type SourceFormat = 'fountain' | 'fdx' | 'plain' | 'pdf' | 'html';

/** A line laid out on a page: by `paginate`, or read from a PDF's own page. */
export interface PageLine {
  /** The text as printed on the line (without indent). Empty for a blank line. */
  text: string;
  /** What the line is: an element type, or layout furniture added by pagination. */
  kind: ElementType | 'blank' | 'more' | 'contd_cue' | 'continued' | 'continued_top' | 'omitted';
  /** Indent from the left margin in characters (10 per inch, left margin 1.5"). */
  indent: number;
  /** Index into `Script.elements` of the element this line shows, if any. */
  element?: number;
  /** Offsets into `Script.text` of the text on this line, if it shows script text. */
  start?: number;
  end?: number;
  /** Scene number printed in the margins of a scene heading line, if any. */
  sceneNumber?: string;
  /** A revision mark ('*') printed in the right margin (PDF source), or set by the revision engine. */
  marked?: boolean;
}

/** One page in order. */
export interface Page {
  /** 0-based position in the page list. */
  index: number;
  /** The label printed at the top right without its period: "12", "12A", "15-16". */
  label: string;
  /** Lines from the top of the text area; `lines[i]` is line number i (0-based) on the page. */
  lines: PageLine[];
  /** Range of element indices that have text on this page (inclusive), or undefined for an empty page. */
  firstElement?: number;
  lastElement?: number;
  /** Offsets into `Script.text` covered by the page (start of first line to end of last). */
  start: number;
  end: number;
  /** The revision header printed on the page ("BLUE REVISION - 11/27/26"), when the source carries one. */
  revisionHeader?: string;
  /** A title page (or other front matter) before page 1: its label names it and no page number is printed. */
  front?: boolean;
}

/** A parsed script. */
export interface Script {
  format: SourceFormat;
  titlePage: TitleField[];
  elements: ScriptElement[];
  /**
   * The canonical plain text: element texts in order, separated by one blank line ('\n\n').
   * A page_break contributes an empty string (so two separators meet).
   */
  text: string;
  /** The source's own pages (PDF); absent for sources without pages. */
  pages?: Page[];
  /** Things the parser noticed and worked around, in sentences a user can read. */
  warnings: string[];
  /** The revision the source says it is, when it carries revision marks of its own (FDX). */
  revision?: SourceRevision;
}

/** The separator between element texts in `Script.text`. */
export const ELEMENT_SEPARATOR = '\n\n';

/** FNV-1a 32-bit hash, as 7 base-36 characters: cheap, deterministic, good enough for ids. */
export function hashText(s: string): string {
  return hashToId(fnv1a(0x811c9dc5, s));
}

function fnv1a(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function hashToId(h: number): string {
  return (h >>> 0).toString(36).padStart(7, '0');
}

const OPTIONAL_FIELDS = [
  'sceneNumber',
  'name',
  'extensions',
  'dual',
  'level',
  'styles',
  'forced',
  'sourcePage',
  'marks',
] as const satisfies readonly (keyof ElementDraft)[];

/**
 * Builds a Script from element drafts: computes the canonical text, each element's offsets, and stable ids.
 * Ids hash the type and text and count repeats ("e-<hash>-<n>"), so an unchanged element keeps its id in the next draft.
 */
export function buildScript(
  format: SourceFormat,
  drafts: ElementDraft[],
  titlePage: TitleField[] = [],
  extra: { pages?: Page[]; warnings?: string[]; revision?: SourceRevision } = {},
): Script {
  const elements: ScriptElement[] = new Array(drafts.length);
  const parts: string[] = new Array(drafts.length);
  const seen = new Map<string, number>();
  let offset = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (i > 0) offset += ELEMENT_SEPARATOR.length;
    // Same as hashText(`${type}\u0000${text}`), without building the joined string.
    const h = hashToId(fnv1a(Math.imul(fnv1a(0x811c9dc5, d.type), 0x01000193), d.text));
    const n = seen.get(h) ?? 0;
    seen.set(h, n + 1);
    // A fixed shape, copying only the optional fields that are set: parsers hand over drafts of many shapes, and
    // spreading them was most of the cost of building a long script.
    const el: ScriptElement = {
      id: `e-${h}-${n}`,
      type: d.type,
      text: d.text,
      start: offset,
      end: offset + d.text.length,
    };
    for (const f of OPTIONAL_FIELDS) {
      if (d[f] !== undefined) (el as unknown as Record<string, unknown>)[f] = d[f];
    }
    elements[i] = el;
    parts[i] = d.text;
    offset = el.end;
  }
  const script: Script = {
    format,
    titlePage,
    elements,
    text: parts.join(ELEMENT_SEPARATOR),
    pages: extra.pages,
    warnings: extra.warnings ?? [],
  };
  if (extra.revision) script.revision = extra.revision;
  return script;
}

/** Why a source could not be read. `message` is a sentence for the user. */
export type ScriptErrorCode =
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'not_script'
  | 'not_pdf'
  | 'pdf_encrypted'
  | 'pdf_no_text'
  | 'pdf_truncated'
  | 'not_fdx'
  | 'fdx_doctype'
  | 'fdx_malformed'
  | 'cancelled';

/** A typed parse error whose message a user can read in the panel. */
export class ScriptError extends Error {
  readonly code: ScriptErrorCode;
  constructor(code: ScriptErrorCode, message: string) {
    super(message);
    this.name = 'ScriptError';
    this.code = code;
  }
}

/** Largest source Scriptside reads (a 1,000-page script is about 1.5 MB of text). */
export const MAX_SOURCE_CHARS = 8_000_000;
