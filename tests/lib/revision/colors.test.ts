import { describe, expect, it } from 'vitest';
import {
  WGA_COLOR_SEQUENCE,
  nextRevisionColor,
  paperColor,
  revisionHeader,
} from '../../../lib/revision/colors';

describe('revision colours', () => {
  it('follows the WGA order through second and third cycles', () => {
    expect(WGA_COLOR_SEQUENCE.slice(0, 10), 'first cycle').toEqual([
      'White',
      'Blue',
      'Pink',
      'Yellow',
      'Green',
      'Goldenrod',
      'Buff',
      'Salmon',
      'Cherry',
      'Second Blue',
    ]);
    expect(nextRevisionColor(WGA_COLOR_SEQUENCE, 'Cherry'), 'after Cherry').toBe('Second Blue');
    expect(nextRevisionColor(WGA_COLOR_SEQUENCE, 'Second Cherry'), 'after Second Cherry').toBe('Third Blue');
    expect(nextRevisionColor(WGA_COLOR_SEQUENCE, null), 'the first revision').toBe('White');
    expect(nextRevisionColor(WGA_COLOR_SEQUENCE, 'blue'), 'names match in any case').toBe('Pink');
  });

  it("honours a show's own order", () => {
    const show = ['White', 'Blue', 'Cherry', 'Tan', 'Gray'];
    expect(nextRevisionColor(show, 'Cherry'), 'Tan after Cherry on this show').toBe('Tan');
  });

  it('prints the header as "BLUE REVISION - 11/27/26", with a settable date format', () => {
    const d = new Date(2026, 10, 27);
    expect(revisionHeader('Blue', d), 'default format').toBe('BLUE REVISION - 11/27/26');
    expect(revisionHeader('Second Pink', d, 'DD.MM.YYYY'), 'custom format').toBe(
      'SECOND PINK REVISION - 27.11.2026',
    );
  });

  it('gives each colour a paper shade, cycles sharing their base colour', () => {
    expect(paperColor('White'), 'white paper').toBe('#ffffff');
    expect(paperColor('Second Blue'), 'second blue prints on blue').toBe(paperColor('Blue'));
    expect(paperColor('Blue'), 'blue is not white').not.toBe(paperColor('White'));
    const shades = new Set(
      ['Blue', 'Pink', 'Yellow', 'Green', 'Goldenrod', 'Buff', 'Salmon', 'Cherry'].map(paperColor),
    );
    expect(shades.size, 'the eight colours are eight distinct shades').toBe(8);
  });
});
