// The outline of a laid-out script: scenes with number, heading, page and length in eighths of a page, and the
// characters with how many lines (speeches) each has. Plain data, computed from the Script and its Pages.
import type { Page, Script } from './model';
import { sceneNumbers } from './scene-numbers';

/** A scene as the commands and views see it (from the outline of the current revision). */
export interface SceneRef {
  /** 0-based position among the script's scenes. */
  index: number;
  /** Printed scene number ("12A"), if the script has one. */
  number?: string;
  heading: string;
  /** Label of the page the scene starts on. */
  page?: string;
  start: number;
  end: number;
}

export interface OutlineScene extends SceneRef {
  /** Index into script.elements of the scene heading. */
  element: number;
  /** Index of the page the heading is on. */
  pageIndex: number;
  /** Length in eighths of a page (at least 1: a scene is never shorter than 1/8 on a breakdown sheet). */
  eighths: number;
}

export interface OutlineCharacter {
  name: string;
  /** Speeches: how many times the character's cue appears. */
  lines: number;
}

/** "1 3/8", "3/8", "2": a length in eighths of a page as a breakdown sheet writes it. */
export function formatEighths(eighths: number): string {
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(whole);
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}

/** Scenes in order, with the page each starts on and its length; `linesPerPage` is the paper's (55 letter, 57 A4). */
export function outlineScenes(script: Script, pages: Page[], linesPerPage = 55): OutlineScene[] {
  const scenes: OutlineScene[] = [];
  const sceneOfElement = new Map<number, number>();
  // Numbered as the pages print them (a locked draft's 6A), so the outline, palette and Go to Scene agree.
  for (const s of sceneNumbers(script, pages)) {
    sceneOfElement.set(s.element, scenes.length);
    scenes.push({
      index: scenes.length,
      number: s.number,
      heading: s.heading,
      element: s.element,
      pageIndex: 0,
      start: s.start,
      end: script.elements[s.element].end,
      eighths: 0,
    });
  }
  // Each scene runs to the start of the next heading.
  for (let i = 0; i < scenes.length; i++) {
    scenes[i].end = i + 1 < scenes.length ? scenes[i + 1].start : script.text.length;
  }
  const lineCounts = new Array<number>(scenes.length).fill(0);
  const seen = new Set<number>();
  let current = -1;
  for (const page of pages) {
    for (const line of page.lines) {
      if (line.element !== undefined && !seen.has(line.element) && sceneOfElement.has(line.element)) {
        seen.add(line.element);
        current = sceneOfElement.get(line.element) ?? current;
        scenes[current].pageIndex = page.index;
        scenes[current].page = page.label;
      }
      if (current >= 0) lineCounts[current]++;
    }
  }
  for (let i = 0; i < scenes.length; i++) {
    scenes[i].eighths = Math.max(1, Math.round((lineCounts[i] / linesPerPage) * 8));
  }
  return scenes;
}

/** Characters by number of speeches, most first (ties by name); extensions like (V.O.) count for the same person. */
export function outlineCharacters(script: Script): OutlineCharacter[] {
  const counts = new Map<string, number>();
  for (const el of script.elements) {
    if (el.type !== 'character') continue;
    const name = (el.name ?? el.text.replace(/\s*\(.*$/, '')).trim().toUpperCase();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, lines]) => ({ name, lines }))
    .sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name));
}
