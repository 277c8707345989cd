// The PDF twins of the shared corpus (the same script as a PDF and as the Fountain or FDX it was printed from or
// transcribed into), and the comparison the conformance test and the measurement script share: scene headings and
// character cues in order, matched by longest common subsequence, over the larger count.
import type { Script } from '../../../lib/script/model';
import { HEADING_RE } from '../../../lib/script/pdf-conventions';

/** One twin: the PDF and its source, both relative to the corpus folder. */
export interface PdfTwin {
  id: string;
  pdf: string;
  source: string;
}

export const PDF_TWINS: PdfTwin[] = [
  {
    id: 'airplane',
    pdf: 'realworld/pdf/airplane.fadein.pdf',
    source: 'realworld/fountain/airplane.fountain',
  },
  {
    id: 'cite-de-la-peur',
    pdf: 'realworld/pdf/cite-de-la-peur.fr.screenplain.pdf',
    source: 'realworld/fountain/cite-de-la-peur.fr.fountain',
  },
  {
    id: 'community-303',
    pdf: 'realworld/pdf/community-303.finaldraft.pdf',
    source: 'realworld/fountain/community-303.fountain',
  },
  {
    id: 'dirk-gently-101',
    pdf: 'realworld/pdf/dirk-gently-101.pdf',
    source: 'realworld/fountain/dirk-gently-101.fountain',
  },
  {
    id: 'quarantine-skit',
    pdf: 'realworld/pdf/quarantine-skit.afterwriting.pdf',
    source: 'realworld/fountain/quarantine-skit.fountain',
  },
  {
    id: 'threshold-people',
    pdf: 'realworld/pdf/threshold-people.textplay.pdf',
    source: 'realworld/fountain/threshold-people.fountain',
  },
  {
    id: 'villains',
    pdf: 'realworld/pdf/villains.revised.pdf',
    source: 'realworld/fountain/villains.fountain',
  },
  { id: 'big-fish', pdf: 'pdf/big-fish.screenplain.pdf', source: 'fountain/big-fish.fountain' },
  {
    id: 'brick-and-steel',
    pdf: 'pdf/brick-and-steel.screenplain.pdf',
    source: 'fountain/brick-and-steel.fountain',
  },
  {
    id: 'the-last-birthday-card',
    pdf: 'pdf/the-last-birthday-card.screenplain.pdf',
    source: 'fountain/the-last-birthday-card.fountain',
  },
  {
    id: 'afterwriting-cyrillic',
    pdf: 'pdf/afterwriting-cyrillic.pdf',
    source: 'peer-tests/afterwriting/screenplays/cyrillic.fountain',
  },
];

/** Upper case with runs of white space as one space: how a heading or cue compares across formats. */
export const normText = (t: string): string => t.replace(/\s+/g, ' ').trim().toUpperCase();

/**
 * The scene headings and the cue names of a script, in order and normalised. A forced Fountain heading that does not
 * open like a heading (".BACK IN THE APARTMENT", ".MONTAGE") is a shot or a slug line the transcriber wanted bold:
 * the printed page shows it as a line of capitals, so a PDF cannot show it as a heading and it is not compared.
 */
export function landmarks(s: Script): { headings: string[]; cues: string[] } {
  const headings: string[] = [];
  const cues: string[] = [];
  for (const e of s.elements) {
    if (e.type === 'scene_heading' && e.forced && !HEADING_RE.test(e.text.trim())) continue;
    if (e.type === 'scene_heading') headings.push(normText(e.text));
    else if (e.type === 'character') cues.push(normText(e.name ?? e.text));
  }
  return { headings, cues };
}

/** What two sequences do not share: the items of each left out of a longest common subsequence. */
export interface SequenceDiff {
  matches: number;
  /** matches / the larger count (1 when both are empty). */
  agreement: number;
  /** Items only in the source (missing from the PDF) and only in the PDF (extra), with their index. */
  missing: { i: number; text: string }[];
  extra: { i: number; text: string }[];
}

/** Longest common subsequence of two string sequences (O(n·m) table; twins hold at most a few thousand items). */
export function compareSequences(source: string[], pdf: string[]): SequenceDiff {
  const n = source.length;
  const m = pdf.length;
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        source[i] === pdf[j]
          ? table[(i + 1) * w + j + 1] + 1
          : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const missing: SequenceDiff['missing'] = [];
  const extra: SequenceDiff['extra'] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (source[i] === pdf[j]) {
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) missing.push({ i, text: source[i++] });
    else extra.push({ i: j, text: pdf[j++] });
  }
  while (i < n) missing.push({ i, text: source[i++] });
  while (j < m) extra.push({ i: j, text: pdf[j++] });
  const matches = table[0];
  const larger = Math.max(n, m);
  return { matches, agreement: larger ? matches / larger : 1, missing, extra };
}
