// Lays a script without pages of its own (Fountain, FDX, web pages) out on screenplay pages, line by line, with
// offsets into Script.text on every line, so notes, diffs and print marks can find their page and line.
//
// Conventions (one pass over the elements, linear in the script's length):
// - One blank line before every element, except inside a speech (the cue, its parentheticals, dialogue and lyrics
//   follow each other directly). This is screenplain's and Final Draft's default spacing; blank lines at the top of a
//   page are dropped.
// - A scene heading moves to the next page unless it and at least 2 lines of what follows fit (a whole speech cue
//   with 2 lines of its speech).
// - Action of 1-3 lines never splits; longer action splits at the latest sentence end that leaves >= 2 lines on each
//   side (the rest is re-wrapped), else between lines, 2 and 2.
// - Dialogue splits only between the parts of a speech (never right after a parenthetical) or at a sentence end
//   inside a dialogue, keeping >= 2 of its lines before the break and >= 1 after. "(MORE)" goes under the last line
//   at the cue's indent and the cue returns as "NAME (V.O.) (CONT'D)". A cue never ends a page.
// - Dual dialogue is laid out one speech after the other (parallel columns would put two lines on one row, which
//   the one-line-per-row Page model cannot say).
// - A block taller than a whole page is cut at the page foot, so pagination always ends.

import {
  CONTD,
  CONTINUED_FOOT,
  CONTINUED_TOP,
  INDENTS,
  LINES_PER_PAGE,
  MORE,
  TEXT_WIDTH,
  lineIndent,
  wrapRange,
  wrapWidth,
  type ElementLayout,
  type IndentPreset,
  type Paper,
  type PrintedType,
  type TextRange,
} from './page-geometry';
import type { ElementType, Page, PageLine, Script, ScriptElement } from './model';
import { cutSpeech, splitLines, splitSpeech, type SpeechPart } from './paginate-split';

export interface PaginateOptions {
  /** Paper size: 55 lines a page on Letter (default), 57 on A4. */
  paper?: Paper;
  /** Indent preset (domain.md): 'standard' (default) or 'alternate'. */
  indents?: IndentPreset;
  /** Production "(CONTINUED)" at the foot and "CONTINUED:" at the top when a scene crosses a page. */
  sceneContinueds?: boolean;
  /** Print scene numbers beside headings (the source's numbers; scenes without one are counted 1, 2, ...). */
  sceneNumbers?: boolean;
  /** Reserved for locked pagination (lib/script/locking.ts); ignored here. */
  lock?: unknown;
}

/**
 * The script's pages. A PDF carries its own pages: `script.pages` is returned as it is. Otherwise the elements are
 * laid out on pages (the title page is not paginated: page 1 is the first script page, labelled "1").
 */
export function paginate(script: Script, options: PaginateOptions = {}): Page[] {
  if (script.pages) return script.pages;
  return markSourceRevisions(script, new Paginator(script, options).run());
}

/**
 * Puts an asterisk on every line that shows text the source marks as revised (an FDX run with a RevisionID), and the
 * source's revision name in the header of those pages, as Final Draft prints them. Linear: each element's marks are
 * matched against its own lines only.
 */
function markSourceRevisions(script: Script, pages: Page[]): Page[] {
  const els = script.elements;
  if (!els.some((e) => e.marks?.length)) return pages;
  for (const page of pages) {
    for (const line of page.lines) {
      if (line.element === undefined || line.start === undefined || line.end === undefined) continue;
      const el = els[line.element];
      if (!el?.marks) continue;
      const from = line.start - el.start;
      const to = line.end - el.start;
      // A mark on the space where a line wraps belongs to the line before it; an empty line range never matches.
      if (el.marks.some((m) => m.start < to && from < m.end)) {
        line.marked = true;
        if (script.revision?.name) page.revisionHeader = script.revision.name;
      }
    }
  }
  return pages;
}

const SPEECH_PARTS: ReadonlySet<ElementType> = new Set<ElementType>(['dialogue', 'parenthetical', 'lyrics']);
const NOT_PRINTED: ReadonlySet<ElementType> = new Set<ElementType>(['section', 'synopsis', 'note']);
/** Line kinds never left at the foot of a page: scene headings and shots. */
const KEPT_WITH_NEXT: ReadonlySet<PageLine['kind']> = new Set<PageLine['kind']>(['scene_heading', 'shot']);

class Paginator {
  private readonly text: string;
  private readonly els: ScriptElement[];
  private readonly layouts: Readonly<Record<PrintedType, ElementLayout>>;
  private readonly capacity: number;
  private readonly continueds: boolean;
  private readonly numbers: boolean;
  private readonly wrapped: (TextRange[] | undefined)[];
  private readonly pages: Page[] = [];
  private lines: PageLine[] = [];
  /** Lines at the top of the current page that are furniture ("CONTINUED:" and its blank line). */
  private furniture = 0;
  private inScene = false;
  private sceneNumber: string | undefined;
  private sceneCount = 0;
  private continuations = 0;

  constructor(script: Script, options: PaginateOptions) {
    this.text = script.text;
    this.els = script.elements;
    this.layouts = INDENTS[options.indents ?? 'standard'];
    this.capacity = LINES_PER_PAGE[options.paper ?? 'letter'];
    this.continueds = options.sceneContinueds ?? false;
    this.numbers = options.sceneNumbers ?? false;
    this.wrapped = new Array<TextRange[] | undefined>(script.elements.length);
  }

  run(): Page[] {
    const els = this.els;
    let i = 0;
    while (i < els.length) {
      const type = els[i].type;
      if (type === 'page_break') {
        if (this.hasContent()) this.newPage(this.inScene && !this.nextIsHeading(i));
        i++;
      } else if (NOT_PRINTED.has(type)) {
        i++;
      } else if (type === 'character' || SPEECH_PARTS.has(type)) {
        const cue = type === 'character' ? i++ : -1;
        const parts: SpeechPart[] = [];
        for (; i < els.length; i++) {
          const t = els[i].type;
          if (SPEECH_PARTS.has(t)) parts.push(this.speechPart(i));
          else if (!NOT_PRINTED.has(t)) break;
        }
        this.placeSpeech(cue, parts);
      } else if (type === 'scene_heading' || type === 'shot') {
        this.placeHeading(i++);
      } else {
        this.placeBlock(i++);
      }
    }
    if (this.hasContent()) this.finishPage();
    return this.pages;
  }

  /** Wrapped lines of element i at its type's width (memoised: headings look one element ahead). */
  private wrap(i: number): TextRange[] {
    let w = this.wrapped[i];
    if (!w) {
      const el = this.els[i];
      const layout = this.layouts[el.type as PrintedType];
      w = wrapRange(this.text, el.start, el.end, wrapWidth(layout));
      this.wrapped[i] = w;
    }
    return w;
  }

  private room(): number {
    return this.capacity - (this.continueds ? 1 : 0) - this.lines.length;
  }

  private hasContent(): boolean {
    return this.lines.length > this.furniture;
  }

  /** 1 when the next element needs a blank line above it. */
  private blank(): number {
    const n = this.lines.length;
    return n > 0 && this.lines[n - 1].kind !== 'blank' ? 1 : 0;
  }

  private pushBlank(count: number): void {
    for (let k = 0; k < count; k++) this.lines.push({ text: '', kind: 'blank', indent: 0 });
  }

  private pushLines(el: number, kind: PrintedType, ranges: TextRange[]): void {
    const layout = this.layouts[kind];
    const text = this.text;
    for (const r of ranges) {
      const t = text.slice(r.start, r.end);
      this.lines.push({
        text: t,
        kind,
        indent: lineIndent(layout, t.length),
        element: el,
        start: r.start,
        end: r.end,
      });
    }
  }

  private nextPrinted(i: number): number {
    let k = i + 1;
    while (k < this.els.length && NOT_PRINTED.has(this.els[k].type)) k++;
    return k;
  }

  private nextIsHeading(i: number): boolean {
    const k = this.nextPrinted(i);
    return k >= this.els.length || this.els[k].type === 'scene_heading';
  }

  /** Lines (blank included) that must follow a heading on its page: 2 lines of the next block, or all of a short one. */
  private keepWithHeading(i: number): number {
    const k = this.nextPrinted(i);
    if (k >= this.els.length) return 0;
    const type = this.els[k].type;
    if (type === 'scene_heading' || type === 'page_break') return 0;
    if (type === 'character') {
      let speech = 0;
      for (
        let j = this.nextPrinted(k);
        j < this.els.length && SPEECH_PARTS.has(this.els[j].type) && speech < 2;
      ) {
        speech += this.wrap(j).length;
        j = this.nextPrinted(j);
      }
      // The cue, 2 lines of its speech, and (MORE) if the speech goes on.
      return 1 + this.wrap(k).length + Math.min(2, speech) + (speech > 2 ? 1 : 0);
    }
    const n = this.wrap(k).length;
    return 1 + (type === 'action' && n > 3 ? 2 : n);
  }

  /**
   * A scene heading, or a shot: a shot ("CLOSE ON THE LETTER") is kept with what follows like a heading (Final
   * Draft paginates it as one) but it is not a scene: it takes no scene number and the scene goes on through it.
   */
  private placeHeading(i: number): void {
    const shot = this.els[i].type === 'shot';
    const lines = this.wrap(i);
    if (this.hasContent() && this.blank() + lines.length + this.keepWithHeading(i) > this.room())
      this.newPage(shot && this.inScene);
    this.pushBlank(this.blank());
    if (shot) {
      this.pushLines(i, 'shot', lines);
      return;
    }
    this.inScene = true;
    this.continuations = 0;
    this.sceneCount++;
    this.sceneNumber = this.els[i].sceneNumber ?? String(this.sceneCount);
    const first = this.lines.length;
    this.pushLines(i, 'scene_heading', lines);
    if (this.numbers) this.lines[first].sceneNumber = this.sceneNumber;
  }

  /** Action, transitions, centered text and anything else that is one block of lines. */
  private placeBlock(i: number): void {
    const el = this.els[i];
    const kind = el.type as PrintedType;
    const layout = this.layouts[kind];
    let lines = this.wrap(i);
    for (;;) {
      const b = this.blank();
      const room = this.room() - b;
      if (lines.length <= room) {
        this.pushBlank(b);
        this.pushLines(i, kind, lines);
        return;
      }
      if (kind === 'action' && lines.length > 3) {
        const rules = {
          maxFirst: room,
          minBefore: 2,
          minAfter: 2,
          width: wrapWidth(layout),
          end: el.end,
          betweenLines: true,
        };
        const split = splitLines(this.text, lines, rules);
        if (split) {
          this.pushBlank(b);
          this.pushLines(i, kind, split.first);
          this.newPage(this.inScene);
          lines = split.rest;
          continue;
        }
      }
      if (this.hasContent()) {
        this.newPage(this.inScene);
        continue;
      }
      // Taller than a whole page: cut at the foot.
      const cut = Math.max(1, room);
      this.pushBlank(b);
      this.pushLines(i, kind, lines.slice(0, cut));
      this.newPage(this.inScene);
      lines = lines.slice(cut);
    }
  }

  private speechPart(i: number): SpeechPart {
    const el = this.els[i];
    const type = el.type as PrintedType;
    return { el: i, type, lines: this.wrap(i), end: el.end, width: wrapWidth(this.layouts[type]) };
  }

  /** A cue (or -1 when the speech has none) and its parts, split across pages with (MORE) and (CONT'D). */
  private placeSpeech(cue: number, parts: SpeechPart[]): void {
    let contd = false;
    for (;;) {
      const b = this.blank();
      const cueLines = cue < 0 ? 0 : contd ? 1 : this.wrap(cue).length;
      const room = this.room() - b - cueLines;
      let total = 0;
      for (const p of parts) total += p.lines.length;
      if (total <= room) {
        this.pushBlank(b);
        this.pushCue(cue, contd);
        for (const p of parts) this.pushLines(p.el, p.type, p.lines);
        return;
      }
      let split = splitSpeech(this.text, parts, room - 1);
      if (!split && !this.hasContent()) split = cutSpeech(parts, Math.max(1, room - 1));
      if (!split) {
        this.newPage(this.inScene);
        continue;
      }
      this.pushBlank(b);
      this.pushCue(cue, contd);
      for (const p of split.first) this.pushLines(p.el, p.type, p.lines);
      if (cue >= 0) this.lines.push({ text: MORE, kind: 'more', indent: this.layouts.character.indent });
      this.newPage(this.inScene);
      parts = split.rest;
      contd = true;
    }
  }

  private pushCue(cue: number, contd: boolean): void {
    if (cue < 0) return;
    if (!contd) {
      this.pushLines(cue, 'character', this.wrap(cue));
      return;
    }
    const el = this.els[cue];
    const name = el.text.split('\n')[0].trim();
    const t = /\(\s*CONT['\u2019]?D\s*\)/i.test(name) ? name : `${name} ${CONTD}`;
    this.lines.push({
      text: t,
      kind: 'contd_cue',
      indent: lineIndent(this.layouts.character, t.length),
      element: cue,
    });
  }

  /** Ends the page; `continuing` says the scene goes on, for the production (CONTINUED) marks. */
  private newPage(continuing: boolean): void {
    const carried = this.headingAtFoot();
    // A carried heading opens a new scene on the next page; a carried shot goes on with the scene it is in.
    const marks = continuing && this.continueds && !carried?.some((l) => l.kind === 'scene_heading');
    if (marks)
      this.lines.push({
        text: CONTINUED_FOOT,
        kind: 'continued',
        indent: TEXT_WIDTH - CONTINUED_FOOT.length,
      });
    this.finishPage();
    if (marks) {
      this.continuations++;
      const t = this.continuations > 1 ? `${CONTINUED_TOP} (${this.continuations})` : CONTINUED_TOP;
      const top: PageLine = { text: t, kind: 'continued_top', indent: 0 };
      if (this.numbers) top.sceneNumber = this.sceneNumber;
      this.lines.push(top);
      this.pushBlank(1);
      this.furniture = 2;
    }
    if (carried) this.lines.push(...carried);
  }

  /**
   * A scene heading or shot that ended up last on a page (what follows could not start here after all) is taken off
   * the page, to open the next one. Never when the heading is all the page holds, so pagination always moves on.
   */
  private headingAtFoot(): PageLine[] | undefined {
    const lines = this.lines;
    let k = lines.length;
    while (k > 0 && lines[k - 1].kind === 'blank') k--;
    if (k <= this.furniture || !KEPT_WITH_NEXT.has(lines[k - 1].kind)) return undefined;
    let h = k - 1;
    while (
      h > this.furniture &&
      KEPT_WITH_NEXT.has(lines[h - 1].kind) &&
      lines[h - 1].element === lines[k - 1].element
    )
      h--;
    if (h <= this.furniture) return undefined;
    const carried = lines.slice(h, k);
    lines.length = h;
    return carried;
  }

  private finishPage(): void {
    const lines = this.lines;
    while (lines.length > 0 && lines[lines.length - 1].kind === 'blank') lines.pop();
    const prev = this.pages[this.pages.length - 1];
    const page: Page = {
      index: this.pages.length,
      label: String(this.pages.length + 1),
      lines,
      start: prev?.end ?? 0,
      end: prev?.end ?? 0,
    };
    let seen = false;
    for (const l of lines) {
      if (l.start === undefined || l.end === undefined || l.element === undefined) continue;
      if (!seen) {
        page.start = l.start;
        page.firstElement = l.element;
        seen = true;
      }
      page.end = l.end;
      page.lastElement = l.element;
    }
    this.pages.push(page);
    this.lines = [];
    this.furniture = 0;
  }
}
