import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { internElements, normaliseText, straightenQuotes } from '../../../lib/script/element-keys';
import type { ElementType } from '../../../lib/script/model';

// The definition the fast normaliser must keep: straight quotes, every whitespace run one space, trimmed.
const reference = (text: string): string => straightenQuotes(text).replace(/\s+/g, ' ').trim();

// Text made mostly of what normalising touches: every kind of whitespace JavaScript knows, curly quotes and primes.
const piece = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2032',
  '\u2033',
  "'",
  '"',
  'a',
  'MARA',
  '.',
  'é',
);
const soup = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((p) => p.join(''));

describe('normaliseText', () => {
  it('equals straight quotes plus collapsed whitespace for any text', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(normaliseText(text), `normalising ${JSON.stringify(text)}`).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns an already normal text itself (no copy to hash again)', () => {
    const text = 'Edward walks into the river. "Hello," he says.';
    expect(normaliseText(text), 'a normal text is returned as it is').toBe(text);
  });
});

describe('internElements', () => {
  const types: ElementType[] = ['action', 'dialogue'];
  const element = fc.record({ type: fc.constantFrom(...types), text: soup });

  it('gives two elements the same number exactly when their types and normalised texts are equal', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 12 }), fc.array(element, { maxLength: 12 }), (a, b) => {
        const ids = internElements(a, b);
        const all = [...a, ...b];
        const nums = [...ids.a, ...ids.b];
        for (let x = 0; x < all.length; x++) {
          for (let y = 0; y < all.length; y++) {
            const same = all[x].type === all[y].type && reference(all[x].text) === reference(all[y].text);
            expect(nums[x] === nums[y], `${JSON.stringify(all[x])} vs ${JSON.stringify(all[y])}`).toBe(same);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
