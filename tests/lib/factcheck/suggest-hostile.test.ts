// Issue 19 in the suggestions: page text is untrusted, so every pattern over it must be linear. Each pathological
// 1 MB input (long space runs, newline runs, "www." runs, "@" runs, digit runs, capitals) is suggested on in every
// kind of element the engine reads, timed, and printed beside a linear baseline over the same text (one pass of
// three simple regexes). The old e-mail pattern took 11.5 s on 160k characters of "www.".
import { describe, expect, it } from 'vitest';
import { suggestionKey, suggestItems } from '../../../lib/factcheck/suggest';
import { buildScript, type ElementDraft } from '../../../lib/script/model';

const MB = 1_000_000;
// Far above a linear pass on a shared machine (tens of ms per MB), far below a quadratic one (minutes per MB).
const BUDGET_MS = 4000;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const INPUTS: Record<string, string> = {
  spaces: `Mara ${repeatTo(' ', MB)}x`,
  newlines: `Mara${repeatTo('\n', MB)}x`,
  'www. run': repeatTo('www.', MB),
  'www. run then @': `${repeatTo('www.', MB)}@`,
  '@ then www. run': `a@${repeatTo('www.', MB)}`,
  'a.a run': repeatTo('a.', MB),
  'digits and dashes': repeatTo('1-', MB),
  'digit run': repeatTo('1', MB),
  'commas between digits': repeatTo('1,', MB),
  'capitalised words': repeatTo('Acme ', MB),
  capitals: repeatTo('ACME ', MB),
  'one long capitalised word': `A${repeatTo('b', MB)}`,
  quotes: repeatTo('"A ', MB),
  apostrophes: repeatTo("O'", MB),
  'dotted initials': repeatTo('L.', MB),
  'number words': repeatTo('eight hundred ', MB),
  'tabs and spaces': repeatTo(' \t', MB),
};

function linearBaselineMs(text: string): number {
  const t0 = performance.now();
  let n = 0;
  for (const re of [/\S+/g, /\p{Lu}\p{Ll}+/gu, /\d+/g]) for (const _ of text.matchAll(re)) n++;
  return performance.now() - t0 + n * 0;
}

describe('suggestions on 1 MB pathological inputs (issue 19)', () => {
  for (const [name, text] of Object.entries(INPUTS)) {
    it(`${name}: within ${BUDGET_MS} ms in every element kind`, () => {
      const drafts: ElementDraft[] = [
        { type: 'scene_heading', text: `INT. ${text.slice(0, MB / 4)} - DAY` },
        { type: 'action', text },
        { type: 'character', text: 'MARA', name: 'MARA' },
        { type: 'dialogue', text },
        { type: 'lyrics', text: text.slice(0, MB / 4) },
      ];
      const script = buildScript('fountain', drafts);
      const baseline = linearBaselineMs(script.text);
      const t0 = performance.now();
      const found = suggestItems(script, { flagged: [{ start: 0, end: 1, item: text }] });
      const ms = performance.now() - t0;
      console.log(
        `[hostile] ${name}: suggestions ${ms.toFixed(0)} ms on ${(script.text.length / MB).toFixed(1)} MB ` +
          `(${found.length} items); linear baseline ${baseline.toFixed(0)} ms; budget ${BUDGET_MS} ms`,
      );
      expect(ms, `${name} must stay linear`).toBeLessThan(BUDGET_MS);
    }, 60_000);
  }

  it('a dismissal or flag of a megabyte of text is keyed in linear time', () => {
    const t0 = performance.now();
    for (const text of [repeatTo(' ', MB) + 'x', 'x' + repeatTo(' .', MB), repeatTo('"', MB)])
      suggestionKey(text);
    const ms = performance.now() - t0;
    console.log(`[hostile] suggestionKey on three 1 MB strings: ${ms.toFixed(0)} ms`);
    expect(ms, 'keys stay linear').toBeLessThan(BUDGET_MS);
  });
});
