// What every paginated script must hold, checked line by line: exact offsets, nothing lost or repeated, page size,
// and the page-break rules users see on paper (no heading or cue at a foot, (MORE)/(CONT'D) pairs, action splits).
import { expect } from 'vitest';

/** Fails with `message` unless `ok`; checking thousands of lines through expect() would be slow. */
function must(ok: unknown, message: string): void {
  if (!ok) expect.fail(message);
}
import { LINES_PER_PAGE, TEXT_WIDTH, type Paper } from '../../../lib/script/page-geometry';
import type { Page, PageLine, Script } from '../../../lib/script/model';

const FURNITURE = new Set(['blank', 'more', 'contd_cue', 'continued', 'continued_top', 'omitted']);
const SPEECH = new Set(['dialogue', 'parenthetical', 'lyrics']);
const UNPRINTED = new Set(['section', 'synopsis', 'note']);
const isContent = (l: PageLine) =>
  l.kind !== 'blank' && l.kind !== 'more' && l.kind !== 'continued' && l.kind !== 'continued_top';

/**
 * Asserts every rule on `pages` of `script`; `name` prefixes each failure message. `locked` pages keep a locked
 * draft's labels (12, 12A, 15-16) instead of 1, 2, 3, and may hold OMITTED lines.
 */
export function checkPages(
  name: string,
  script: Script,
  pages: Page[],
  paper: Paper = 'letter',
  { locked = false }: { locked?: boolean } = {},
): void {
  const text = script.text;
  // Where each element's text has been shown up to, to prove nothing is skipped or shown twice.
  const cursor = new Map<number, number>();
  pages.forEach((page, p) => {
    const at = `${name} page ${page.label}`;
    expect(page.index, `${at}: index`).toBe(p);
    if (!locked) expect(page.label, `${at}: label`).toBe(String(p + 1));
    expect(page.lines.length, `${at}: more lines than a ${paper} page holds`).toBeLessThanOrEqual(
      LINES_PER_PAGE[paper],
    );
    expect(page.lines.length, `${at}: empty page`).toBeGreaterThan(0);
    expect(page.lines[0].kind, `${at}: starts with a blank line`).not.toBe('blank');
    expect(page.lines[page.lines.length - 1].kind, `${at}: ends with a blank line`).not.toBe('blank');
    // A speech that goes on from the page before must start with its cue repeated: "NAME (CONT'D)".
    const firstText = page.lines.findIndex((l) => l.start !== undefined);
    const resumes = page.lines[firstText];
    if (p > 0 && resumes && SPEECH.has(resumes.kind)) {
      // The speech's cue: back over its parts (and unprinted notes) to a character element, if it has one.
      let k = resumes.element! - 1;
      while (k >= 0 && (SPEECH.has(script.elements[k].type) || UNPRINTED.has(script.elements[k].type))) k--;
      if (script.elements[k]?.type === 'character') {
        must(
          page.lines.slice(0, firstText).some((l) => l.kind === 'contd_cue'),
          `${at}: a speech goes on from the page before without its cue (CONT'D)`,
        );
      }
    }
    for (const [i, l] of page.lines.entries()) {
      const where = `${at} line ${i} "${l.text}"`;
      if (l.start !== undefined || l.end !== undefined) {
        const shown = text.slice(l.start, l.end);
        must(shown === l.text, `${where}: offsets show "${shown}"`);
        const el = script.elements[l.element ?? -1];
        must(el && l.start! >= el.start && l.end! <= el.end, `${where}: offsets outside its element`);
        const from = cursor.get(l.element!) ?? el.start;
        must(text.slice(from, l.start).trim() === '', `${where}: text of the element skipped`);
        must(l.start! >= from, `${where}: text shown twice`);
        cursor.set(l.element!, l.end!);
      } else {
        must(FURNITURE.has(l.kind), `${where}: a script line without offsets`);
      }
      must(l.indent + l.text.length <= TEXT_WIDTH, `${where}: runs past the right margin`);
      if (l.kind === 'more') {
        const prev = page.lines[i - 1];
        must(
          prev && (prev.kind === 'dialogue' || prev.kind === 'lyrics'),
          `${where}: (MORE) not under dialogue`,
        );
        const next = pages[p + 1]?.lines.find((x) => x.kind !== 'continued_top' && x.kind !== 'blank');
        expect(next?.kind, `${where}: next page does not repeat the cue`).toBe('contd_cue');
        expect(next?.text, `${where}: repeated cue lacks (CONT'D)`).toMatch(/\(CONT'D\)$/);
        const resumed = pages[p + 1].lines.find((x) => x.start !== undefined);
        if (resumed?.element === prev.element) {
          must(
            /[.!?]["')\]\u201d\u2019]*$/.test(prev.text),
            `${where}: dialogue split mid-sentence after "${prev.text}"`,
          );
        }
      }
    }
    const content = page.lines.filter(isContent);
    const last = content[content.length - 1];
    if (p < pages.length - 1) {
      expect(last.kind, `${at}: a character cue alone at the foot`).not.toBe('character');
      expect(last.kind, `${at}: a scene heading at the foot`).not.toBe('scene_heading');
      // A heading needs 2 lines after it, unless what follows it ends on this page.
      content.forEach((l, i) => {
        if (l.kind !== 'scene_heading') return;
        const next = content[i + 1];
        if (content.length - 1 - i >= 2 || next.element === undefined) return;
        const endsHere = cursor.get(next.element!) === script.elements[next.element!].end;
        must(endsHere, `${at}: heading "${l.text}" with fewer than 2 lines after it at the foot`);
      });
    }
  });
  for (const [i, el] of script.elements.entries()) {
    if (['section', 'synopsis', 'note', 'page_break'].includes(el.type)) continue;
    const shown = cursor.get(i);
    const rest = shown === undefined ? el.text : text.slice(shown, el.end);
    expect(rest.trim(), `${name}: element ${i} (${el.type}) not fully shown`).toBe('');
  }
}

/** Action split across a page break: the lines each side, per split. */
export function actionSplits(pages: Page[]): { before: number; after: number; element: number }[] {
  const out: { before: number; after: number; element: number }[] = [];
  for (let p = 0; p + 1 < pages.length; p++) {
    const a = pages[p].lines.filter(isContent);
    const b = pages[p + 1].lines.filter(isContent);
    const last = a[a.length - 1];
    if (last.kind !== 'action' || b[0]?.element !== last.element) continue;
    const before = a.filter((l) => l.element === last.element).length;
    const after = b.filter((l) => l.element === last.element).length;
    out.push({ before, after, element: last.element! });
  }
  return out;
}
