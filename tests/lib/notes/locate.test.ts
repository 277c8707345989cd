// Selected page text found in the script text: exact, whitespace-normalised, fuzzy, or not at all.
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../lib/notes/locate';

const TEXT =
  'INT. DINER - NIGHT\n\nRain streaks the windows. A neon sign buzzes.\n\nDANA\n\nWe close at two.\n\nDANA\n\nWe close at two.';

describe('locateQuote', () => {
  it('finds an exact quote', () => {
    const at = locateQuote(TEXT, 'A neon sign buzzes.');
    expect(at?.how, 'exact').toBe('exact');
    expect(TEXT.slice(at!.start, at!.end), 'offsets cover the quote').toBe('A neon sign buzzes.');
  });
  it('prefers the repeat nearest the hint', () => {
    const second = TEXT.lastIndexOf('We close');
    expect(locateQuote(TEXT, 'We close at two.', second)?.start, 'second occurrence').toBe(second);
    expect(locateQuote(TEXT, 'We close at two.', 0)?.start, 'first occurrence').toBe(
      TEXT.indexOf('We close'),
    );
  });
  it('matches text whose line breaks and spaces differ (page layout)', () => {
    const at = locateQuote(TEXT, 'Rain   streaks\nthe windows.  A neon');
    expect(at?.how, 'whitespace-normalised').toBe('whitespace');
    expect(TEXT.slice(at!.start, at!.end), 'original offsets').toBe('Rain streaks the windows. A neon');
  });
  it('matches a quote with a typo approximately', () => {
    const at = locateQuote(TEXT, 'Rain streeks the windowz');
    expect(at?.how, 'fuzzy').toBe('fuzzy');
    expect(TEXT.slice(at!.start, at!.end), 'near the right place').toMatch(/^Rain stre/);
  });
  it('gives up on text that is not there', () => {
    expect(locateQuote(TEXT, 'completely unrelated words here'), 'no match').toBeUndefined();
    expect(locateQuote(TEXT, '   '), 'empty selection').toBeUndefined();
  });
});
