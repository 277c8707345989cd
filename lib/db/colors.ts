// Revision colours for stored revisions, from the revision engine's WGA order (lib/revision/colors.ts), and the settings
// a new script starts with (its colour sequence among them).

import { nextRevisionColor, WGA_COLOR_SEQUENCE } from '../revision/colors';
import type { ScriptSettings } from './schema';

/** The colour order a new script starts with (a per-script setting afterwards). */
export const DEFAULT_COLOR_SEQUENCE: readonly string[] = WGA_COLOR_SEQUENCE;

/** The colour after `last` in the script's sequence (the first colour for a first revision). */
export function nextColor(sequence: readonly string[], last: string | undefined): string {
  return nextRevisionColor(sequence.length > 0 ? sequence : WGA_COLOR_SEQUENCE, last);
}

/** Settings a new script starts with. */
export function defaultScriptSettings(): ScriptSettings {
  return {
    paper: 'letter',
    colorSequence: [...DEFAULT_COLOR_SEQUENCE],
    insertScheme: 'letters',
    sceneContinueds: false,
    roster: [],
    distribution: [],
  };
}
