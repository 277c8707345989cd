// Revision colours: the WGA order (a per-script setting), the page header text, and the paper colour to show.

/** A revision colour's name as printed in the header ("Blue", "Second Pink"). */
export type RevisionColor = string;

const CYCLE = ['Blue', 'Pink', 'Yellow', 'Green', 'Goldenrod', 'Buff', 'Salmon', 'Cherry'] as const;

/** The WGA default order: White, the eight colours, then "Second Blue" ... "Second Cherry", then a third cycle. */
export const WGA_COLOR_SEQUENCE: readonly RevisionColor[] = [
  'White',
  ...CYCLE,
  ...CYCLE.map((c) => `Second ${c}`),
  ...CYCLE.map((c) => `Third ${c}`),
];

/**
 * The colour after `lastColor` in `sequence`: the first colour when there is no last one (or it is not in the
 * sequence), and the last colour again once the sequence runs out (shows then add their own names).
 */
export function nextRevisionColor(
  sequence: readonly RevisionColor[],
  lastColor: RevisionColor | null | undefined,
): RevisionColor {
  if (sequence.length === 0) return 'White';
  if (!lastColor) return sequence[0];
  const k = sequence.findIndex((c) => c.toLowerCase() === lastColor.trim().toLowerCase());
  if (k < 0) return sequence[0];
  return sequence[Math.min(k + 1, sequence.length - 1)];
}

/**
 * The local date of a revision's ISO yyyy-mm-dd (the date the user picked, not midnight UTC); an invalid date for
 * anything else (stored dates are checked as yyyy-mm-dd when written and restored).
 */
export function revisionDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(NaN);
}

/** Default header date format (US, two-digit year), a per-script setting. */
export const DEFAULT_DATE_FORMAT = 'MM/DD/YY';

/** Formats a date with the tokens YYYY, YY, MM, M, DD, D (local time; the date the user picked). */
export function formatRevisionDate(date: Date, format: string = DEFAULT_DATE_FORMAT): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return format.replace(/YYYY|YY|MM|M|DD|D/g, (t) => {
    switch (t) {
      case 'YYYY':
        return String(date.getFullYear());
      case 'YY':
        return pad(date.getFullYear() % 100);
      case 'MM':
        return pad(date.getMonth() + 1);
      case 'M':
        return String(date.getMonth() + 1);
      case 'DD':
        return pad(date.getDate());
      default:
        return String(date.getDate());
    }
  });
}

/** The header printed on a revised page: "BLUE REVISION - 11/27/26". */
export function revisionHeader(
  color: RevisionColor,
  date: Date,
  dateFormat: string = DEFAULT_DATE_FORMAT,
): string {
  return `${color.toUpperCase()} REVISION - ${formatRevisionDate(date, dateFormat)}`;
}

// Paper shades as CSS colours, light enough to print black text on and to show as swatches.
const PAPER: Record<string, string> = {
  white: '#ffffff',
  blue: '#cfe3ff',
  pink: '#ffd6e5',
  yellow: '#fff7a8',
  green: '#d4f5c9',
  goldenrod: '#f2d680',
  buff: '#f3e2bd',
  salmon: '#ffc1a8',
  cherry: '#f59aa6',
  tan: '#e2cfae',
  gray: '#e0e0e0',
  grey: '#e0e0e0',
  ivory: '#fffbea',
  lavender: '#e6dcff',
};

/**
 * The CSS paper colour for a revision colour name. "Second Blue" and "Third Blue" print on blue paper;
 * "Double White" on white; unknown names fall back to white.
 */
export function paperColor(color: RevisionColor): string {
  const words = color.trim().toLowerCase().split(/\s+/);
  for (let k = words.length - 1; k >= 0; k--) {
    const css = PAPER[words[k]];
    if (css) return css;
  }
  return PAPER.white;
}
