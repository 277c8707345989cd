// Compares two drafts of a script: element changes with word spans, scene changes, changed pages and revision marks.
// Element-level first; words only inside changed pairs (a whole-script word diff is 25-200x slower).

import type { ElementType, Page, Script } from '../script/model';
import { alignElements, CHANGED, MOVED } from './align';
import { paginate, type PaginateOptions } from '../script/paginate';
import { MarkSheet, type PageMarks } from './marks';
import { compareScenes, type SceneComparison } from './scenes';
import { diffElementWords, type WordSpan } from './words';

export type { WordSpan } from './words';

/** One element that differs between the drafts (unchanged elements are not listed). */
export interface ElementChange {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  type: ElementType;
  /** Index into `older.elements` (absent for added). */
  olderIndex?: number;
  /** Index into `newer.elements` (absent for removed). */
  newerIndex?: number;
  /** Changed elements: the words added (offsets into newer.text) and removed (offsets into older.text). */
  words?: WordSpan[];
}

export interface ComparisonSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  unchanged: number;
  wordsAdded: number;
  wordsRemoved: number;
  scenesAdded: number;
  scenesRemoved: number;
  scenesChanged: number;
  scenesMoved: number;
  scenesRenamed: number;
  pagesChanged: number;
}

/** Everything the panel and the print queue need to show what changed; plain data. */
export interface ScriptComparison {
  elements: ElementChange[];
  scenes: SceneComparison;
  /** Labels of the newer draft's pages that hold any change, in page order. */
  changedPages: string[];
  /** Asterisked lines per page of the newer draft (only pages with marks). */
  marks: PageMarks[];
  summary: ComparisonSummary;
  /** The drafts differed too much for a full alignment; the differing middle is reported as removed and added. */
  capped: boolean;
}

export interface CompareOptions {
  /** Show re-wrapped lines, spacing, quote style and line ending changes too (default false). */
  cosmetic?: boolean;
  /** The older draft's pages (kept for callers that have them; marks go on the newer pages). */
  olderPages?: Page[];
  /** The newer draft's pages; laid out here when absent. */
  newerPages?: Page[];
  /** How to lay out the newer draft when its pages are not given. */
  paginateOptions?: PaginateOptions;
}

/** Compares two drafts. The same script gives no changes; an empty older draft makes everything added. */
export function compareScripts(older: Script, newer: Script, options: CompareOptions = {}): ScriptComparison {
  const cosmetic = options.cosmetic ?? false;
  const al = alignElements(older, newer, cosmetic);
  // The pages and the sheet indexing their lines are only needed once something is marked: identical drafts and
  // drafts without pages of their own are compared without laying anything out.
  let lazySheet: MarkSheet | undefined;
  const sheetOf = (): MarkSheet =>
    (lazySheet ??= new MarkSheet(
      options.newerPages ?? newer.pages ?? paginate(newer, options.paginateOptions),
    ));

  // Removed elements are listed where they were: after the newer element that precedes the deletion point.
  const removedAfter = new Map<number, number[]>();
  let anchor = -1;
  for (let i = 0; i < older.elements.length; i++) {
    const j = al.olderToNewer[i];
    if (j >= 0) {
      if (al.relation[j] !== MOVED) anchor = j;
      continue;
    }
    const list = removedAfter.get(anchor);
    if (list) list.push(i);
    else removedAfter.set(anchor, [i]);
  }

  const elements: ElementChange[] = [];
  const summary: ComparisonSummary = {
    added: 0,
    removed: 0,
    changed: 0,
    moved: 0,
    unchanged: 0,
    wordsAdded: 0,
    wordsRemoved: 0,
    scenesAdded: 0,
    scenesRemoved: 0,
    scenesChanged: 0,
    scenesMoved: 0,
    scenesRenamed: 0,
    pagesChanged: 0,
  };
  const listRemoved = (after: number) => {
    for (const i of removedAfter.get(after) ?? []) {
      const el = older.elements[i];
      elements.push({ kind: 'removed', type: el.type, olderIndex: i });
      summary.removed++;
      const sheet = sheetOf();
      if (!(el.type === 'scene_heading' && sheet.markOmitted(el.sceneNumber))) sheet.markAfter(after);
    }
  };
  listRemoved(-1);
  for (let j = 0; j < newer.elements.length; j++) {
    const i = al.newerToOlder[j];
    const el = newer.elements[j];
    if (i < 0) {
      elements.push({ kind: 'added', type: el.type, newerIndex: j });
      summary.added++;
      sheetOf().markElement(j);
    } else if (al.relation[j] === MOVED) {
      elements.push({ kind: 'moved', type: el.type, olderIndex: i, newerIndex: j });
      summary.moved++;
      sheetOf().markElement(j);
    } else if (al.relation[j] === CHANGED) {
      const o = older.elements[i];
      const words = diffElementWords(o.text, el.text, o.start, el.start, cosmetic);
      elements.push({ kind: 'changed', type: el.type, olderIndex: i, newerIndex: j, words });
      summary.changed++;
      const sheet = sheetOf();
      if (words.length === 0) sheet.markElement(j);
      for (const w of words) {
        if (w.kind === 'added') {
          summary.wordsAdded += countWords(w.text);
          sheet.markRange(j, w.start, w.end);
        } else {
          summary.wordsRemoved += countWords(w.text);
          sheet.markPoint(j, w.at ?? el.start);
        }
      }
    } else summary.unchanged++;
    listRemoved(j);
  }

  const scenes = compareScenes(older, newer, al);
  const marks = lazySheet?.result() ?? [];
  summary.scenesAdded = scenes.added.length;
  summary.scenesRemoved = scenes.removed.length;
  summary.scenesChanged = scenes.changed.length;
  summary.scenesMoved = scenes.moved.length;
  summary.scenesRenamed = scenes.renamed.length;
  summary.pagesChanged = marks.length;
  return { elements, scenes, changedPages: marks.map((m) => m.page), marks, summary, capped: al.capped };
}

/** Words in a span: runs of non-whitespace, counted in one scan (no array of pieces for every changed span). */
function countWords(text: string): number {
  let words = 0;
  WORD_RUN.lastIndex = 0;
  while (WORD_RUN.test(text)) words++;
  return words;
}
const WORD_RUN = /\S+/g;
