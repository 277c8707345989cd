// Swatch colours for revisions in the panel (saturated enough to tell apart at 10 px; the printed paper shade is
// lib/revision/colors.ts paperColor). Names follow the script's colour sequence ("Second Blue" is Blue paper).

const PAPER: Record<string, string> = {
  white: '#ffffff',
  blue: '#a9cbee',
  pink: '#f6b8cf',
  yellow: '#f8ee8a',
  green: '#a8dfa0',
  goldenrod: '#e2b640',
  buff: '#ecd9b0',
  salmon: '#f7a58b',
  cherry: '#d9485f',
  tan: '#d2b48c',
  gray: '#c4c4c4',
  grey: '#c4c4c4',
  ivory: '#fffbe6',
  lavender: '#cdb8ea',
};

/** A CSS colour for a revision colour name; unknown names get a neutral grey so the swatch still shows. */
export function swatchColor(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/^(second|third|fourth|double)\s+/, '')
    .trim();
  return PAPER[words] ?? '#bdbdbd';
}
