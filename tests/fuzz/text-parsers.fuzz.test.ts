// Fuzzing the text parsers (Fountain, plain text, FDX) with generated input for a bounded time: every input is
// parsed into a script or refused with a ScriptError, quickly; nothing crashes or hangs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFdx, parseFountain, parsePlainText, ScriptError, type Script } from '../../lib/script';
import { HOSTILE_TEXTS } from '../fixtures/hostile';
import { count, FUZZ_MS, ONE_INPUT_MS, printIterations } from './budget';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const FOUNTAIN = fixture('fountain/night-desk.fountain');
const FDX = fixture('fdx/night-ferry.fdx');

/** Pieces that mean something to a screenplay parser, so generated text reaches deep branches. */
const fountainPieces = fc.constantFrom(
  'INT. ROOM - DAY',
  'EXT. LOT - NIGHT',
  '.FORCED',
  '@mcCLANE',
  'DANA',
  '(beat)',
  '> CUT TO:',
  '>CENTER<',
  '~lyric',
  '= synopsis',
  '# Act',
  '## Seq',
  '[[note',
  ']]',
  '/*',
  '*/',
  '**',
  '*',
  '_',
  '\\*',
  '===',
  'Title: X',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\ufeff',
  '^',
  '#1#',
  "CONT'D",
  '',
  ...HOSTILE_TEXTS.map((h) => h.text),
);
const lineSoup = fc
  .tuple(
    fc.array(fc.oneof(fountainPieces, fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 120 }),
    fc.constantFrom('\n', ' ', '\n\n', ''),
  )
  .map(([parts, joiner]) => parts.join(joiner));
const mutated = (base: string) =>
  fc
    .tuple(fc.nat(base.length), fc.nat(base.length), fc.string({ unit: 'binary', maxLength: 30 }))
    .map(([a, b, ins]) => base.slice(0, Math.min(a, b)) + ins + base.slice(Math.max(a, b)));

function isScript(s: Script): boolean {
  return (
    typeof s.text === 'string' &&
    Array.isArray(s.elements) &&
    s.elements.every((e) => typeof e.text === 'string')
  );
}

/** Runs `parse` on generated inputs for FUZZ_MS; every outcome must be a script or a ScriptError. */
function fuzz(name: string, parse: (s: string) => Script, input: fc.Arbitrary<string>) {
  fc.assert(
    fc.property(input, (text) => {
      count(name);
      const t0 = performance.now();
      try {
        const s = parse(text);
        if (!isScript(s)) return false;
      } catch (e) {
        if (!(e instanceof ScriptError)) throw e;
        if (!e.message) return false;
      }
      return performance.now() - t0 < ONE_INPUT_MS;
    }),
    { numRuns: 1_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false },
  );
}

afterAll(() => printIterations('text parsers'));

describe('fuzz: text parsers never crash or hang', () => {
  it('Fountain: binary strings, screenplay soup and mutated fixtures', () => {
    fuzz(
      'fountain',
      parseFountain,
      fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), lineSoup, mutated(FOUNTAIN)),
    );
    expect(true, 'reached').toBe(true);
  });

  it('plain text: binary strings, screenplay soup and PDF-layout-like lines', () => {
    const indented = fc
      .array(fc.tuple(fc.nat(60), fountainPieces), { maxLength: 200 })
      .map((ls) => ls.map(([n, t]) => ' '.repeat(n) + t).join('\n'));
    fuzz(
      'plain text',
      parsePlainText,
      fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), lineSoup, indented),
    );
    expect(true, 'reached').toBe(true);
  });

  it('FDX: XML fragments, entity and DOCTYPE tricks, and mutated fixtures', () => {
    const tags = fc.constantFrom(
      '<FinalDraft>',
      '</FinalDraft>',
      '<Content>',
      '</Content>',
      '<Paragraph Type="Action">',
      '</Paragraph>',
      '<Text>',
      '</Text>',
      '<Text Style="Bold">',
      '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
      '&a;',
      '&amp;',
      '&#0;',
      '<![CDATA[<script>]]>',
      '<?xml version="1.0"?>',
      '<!-- c -->',
      '<Paragraph>',
      'plain',
      '<',
      '>',
      '"',
    );
    const soup = fc
      .array(fc.oneof(tags, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 100 })
      .map((p) => p.join(''));
    fuzz('fdx', parseFdx, fc.oneof(soup, mutated(FDX), fc.string({ unit: 'binary', maxLength: 300 })));
    expect(true, 'reached').toBe(true);
  });

  it('fixed hostile inputs: empty, BOM only, a 5 MB line, 100k blank lines, deep FDX nesting', () => {
    const cases = ['', '\ufeff', 'A'.repeat(5 * 1024 * 1024), '\n'.repeat(100_000), '\u0000'.repeat(10_000)];
    for (const text of cases) {
      for (const [name, parse] of [
        ['fountain', parseFountain],
        ['plain text', parsePlainText],
      ] as const) {
        const t0 = performance.now();
        try {
          expect(isScript(parse(text)), `${name} returns a script`).toBe(true);
        } catch (e) {
          expect(e, `${name} refuses with a ScriptError`).toBeInstanceOf(ScriptError);
        }
        expect(performance.now() - t0, `${name} is bounded on ${text.length} chars`).toBeLessThan(
          ONE_INPUT_MS * 2,
        );
      }
    }
    const deep = `<FinalDraft>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</FinalDraft>`;
    expect(() => parseFdx(deep), 'absurd nesting is a ScriptError').toThrow(ScriptError);
  });
});
