// Test helper: a script's scene headings and cue names in order, and the differences between two such outlines,
// for comparing each reader (FDX, web page, plain text) with the Fountain version of the same script.
import { diffArrays } from 'diff';
import type { Script } from '../../../lib/script/model';

/** Scene headings and cue names in order, normalised for case and spacing. */
export function outline(s: Script): string[] {
  return s.elements
    .filter((e) => e.type === 'scene_heading' || e.type === 'character')
    .map(
      (e) =>
        `${e.type === 'scene_heading' ? 'S' : 'C'}:${(e.type === 'character' ? (e.name ?? e.text) : e.text).replace(/\s+/g, ' ').trim().toUpperCase()}`,
    );
}

/** The entries one outline has and the other lacks, as "+label X" / "-fountain X". */
export function outlineDifferences(fountain: string[], other: string[], label: string): string[] {
  const out: string[] = [];
  for (const part of diffArrays(fountain, other)) {
    if (part.added) out.push(...part.value.map((v) => `+${label} ${v}`));
    if (part.removed) out.push(...part.value.map((v) => `-fountain ${v}`));
  }
  return out;
}

/**
 * Differences tolerated because the sources themselves disagree: big-fish.fdx (and screenplain's HTML of it) store two
 * "EXT/INT." headings as action, while Fountain reads "EXT/INT." as a scene heading.
 */
export const TOLERATED: Record<string, string[]> = {
  'big-fish': ['-fountain S:EXT/INT. SORORITY HOUSE - THE DOORWAY', '-fountain S:EXT/INT. SWAMP SHACK - DAY'],
  'brick-and-steel': [],
  'the-last-birthday-card': [],
};
