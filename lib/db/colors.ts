// Fallback revision colour order, used until lib/revision/colors.ts (owned by the revision engineer) exists.
// TODO(P): switch to WGA_COLOR_SEQUENCE / nextRevisionColor from lib/revision/colors.ts once it lands.

const FIRST_CYCLE = ['White', 'Blue', 'Pink', 'Yellow', 'Green', 'Goldenrod', 'Buff', 'Salmon', 'Cherry'];

/** WGA default order (domain.md): White ... Cherry, then "Second Blue" ... "Second Cherry", then a third cycle. */
export const DEFAULT_COLOR_SEQUENCE: readonly string[] = [
  ...FIRST_CYCLE,
  ...FIRST_CYCLE.slice(1).map((c) => `Second ${c}`),
  ...FIRST_CYCLE.slice(1).map((c) => `Third ${c}`),
];

/** The colour after `last` in `sequence` (the first colour when there is no last; the last one repeats at the end). */
export function nextColor(sequence: readonly string[], last: string | undefined): string {
  const seq = sequence.length > 0 ? sequence : DEFAULT_COLOR_SEQUENCE;
  if (last === undefined) return seq[0];
  const i = seq.findIndex((c) => c.toLowerCase() === last.toLowerCase());
  if (i === -1) return seq[0];
  return seq[Math.min(i + 1, seq.length - 1)];
}
