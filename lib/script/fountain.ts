// Fountain 1.1 parser: reads a .fountain text into the shared Script model (title page, elements, emphasis spans).
// One pass over the lines after boneyard and notes are cut out; every rule looks at a line or its neighbours only.

import { parseEmphasis } from './emphasis';
import { NOTE_MARK, opensSceneHeading, SCENE_PREFIX, stripMarkup } from './fountain-markup';
import { readTitlePage } from './fountain-title';
import { MAX_LINE_CHARS, normaliseInput } from './input';
import { buildScript, type ElementDraft, type ElementType, type Script, type StyleSpan } from './model';

const PAGE_BREAK = /^={3,}$/;
const SCENE_NUMBER = /^[A-Za-z0-9.-]+$/;

/**
 * Parses Fountain text into a Script. Throws a ScriptError for input that is not text (binary, too large). A blank
 * document is a valid, empty Fountain script (as the peer parsers read it): it parses to no elements with a warning,
 * and the importer (lib/reading) tells the user the file is empty.
 *
 * Notes: a note alone in its paragraph becomes a `note` element where it stands; a note inside other text is removed
 * from that text and becomes a `note` element right after the paragraph (or dialogue block) it was in, so nothing the
 * writers wrote is lost and element text stays what is printed. Title page values are plain text too, their emphasis
 * kept as spans.
 */
export function parseFountain(source: string): Script {
  if (
    typeof source === 'string' &&
    source.length < 1_000_000 &&
    source.replace(/^\uFEFF/, '').trim() === ''
  ) {
    return buildScript('fountain', [], [], { warnings: ['This Fountain file is empty.'] });
  }
  const clean = normaliseInput(source, 'This Fountain file');
  const { text, notes, warnings } = stripMarkup(clean);
  const lines = capLines(text.split('\n'), warnings);
  const title = readTitlePage(lines);
  const reader = new ElementReader(lines, notes);
  reader.read(0, title.start);
  reader.skipNotes(title.start, title.end);
  reader.read(title.end, lines.length);
  return buildScript('fountain', reader.drafts, title.fields, { warnings });
}

/**
 * Cuts lines longer than MAX_LINE_CHARS (a Fountain paragraph is one line, but never a book's worth), so no rule that
 * looks at a line can be made slow by a hostile one; says how many were cut.
 */
function capLines(lines: string[], warnings: string[]): string[] {
  let cut = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_LINE_CHARS) {
      lines[i] = lines[i].slice(0, MAX_LINE_CHARS);
      cut++;
    }
  }
  if (cut > 0) {
    warnings.push(
      `${cut} ${cut === 1 ? 'line was' : 'lines were'} longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters and cut there.`,
    );
  }
  return lines;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function stripNotes(line: string): string {
  return line.includes(NOTE_MARK) ? line.split(NOTE_MARK).join('') : line;
}

function countNotes(line: string): number {
  let n = 0;
  for (let i = line.indexOf(NOTE_MARK); i >= 0; i = line.indexOf(NOTE_MARK, i + 1)) n++;
  return n;
}

/** True for a line written in capitals with at least one letter (a cue or a transition). */
function isUpperWithLetter(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The longest name an uncased cue may be: a name, not a line of prose. */
const UNCASED_NAME_MAX_CHARS = 20;
/** Punctuation that ends or splits a sentence, in Latin and full-width (CJK) forms: no name carries it. */
const SENTENCE_PUNCTUATION = /[。．.！!？?、，,：:；;「」『』]/u;

/**
 * True for a name written without letter case (Japanese, Chinese: "ジョン", "约翰"): Fountain's "all capitals"
 * says nothing there, so afterwriting, which prints these scripts, takes any line equal to its upper case. A cue
 * is a short name, so a line of such text longer than a name or with sentence punctuation stays action.
 */
function isUncasedName(s: string): boolean {
  return (
    s.length <= UNCASED_NAME_MAX_CHARS &&
    /\p{L}/u.test(s) &&
    !/[\p{Lu}\p{Ll}]/u.test(s) &&
    !SENTENCE_PUNCTUATION.test(s)
  );
}

/** Index of the first opening bracket, ASCII or full-width (Japanese and Chinese scripts print "（V.O.）"). */
function openBracket(s: string): number {
  const a = s.indexOf('(');
  const b = s.indexOf('（');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** Splits a cue ("MARA (V.O.) (CONT'D)") into name and extensions; null when it is not a cue. */
function readCue(cue: string, forced: boolean): { name: string; extensions: string[] } | null {
  const paren = openBracket(cue);
  const name = (paren < 0 ? cue : cue.slice(0, paren)).trim();
  if (name === '') return null;
  // A capitals line ending in "TO:" reads as a transition, never as a speaker.
  if (
    !forced &&
    (!(isUpperWithLetter(name) || isUncasedName(name)) || name.includes('^') || name.endsWith('TO:'))
  )
    return null;
  const extensions: string[] = [];
  if (paren >= 0) {
    let rest = cue.slice(paren);
    while (rest.startsWith('(') || rest.startsWith('（')) {
      const close = rest.startsWith('(') ? rest.indexOf(')') : rest.indexOf('）');
      if (close < 0) return forced ? { name: cue, extensions: [] } : null;
      const ext = rest.slice(1, close).trim();
      if (ext) extensions.push(ext);
      rest = rest.slice(close + 1).trim();
    }
    if (rest !== '') return forced ? { name: cue, extensions: [] } : null;
  }
  return { name, extensions };
}

/**
 * True when `next` is a scene heading stacked right under a line that ends like a transition ("CUT TO:",
 * "(mid-sentence) CUT TO:"), with no blank line between. Fountain 1.1 wants a blank line before a heading, but writers
 * stack the cut over the next scene so, and afterwriting, which reads every line on its own, prints the pair as a
 * transition and a heading: the PDF a writer shares shows those headings, so the Fountain must too. Only a
 * transition's ending opens the way: any other line with a heading-like line under it stays one paragraph, as the
 * spec and the other peers read it (none of their cases stacks a heading under a transition).
 */
function stackedHeading(t: string, next: string): boolean {
  return t.endsWith('TO:') && opensSceneHeading(stripNotes(next).trim());
}

/**
 * Where the reader stands. 'start': first line after a blank line; 'after': a new element after a one-line element,
 * no blank line before; 'heading': the line under a transition's line, which opens a scene heading
 * (see stackedHeading).
 */
type Mode = 'start' | 'after' | 'heading' | 'action' | 'dialogue';

class ElementReader {
  readonly drafts: ElementDraft[] = [];
  private noteIndex = 0;
  /** Inline notes met in the current paragraph, written after it. */
  private pendingNotes: string[] = [];
  /** Index in `drafts` of the element that lines are being added to, if any. */
  private open = -1;
  private openLines: string[] = [];
  private lastCue = -1;

  constructor(
    private readonly lines: string[],
    private readonly notes: string[],
  ) {}

  /** Notes written inside the title page are not script elements; step over them. */
  skipNotes(from: number, to: number): void {
    for (let i = from; i < to; i++) this.noteIndex += countNotes(this.lines[i]);
  }

  /** Reads lines [from, to) as script elements. */
  read(from: number, to: number): void {
    const { lines } = this;
    let mode: Mode = 'start';
    for (let i = from; i < to; i++) {
      const raw = lines[i];
      if (mode === 'dialogue' && raw.length >= 2 && isBlank(raw) && raw.includes('  ')) {
        // Two spaces keep a blank line inside dialogue; it ends dialogue only if nothing follows.
        const next = lines[i + 1];
        if (i + 1 < to && !isBlank(next) && this.openType() === 'dialogue') {
          this.openLines.push('');
          continue;
        }
      }
      if (isBlank(raw)) {
        this.endParagraph();
        mode = 'start';
        continue;
      }
      const noteCount = countNotes(raw);
      if (noteCount) this.takeNotes(noteCount);
      const unnoted = stripNotes(raw);
      // trimEnd, not /\s+$/: the pattern retries from every space of a long run that is not at the end (quadratic).
      const line = unnoted.trimEnd();
      if (line.trim() === '') continue; // the line held only notes
      const next = i + 1 < to ? lines[i + 1] : '';
      mode = this.readLine(line, mode, next, unnoted.length !== line.length);
    }
    this.endParagraph();
  }

  private openType(): ElementType | undefined {
    return this.open >= 0 ? this.drafts[this.open].type : undefined;
  }

  private takeNotes(n: number): void {
    for (let k = 0; k < n && this.noteIndex < this.notes.length; k++)
      this.pendingNotes.push(this.notes[this.noteIndex++]);
  }

  /** Classifies one non-blank line and returns the mode for the next line. */
  private readLine(line: string, mode: Mode, next: string, trailingSpace: boolean): Mode {
    const t = line.trim();
    const nextBlank = isBlank(next);
    if (PAGE_BREAK.test(t)) {
      this.close();
      this.push({ type: 'page_break', text: '' });
      return 'after';
    }
    if (mode === 'dialogue') return this.readDialogueLine(t);
    if (t.startsWith('~')) {
      this.addLine('lyrics', t.slice(1).trim(), {});
      return 'after';
    }
    const headingUnder = stackedHeading(t, next);
    if (mode === 'action') {
      if (t.startsWith('>') && t.endsWith('<') && t.length > 1) return this.centered(t);
      this.addAction(line);
      return headingUnder ? 'heading' : 'action';
    }
    // 'start', 'after' or 'heading': a new element begins here.
    const blankBefore = mode === 'start';
    if (t.startsWith('!')) {
      this.close();
      this.addAction(line.slice(line.indexOf('!') + 1), true);
      return headingUnder ? 'heading' : 'action';
    }
    if (t.startsWith('#')) {
      let level = 0;
      while (t[level] === '#') level++;
      this.single({ type: 'section', text: t.slice(level).trim(), level });
      return 'after';
    }
    if (t.startsWith('=')) {
      this.single({ type: 'synopsis', text: t.slice(1).trim() });
      return 'after';
    }
    if (t.startsWith('>')) {
      if (t.endsWith('<') && t.length > 1) return this.centered(t);
      this.single({ type: 'transition', text: t.slice(1).trim(), forced: true });
      return headingUnder ? 'heading' : 'after';
    }
    if (t.startsWith('.') && t.length > 1 && /[\p{L}\p{N}]/u.test(t[1])) {
      this.sceneHeading(t.slice(1), true);
      return 'after';
    }
    // Another language's opening also asks for the blank line after the heading that spec 1.1 describes, so a cue
    // such as "INTERIOR DECORATOR" over its speech stays a cue; Fountain's own openings never asked for it here.
    if (
      (blankBefore || mode === 'heading') &&
      opensSceneHeading(t) &&
      (nextBlank || mode === 'heading' || SCENE_PREFIX.test(t))
    ) {
      this.sceneHeading(t, false);
      return 'after';
    }
    // Transitions must end in "TO:" exactly as written (trailing spaces make it action), with a blank line after
    // them or a scene heading stacked right under them (see stackedHeading).
    if (
      blankBefore &&
      !trailingSpace &&
      t.endsWith('TO:') &&
      isUpperWithLetter(t) &&
      (nextBlank || headingUnder)
    ) {
      this.single({ type: 'transition', text: t });
      return headingUnder ? 'heading' : 'after';
    }
    if (blankBefore && !nextBlank && this.cue(t)) return 'dialogue';
    if (t.startsWith('@') && this.cue(t)) return 'dialogue';
    this.close();
    this.addAction(line);
    return headingUnder ? 'heading' : 'action';
  }

  private readDialogueLine(t: string): Mode {
    const dual = this.drafts[this.lastCue]?.dual;
    const extra = dual ? { dual } : {};
    if ((t.startsWith('(') && t.endsWith(')')) || (t.startsWith('（') && t.endsWith('）'))) {
      this.close();
      this.push({ type: 'parenthetical', text: t, ...extra });
    } else if (t.startsWith('~')) {
      this.addLine('lyrics', t.slice(1).trim(), extra);
    } else {
      this.addLine('dialogue', t, extra);
    }
    return 'dialogue';
  }

  private centered(t: string): Mode {
    this.addLine('centered', t.slice(1, -1).trim(), {});
    return 'after';
  }

  private sceneHeading(t: string, forced: boolean): void {
    let text = t.trim();
    let sceneNumber: string | undefined;
    if (text.endsWith('#')) {
      const hash = text.lastIndexOf('#', text.length - 2);
      const num = hash >= 0 ? text.slice(hash + 1, -1) : '';
      if (SCENE_NUMBER.test(num)) {
        sceneNumber = num;
        text = text.slice(0, hash).trim();
      }
    }
    const d: ElementDraft = { type: 'scene_heading', text };
    if (sceneNumber) d.sceneNumber = sceneNumber;
    if (forced) d.forced = true;
    this.single(d);
  }

  /** Reads a character cue (forced with '@', dual with a trailing '^'); false when the line is not one. */
  private cue(t: string): boolean {
    const forced = t.startsWith('@');
    let cue = forced ? t.slice(1).trim() : t;
    const dual = cue.endsWith('^');
    if (dual) cue = cue.slice(0, -1).trim();
    const parsed = readCue(cue, forced);
    if (!parsed) return false;
    this.close();
    const d: ElementDraft = {
      type: 'character',
      text: cue,
      name: parsed.name,
      extensions: parsed.extensions,
    };
    if (forced) d.forced = true;
    if (dual && this.markLeft()) d.dual = 'right';
    this.push(d);
    this.lastCue = this.drafts.length - 1;
    return true;
  }

  /** Marks the previous dialogue block as the left side of a dual-dialogue pair; false if there is none. */
  private markLeft(): boolean {
    const speaking = new Set<ElementType>(['dialogue', 'parenthetical', 'lyrics', 'note']);
    let k = this.drafts.length - 1;
    while (k >= 0 && speaking.has(this.drafts[k].type)) k--;
    if (k < 0 || this.drafts[k].type !== 'character' || this.drafts[k].dual === 'right') return false;
    for (let j = k; j < this.drafts.length; j++)
      if (this.drafts[j].type !== 'note') this.drafts[j].dual = 'left';
    return true;
  }

  private addAction(line: string, forced = false): void {
    // Fountain keeps indentation in action; a tab counts as four spaces.
    const text = line.replace(/\t/g, '    ');
    this.addLine('action', text, forced ? { forced: true } : {});
  }

  /** Adds a line to the open element of `type`, or opens a new one. */
  private addLine(type: ElementType, line: string, extra: Partial<ElementDraft>): void {
    if (this.openType() !== type) {
      this.close();
      this.push({ type, text: '', ...extra });
      this.open = this.drafts.length - 1;
    }
    this.openLines.push(line);
  }

  private single(d: ElementDraft): void {
    this.close();
    this.push(d);
  }

  private push(d: ElementDraft): void {
    if (d.type !== 'page_break' && d.type !== 'note') applyEmphasis(d, [d.text]);
    this.drafts.push(d);
  }

  /** Finishes the element that lines were being added to. */
  private close(): void {
    if (this.open < 0) return;
    const d = this.drafts[this.open];
    while (this.openLines.length && this.openLines[this.openLines.length - 1] === '') this.openLines.pop();
    applyEmphasis(d, this.openLines);
    if (d.text === '') this.drafts.splice(this.open, 1);
    this.open = -1;
    this.openLines = [];
  }

  private endParagraph(): void {
    this.close();
    for (const note of this.pendingNotes) this.drafts.push({ type: 'note', text: note });
    this.pendingNotes = [];
  }
}

/** Sets `d.text` from its lines with emphasis removed, and `d.styles` when there is any emphasis. */
function applyEmphasis(d: ElementDraft, lines: string[]): void {
  const styles: StyleSpan[] = [];
  const out: string[] = [];
  let offset = 0;
  for (const line of lines) {
    const r = parseEmphasis(line);
    const text = r.text.trimEnd();
    for (const s of r.styles)
      styles.push({ start: s.start + offset, end: Math.min(s.end, text.length) + offset, style: s.style });
    out.push(text);
    offset += text.length + 1;
  }
  d.text = out.join('\n');
  if (styles.length) d.styles = styles;
  else delete d.styles;
}
