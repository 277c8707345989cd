// Refilling locked pages: each locked page's content is laid out again by the paginator itself
// (lib/script/paginate), so a refilled page follows the same page-break rules as any other: (MORE) and
// "NAME (CONT'D)" around a split speech, no heading, cue or parenthetical at a foot, nothing past the last line.

import { CONTD, INDENTS, LINES_PER_PAGE, MORE, type IndentPreset, type Paper } from './page-geometry';
import type { Item } from './locking';
import type { ElementType, PageLine, Script, ScriptElement } from './model';
import { paginate } from './paginate';

/**
 * The sheets of each locked page (`groups[i]` holds what goes on locked page i, in order), each sheet as its lines:
 * the first sheet keeps the locked label, the others become A-pages. `numberOf` gives each heading's scene number.
 */
export function refillLockedPages(
  newer: Script,
  groups: Item[][],
  numberOf: ReadonlyMap<number, string>,
  layout: { paper?: Paper; indents?: IndentPreset },
): PageLine[][][] {
  keepWithFollowing(newer, groups);
  const capacity = LINES_PER_PAGE[layout.paper ?? 'letter'];
  const cueIndent = INDENTS[layout.indents ?? 'standard'].character.indent;
  return groups.map((g, gi) => {
    const sheets = layOutGroup(newer, g, continuedCue(newer, groups, gi), numberOf, layout);
    // A speech that goes on onto the next locked page ends this one with (MORE).
    if (continuedCue(newer, groups, gi + 1) !== undefined && endsInSpeech(newer, g))
      addMore(sheets, capacity, cueIndent);
    return sheets;
  });
}

const SPEECH_PARTS: ReadonlySet<ElementType> = new Set<ElementType>(['dialogue', 'parenthetical', 'lyrics']);
const UNPRINTED: ReadonlySet<ElementType> = new Set<ElementType>([
  'section',
  'synopsis',
  'note',
  'page_break',
]);

/** The element an item shows, or undefined for an OMITTED line. */
function elementOf(it: Item | undefined): number | undefined {
  return it && 'element' in it ? it.element : undefined;
}

/**
 * A heading, cue or parenthetical that ends a locked page while what it introduces starts the next one moves to the
 * next page with it: the paginator never strands them at a foot, and a refilled page must not either. (A heading
 * followed by another heading introduces nothing and stays, as the paginator lets it.)
 */
function keepWithFollowing(script: Script, groups: Item[][]): void {
  for (let gi = groups.length - 2; gi >= 0; gi--) {
    const g = groups[gi];
    for (;;) {
      const last = g[g.length - 1];
      const el = elementOf(last);
      const next = groups.slice(gi + 1).find((x) => x.length > 0);
      const follow = elementOf(next?.[0]);
      if (el === undefined || follow === undefined || (last as { to?: number }).to !== undefined) break;
      const type = script.elements[el].type;
      const introduces =
        type === 'scene_heading'
          ? script.elements[follow].type !== 'scene_heading'
          : type === 'character'
            ? cueOf(script, follow) === el
            : type === 'parenthetical' &&
              SPEECH_PARTS.has(script.elements[follow].type) &&
              cueOf(script, follow) === cueOf(script, el);
      if (!introduces) break;
      next!.unshift(g.pop() as Item);
    }
  }
}

/** The cue (element index) of the speech element `el` is part of, or undefined when it has none. */
function cueOf(script: Script, el: number): number | undefined {
  let k = el;
  if (!SPEECH_PARTS.has(script.elements[k]?.type)) return undefined;
  while (
    k > 0 &&
    (SPEECH_PARTS.has(script.elements[k - 1].type) || UNPRINTED.has(script.elements[k - 1].type))
  )
    k--;
  return script.elements[k - 1]?.type === 'character' ? k - 1 : undefined;
}

/**
 * When locked page `gi` begins in the middle of a speech whose cue is on an earlier page, that cue (element index):
 * the page then starts with "NAME (CONT'D)".
 */
function continuedCue(script: Script, groups: Item[][], gi: number): number | undefined {
  const first = groups[gi]?.find(
    (it) => elementOf(it) === undefined || !UNPRINTED.has(script.elements[elementOf(it)!].type),
  );
  const el = elementOf(first);
  if (el === undefined) return undefined;
  const cue = cueOf(script, el);
  if (cue === undefined) return undefined;
  // The cue is on this page already: the paginator repeats it itself.
  return groups[gi].some((it) => elementOf(it) === cue) ? undefined : cue;
}

/** True when the page's last printed item is part of a speech (dialogue, parenthetical, lyrics). */
function endsInSpeech(script: Script, group: Item[] | undefined): boolean {
  const el = elementOf(group?.[group.length - 1]);
  return el !== undefined && SPEECH_PARTS.has(script.elements[el].type);
}

/** The printed name of a cue as the paginator repeats it: "MARA (V.O.) (CONT'D)". */
function contdName(cue: ScriptElement): string {
  const name = cue.text.split('\n')[0].trim();
  return /\(\s*CONT['\u2019]?D\s*\)/i.test(name) ? name : `${name} ${CONTD}`;
}

/**
 * Lays out one locked page's items with the paginator (lib/script/paginate), so its page-break rules hold: the
 * items become the elements of a script of their own over the same text (OMITTED lines and a repeated cue are
 * appended to the text), and the lines it gives are mapped back to `newer`'s elements. Returns each sheet's lines.
 */
function layOutGroup(
  newer: Script,
  group: Item[],
  carriedCue: number | undefined,
  numberOf: ReadonlyMap<number, string>,
  layout: { paper?: Paper; indents?: IndentPreset },
): PageLine[][] {
  let text = newer.text;
  const elements: ScriptElement[] = [];
  /** For each element of the page's script: the element of `newer`, or an OMITTED line, or the repeated cue. */
  const origin: ({ element: number } | { omitted: string } | { cue: number })[] = [];
  const append = (s: string): { start: number; end: number } => {
    text += '\n\n';
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  if (carriedCue !== undefined) {
    const at = append(contdName(newer.elements[carriedCue]));
    elements.push({ ...newer.elements[carriedCue], ...at, text: text.slice(at.start, at.end) });
    origin.push({ cue: carriedCue });
  }
  for (const it of group) {
    if ('omitted' in it) {
      // Laid out as a one-line action, then printed as the scene's OMITTED line.
      const at = append('OMITTED');
      elements.push({ id: `omitted-${it.omitted}`, type: 'action', text: 'OMITTED', ...at });
      origin.push({ omitted: it.omitted });
      continue;
    }
    const el = newer.elements[it.element];
    // Locked pages already decide where pages break.
    if (el.type === 'page_break') continue;
    const start = it.from === undefined ? el.start : el.start + it.from;
    const end = it.to === undefined ? el.end : el.start + it.to;
    elements.push({ ...el, start, end, text: newer.text.slice(start, end) });
    origin.push({ element: it.element });
  }
  if (elements.length === 0) return [[]];
  const pages = paginate({ ...newer, text, elements, pages: undefined }, layout);
  const sheets = pages.map((page) =>
    page.lines.map((l): PageLine => {
      if (l.element === undefined) return l;
      const o = origin[l.element];
      if ('omitted' in o) return { text: 'OMITTED', kind: 'omitted', indent: 0, sceneNumber: o.omitted };
      if ('cue' in o) return { text: l.text, kind: 'contd_cue', indent: l.indent, element: o.cue };
      const line: PageLine = { ...l, element: o.element };
      const num = numberOf.get(o.element);
      if (num !== undefined && l.kind === 'scene_heading' && l.start === newer.elements[o.element].start)
        line.sceneNumber = num;
      return line;
    }),
  );
  return sheets.length ? sheets : [[]];
}

/**
 * Ends the last sheet with (MORE) under the speech that goes on onto the next locked page. A sheet already full
 * gives its last lines of the speech to a sheet of their own (an A-page), from the latest sentence end that leaves
 * two lines behind, so nothing is printed past the last line.
 */
export function addMore(sheets: PageLine[][], capacity: number, cueIndent: number): void {
  const more: PageLine = { text: MORE, kind: 'more', indent: cueIndent };
  const last = sheets[sheets.length - 1];
  if (last.length < capacity) {
    last.push(more);
    return;
  }
  const speech = (l: PageLine | undefined) => !!l && SPEECH_PARTS.has(l.kind as ElementType);
  let cut = last.length - 1; // first line to move
  for (let k = last.length - 2; k >= 2 && speech(last[k]) && speech(last[k - 1]); k--) {
    if (/[.!?]["')\]\u201d\u2019]*$/.test(last[k - 1].text)) {
      cut = k;
      break;
    }
  }
  let cue = cut - 1;
  while (cue >= 0 && last[cue].kind !== 'character' && last[cue].kind !== 'contd_cue') cue--;
  const moved = last.splice(cut);
  last.push(more);
  const again: PageLine[] =
    cue >= 0
      ? [
          {
            text: contdName({ text: last[cue].text } as ScriptElement),
            kind: 'contd_cue',
            indent: last[cue].indent,
            element: last[cue].element,
          },
        ]
      : [];
  sheets.push([...again, ...moved, more]);
}
