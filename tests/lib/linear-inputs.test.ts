// No quadratic pattern on untrusted text: every reader of page or file text, the text hash, note capture, search
// and the fact-check suggester run on 1 MB pathological inputs (long space runs, long newline runs, `www.` runs,
// long runs of one letter) in time proportional to the input. Each figure is printed beside a linear baseline on the
// same input in the same run (splitting it into lines and scanning every character); the test fails only past a
// generous budget (a quadratic pattern on 1 MB takes minutes, not milliseconds).
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseForHash } from '../../lib/db/revisions';
import { suggestItems } from '../../lib/factcheck/suggest';
import { parseCapture } from '../../lib/notes/capture';
import { NoteSearch } from '../../lib/notes/search';
import { parseBlocks, parseFdx, parseFountain, parsePlainText, ScriptError } from '../../lib/script';
import { looksLikeFountain } from '../../lib/reading/choose';

const MB = 1_000_000;

/** The pathological inputs, each about 1 MB. */
const INPUTS: Record<string, string> = {
  'spaces then a letter': `${' '.repeat(MB)}x`,
  'a letter, spaces, a letter': `x${' '.repeat(MB)}x`,
  newlines: `INT. A - DAY\n${'\n'.repeat(MB)}x`,
  'blank lines of spaces': `${' \n'.repeat(MB / 2)}x`,
  'www. runs': 'www.'.repeat(MB / 4),
  'one long word': 'A'.repeat(MB),
  'at-signs and dots': '@a.'.repeat(MB / 3),
  'capitalised words': 'Word '.repeat(MB / 5),
  'tabs and spaces': ' \t'.repeat(MB / 2),
  'lines of inner spaces': `x${' '.repeat(1998)}x\n`.repeat(MB / 2000),
  'numbered lines of inner spaces': `12${' '.repeat(1996)}x\n`.repeat(MB / 2000),
  'lines ending in spaced asterisks': `x${' *'.repeat(999)}\n`.repeat(MB / 2000),
};

/** Median of three runs of `fn`, in ms. */
function time(fn: () => unknown): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    try {
      fn();
    } catch (e) {
      // A typed refusal ("too large", "not a script") is a fine answer; anything else is a bug.
      if (!(e instanceof ScriptError)) throw e;
    }
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[1];
}

/** Linear work over the same text: split it into lines and look at every character. */
function baseline(text: string): number {
  return time(() => {
    let n = 0;
    for (const line of text.split('\n')) for (let i = 0; i < line.length; i++) n += line.charCodeAt(i) & 1;
    return n;
  });
}

const fdx = (text: string) =>
  `<?xml version="1.0"?><FinalDraft DocumentType="Script" Version="1"><Content><Paragraph Type="Action"><Text>${text.replace(/[<&]/g, ' ')}</Text></Paragraph></Content></FinalDraft>`;

const TARGETS: Record<string, (text: string) => unknown> = {
  parseFountain: (t) => parseFountain(t),
  parseFdx: (t) => parseFdx(fdx(t)),
  parsePlainText: (t) => parsePlainText(t),
  parseBlocks: (t) =>
    parseBlocks(t.split('\n').map((text) => ({ text, tag: 'p', className: '', indent: 0 }))),
  looksLikeFountain: (t) => looksLikeFountain(t),
  normaliseForHash: (t) => normaliseForHash(t),
  parseCapture: (t) => parseCapture(t.slice(0, 100_000)),
  suggestItems: (t) => suggestItems(parsePlainTextOrEmpty(t)),
  NoteSearch: (t) =>
    new NoteSearch([{ id: 'n', text: t.slice(0, 100_000), tags: [] }]).search(t.slice(0, 200)),
};

function parsePlainTextOrEmpty(t: string) {
  try {
    return parseFountain(t);
  } catch {
    return parseFountain('');
  }
}

/** Far above linear on 1 MB (a few hundred ms here), far below a quadratic run (minutes). */
const BUDGET_MS = 5_000;

/**
 * A quadratic pattern cannot be interrupted once it runs, so each input is first tried at 16 KB: linear code takes
 * well under a millisecond there, a quadratic pattern about half a second. Past PROBE_MS the test fails at once
 * instead of running the 1 MB input for minutes.
 */
const PROBE_CHARS = 16_000;
const PROBE_MS = 250;

const rows: string[] = [];
afterAll(() => console.log(`[linear inputs, median of 3, 1 MB each]\n${rows.join('\n')}`));

describe('every reader of untrusted text is linear', () => {
  for (const [target, run] of Object.entries(TARGETS)) {
    it(
      target,
      () => {
        for (const [name, text] of Object.entries(INPUTS)) {
          const probe = text.slice(0, PROBE_CHARS / 2) + text.slice(-PROBE_CHARS / 2);
          const probeMs = time(() => run(probe));
          expect(
            probeMs,
            `${target} on 16 KB of ${name}: ${probeMs.toFixed(0)} ms (not linear)`,
          ).toBeLessThan(PROBE_MS);
          const base = baseline(text);
          const ms = time(() => run(text));
          rows.push(
            `  ${target.padEnd(18)} ${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  baseline ${base.toFixed(1).padStart(6)} ms  x${(ms / Math.max(base, 0.1)).toFixed(0)}`,
          );
          expect(ms, `${target} on ${name}: ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
        }
      },
      120_000,
    );
  }
});
