// Pathological 1 MB inputs (long runs of spaces, of newlines, of unclosed notes) through the Fountain and FDX readers
// and the text hash: each must stay linear. Patterns such as /\s+$/ retried from every space of a run and took seconds
// (a 40k-space Fountain line 3.4 s, 160k newlines 21.7 s to hash); at 1 MB they would take minutes.
import { describe, expect, it } from 'vitest';
import { normaliseForHash } from '../../../lib/db/revisions';
import { parseFdx } from '../../../lib/script/fdx';
import { parseFountain } from '../../../lib/script/fountain';
import { MAX_LINE_CHARS } from '../../../lib/script/input';

const MB = 1_000_000;
/**
 * Time allowed for one 1 MB input. The linear baseline (splitting the same text into lines) takes 1-40 ms; a quadratic
 * pattern on 1 MB takes minutes, so a budget this wide fails only on a real regression, even on a busy shared machine.
 */
const BUDGET_MS = 3_000;

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const fdx = (type: string, body: string) =>
  `<FinalDraft DocumentType="Script" Version="5"><Content><Paragraph Type="${type}"><Text>${body}</Text></Paragraph></Content></FinalDraft>`;

const INPUTS: { name: string; text: string }[] = [
  { name: 'a 1 MB run of spaces before a letter', text: `${' '.repeat(MB)}x` },
  { name: 'a 1 MB run of newlines before a letter', text: `${'\n'.repeat(MB)}x` },
  { name: 'a thousand lines of 1,000 spaces between letters', text: `a${' '.repeat(1000)}b\n`.repeat(1000) },
  { name: 'spaces and tabs', text: `x${' \t'.repeat(MB / 2)}x` },
];

describe('readers and the text hash on 1 MB pathological input', () => {
  for (const { name, text } of INPUTS) {
    it(`stay within ${BUDGET_MS} ms on ${name}`, () => {
      const baseline = timed(() => text.split('\n'));
      const figures = {
        fountain: timed(() => parseFountain(`INT. ROOM - DAY\n\n${text}`)),
        fdxAction: timed(() => parseFdx(fdx('Action', text))),
        fdxCue: timed(() => parseFdx(fdx('Character', `MARA${text}(V.O.)`))),
        hash: timed(() => normaliseForHash(text)),
      };
      console.log(
        `[hostile] ${name}: baseline split ${baseline.toFixed(1)} ms; ` +
          Object.entries(figures)
            .map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
            .join(', ') +
          ` (budget ${BUDGET_MS} ms each)`,
      );
      for (const [k, v] of Object.entries(figures)) expect(v, `${k} on ${name}`).toBeLessThan(BUDGET_MS);
    });
  }

  it(`stays within ${BUDGET_MS} ms on 250,000 unclosed Fountain notes separated by blank lines`, () => {
    const text = `${'[[\n\n'.repeat(MB / 4)}]]`;
    const baseline = timed(() => text.split('\n'));
    const ms = timed(() => parseFountain(text));
    console.log(
      `[hostile] unclosed notes: baseline split ${baseline.toFixed(1)} ms; fountain ${ms.toFixed(1)} ms`,
    );
    expect(ms, 'parseFountain on unclosed notes').toBeLessThan(BUDGET_MS);
  });

  it('cuts Fountain lines and FDX paragraphs longer than the cap, and says so', () => {
    const long = 'word '.repeat(MAX_LINE_CHARS / 2) + 'END';
    const f = parseFountain(`INT. ROOM - DAY\n\n${long}\n`);
    const action = f.elements.find((e) => e.type === 'action');
    expect(action?.text.length, 'Fountain action cut at the cap').toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(f.warnings.join(' '), 'Fountain warning').toMatch(/1 line was longer than 10,000 characters/);
    const d = parseFdx(fdx('Action', long));
    expect(d.elements[0].text.length, 'FDX paragraph cut at the cap').toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(d.warnings.join(' '), 'FDX warning').toMatch(/1 paragraph was longer than 10,000 characters/);
  });
});

describe('normaliseForHash', () => {
  // The patterns it replaced: stored drafts were hashed with these, so the linear version must give the same text.
  const before = (t: string) =>
    t
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t\u00a0]+$/gm, '')
      .replace(/\s+$/, '');

  it('gives exactly what the old patterns gave, on random mixes of spaces, tabs, line ends and letters', () => {
    const alphabet = [
      ' ',
      '\t',
      '\u00a0',
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      '\u2029',
      'a',
      'é',
      'e\u0301',
      '\f',
      '\v',
    ];
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let t = '';
      const len = next() % 40;
      for (let i = 0; i < len; i++) t += alphabet[next() % alphabet.length];
      expect(normaliseForHash(t), `input ${JSON.stringify(t)}`).toBe(before(t));
    }
  });
});
