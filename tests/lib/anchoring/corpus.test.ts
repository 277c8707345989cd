// Re-anchoring through real revision histories (shared corpus, revisions/): for each pair of neighbouring drafts,
// notes on untouched text must land exactly, and notes on text that is gone must be orphaned, never misplaced.
import { readdirSync } from 'node:fs';
import search from 'approx-string-match';
import { expect, it } from 'vitest';
import { anchorAt, reanchor, type Anchor } from '../../../lib/anchoring';
import { parseFountain } from '../../../lib/script/fountain';
import type { Script } from '../../../lib/script/model';
import { corpusPath, describeCorpus, readCorpus } from '../../corpus';

/** Every element as a whole, plus each sentence of elements that have several. */
function anchorsOn(s: Script): Anchor[] {
  const out: Anchor[] = [];
  for (const el of s.elements) {
    if (el.text.trim() === '' || el.text.length > 2000) continue;
    out.push(anchorAt(s, el.start, el.end));
    const sentences = [...el.text.matchAll(/[^.!?\n]+[.!?]?/g)].filter((m) => m[0].trim().length >= 3);
    if (sentences.length < 2) continue;
    for (const m of sentences) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      out.push(anchorAt(s, el.start + m.index + lead, el.start + m.index + lead + text.length));
    }
  }
  return out;
}

/** Fewest edits between the quote and any part of `text` (the quote's length when nothing is close). */
function closestErrors(text: string, quote: string): number {
  const found = search(text, quote, Math.floor(quote.length / 2));
  return found.length === 0 ? quote.length : Math.min(...found.map((m) => m.errors));
}

describeCorpus('re-anchoring through real revision histories', () => {
  let sets: string[] = [];
  try {
    sets = readdirSync(corpusPath('revisions')).sort();
  } catch {
    sets = [];
  }
  for (const set of sets) {
    const files = readdirSync(corpusPath(`revisions/${set}`))
      .filter((f) => f.endsWith('.fountain'))
      .sort((x, y) => parseInt(x.slice(1), 10) - parseInt(y.slice(1), 10));
    for (let k = 0; k + 1 < files.length; k++) {
      it(`${set}: ${files[k]} -> ${files[k + 1]}`, () => {
        const older = parseFountain(readCorpus(`revisions/${set}/${files[k]}`));
        const newer = parseFountain(readCorpus(`revisions/${set}/${files[k + 1]}`));
        const anchors = anchorsOn(older);
        const placements = reanchor(older, newer, anchors);
        expect(placements.length, 'one placement per anchor').toBe(anchors.length);
        const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
        let untouched = 0;
        let gone = 0;
        placements.forEach((p, i) => {
          const a = anchors[i];
          counts[p.status]++;
          const what = `${set} ${files[k]} anchor ${i} "${a.exact.slice(0, 60)}"`;
          // Untouched: the quote with its whole context is still in the newer draft.
          const withContext = a.prefix + a.exact + a.suffix;
          const at = newer.text.indexOf(withContext);
          if (at !== -1) {
            untouched++;
            expect(p.status, `${what}: untouched text is placed`).not.toBe('orphaned');
            expect(newer.text.slice(p.start, p.end), `${what}: placed on the same words`).toBe(a.exact);
            expect(
              newer.text.startsWith(withContext, (p.start ?? 0) - a.prefix.length),
              `${what}: with the same context`,
            ).toBe(true);
          }
          // Gone: the quote is nowhere in the newer draft, not even approximately (half its characters or more differ).
          if (
            !newer.text.includes(a.exact) &&
            (a.exact.length < 8 || closestErrors(newer.text, a.exact) > a.exact.length / 2)
          ) {
            gone++;
            expect(p.status, `${what}: text that is gone is orphaned`).toBe('orphaned');
          }
          // Never on unrelated text: whatever is placed is the quote, or close to it.
          if (p.status === 'exact' || p.status === 'moved') {
            expect(newer.text.slice(p.start, p.end), `${what}: ${p.status} means the same words`).toBe(
              a.exact,
            );
          } else if (p.status === 'fuzzy') {
            const placedText = newer.text.slice(p.start, p.end);
            expect(p.score, `${what}: fuzzy has a score`).toBeGreaterThan(0);
            expect(
              closestErrors(placedText, a.exact),
              `${what}: fuzzy placed on "${placedText.slice(0, 60)}"`,
            ).toBeLessThanOrEqual(a.exact.length / 2);
          }
        });
        console.log(
          `[anchoring] ${set} ${files[k]}->${files[k + 1]}: ${anchors.length} anchors, ${untouched} untouched, ${gone} gone | ` +
            Object.entries(counts)
              .map(([s, n]) => `${s} ${n}`)
              .join(', '),
        );
      });
    }
  }
});
