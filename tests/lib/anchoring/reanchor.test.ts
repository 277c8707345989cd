// Anchors made on one draft must land on the same words in the next draft, or be orphaned, never misplaced.
import { describe, expect, it } from 'vitest';
import { anchorAt, AnchorError, MAX_QUOTE_CHARS, reanchor } from '../../../lib/anchoring';
import { buildScript, type ElementDraft, type Script } from '../../../lib/script/model';

// Original two-scene script written for these tests.
const SCENE_ONE: ElementDraft[] = [
  { type: 'scene_heading', text: 'INT. LAUNDROMAT - NIGHT' },
  {
    type: 'action',
    text: 'Fluorescent tubes buzz over a row of dryers. ODILE (40s) folds a tablecloth with great care.',
  },
  { type: 'character', text: 'ODILE', name: 'ODILE' },
  { type: 'dialogue', text: 'Nobody irons tablecloths any more. That is why the world is falling apart.' },
  { type: 'character', text: 'BENNY', name: 'BENNY' },
  { type: 'dialogue', text: 'The world is falling apart because the change machine eats quarters.' },
];
const SCENE_TWO: ElementDraft[] = [
  { type: 'scene_heading', text: 'EXT. PARKING LOT - CONTINUOUS' },
  { type: 'action', text: 'Benny kicks the tyre of a rusted hatchback. It hisses back at him.' },
  { type: 'character', text: 'ODILE', name: 'ODILE' },
  { type: 'dialogue', text: 'You know it only does that when you are rude to it.' },
];
const SCENE_THREE: ElementDraft[] = [
  { type: 'scene_heading', text: "INT. ODILE'S KITCHEN - LATER" },
  {
    type: 'action',
    text: 'A kettle screams. Odile ignores it and counts a stack of quarters into neat towers of ten.',
  },
  { type: 'character', text: 'BENNY', name: 'BENNY' },
  { type: 'dialogue', text: 'Where did you get all of those?' },
];

function script(...scenes: ElementDraft[][]): Script {
  return buildScript('fountain', scenes.flat());
}

/** Anchors the first occurrence of `quote` in the script (the test fails if it is not there). */
function anchorOn(s: Script, quote: string, from = 0) {
  const at = s.text.indexOf(quote, from);
  expect(at, `fixture should contain "${quote}"`).toBeGreaterThanOrEqual(0);
  return anchorAt(s, at, at + quote.length);
}

describe('anchorAt', () => {
  const s = script(SCENE_ONE, SCENE_TWO);

  it('keeps the quote, 32 characters of context either side, the offsets and the element id', () => {
    const a = anchorOn(s, 'irons tablecloths');
    expect(a.exact, 'quote').toBe('irons tablecloths');
    expect(a.prefix.length, 'prefix is 32 characters').toBe(32);
    expect(s.text.slice(a.start - 32, a.start), 'prefix is the text right before').toBe(a.prefix);
    expect(a.suffix, 'suffix is the text right after').toBe(s.text.slice(a.end, a.end + 32));
    const el = s.elements.find((e) => e.id === a.elementId);
    expect(el?.text, 'element id names the dialogue it is on').toContain('irons tablecloths');
  });

  it('has short context at the very start and end of the text', () => {
    const first = anchorAt(s, 0, 4);
    expect(first.prefix, 'nothing before the first character').toBe('');
    const last = anchorAt(s, s.text.length - 3, s.text.length);
    expect(last.suffix, 'nothing after the last character').toBe('');
  });

  it('refuses empty, blank, huge and out-of-range selections with a reason', () => {
    const reason = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e, 'a typed AnchorError').toBeInstanceOf(AnchorError);
        return (e as AnchorError).reason;
      }
      return 'accepted';
    };
    expect(
      reason(() => anchorAt(s, 5, 5)),
      'empty quote',
    ).toBe('empty');
    const blank = s.text.indexOf('\n\n');
    expect(
      reason(() => anchorAt(s, blank, blank + 2)),
      'only a blank line',
    ).toBe('empty');
    const long = script(Array.from({ length: 60 }, () => SCENE_ONE).flat());
    expect(
      reason(() => anchorAt(long, 0, MAX_QUOTE_CHARS + 1)),
      'over the cap',
    ).toBe('too_long');
    expect(
      reason(() => anchorAt(s, -1, 3)),
      'negative start',
    ).toBe('out_of_range');
    expect(
      reason(() => anchorAt(s, 3, s.text.length + 1)),
      'past the end',
    ).toBe('out_of_range');
    expect(
      reason(() => anchorAt(s, 9, 4)),
      'end before start',
    ).toBe('out_of_range');
    expect(
      reason(() => anchorAt(long, 0, MAX_QUOTE_CHARS)),
      'cap itself is allowed',
    ).toBe('accepted');
  });
});

describe('reanchor', () => {
  it('lands anchors on untouched text exactly, after text was inserted before them', () => {
    const older = script(SCENE_ONE, SCENE_TWO);
    const newer = script(SCENE_THREE, SCENE_ONE, SCENE_TWO);
    const anchors = ['folds a tablecloth', 'BENNY', 'rude to it', 'INT. LAUNDROMAT - NIGHT'].map((q) =>
      anchorOn(older, q),
    );
    const placements = reanchor(older, newer, anchors);
    expect(placements.length, 'one placement per anchor').toBe(anchors.length);
    placements.forEach((p, i) => {
      expect(p.status, `"${anchors[i].exact}" is untouched`).toBe('exact');
      expect(newer.text.slice(p.start, p.end), 'placed on the same words').toBe(anchors[i].exact);
      expect(p.start, 'shifted by the inserted scene').toBe(
        anchors[i].start + newer.text.indexOf('INT. LAUNDROMAT'),
      );
    });
  });

  it('places every anchor exactly when nothing changed, including at the very start and end', () => {
    const s = script(SCENE_ONE, SCENE_TWO);
    const anchors = [anchorAt(s, 0, 3), anchorAt(s, s.text.length - 6, s.text.length), anchorOn(s, 'ODILE')];
    const again = script(SCENE_ONE, SCENE_TWO);
    for (const [i, p] of reanchor(s, again, anchors).entries()) {
      expect(p, `anchor ${i} in an identical draft`).toEqual({
        status: 'exact',
        start: anchors[i].start,
        end: anchors[i].end,
        score: 1,
      });
    }
  });

  it('keeps anchors at the start and end of the text when the middle changes', () => {
    const older = script(SCENE_ONE, SCENE_TWO);
    const newer = script(SCENE_ONE.slice(0, 2), SCENE_THREE, SCENE_TWO);
    const a = [anchorAt(older, 0, 8), anchorAt(older, older.text.length - 11, older.text.length)];
    const [p0, p1] = reanchor(older, newer, a);
    expect(newer.text.slice(p0.start, p0.end), 'first words kept').toBe('INT. LAU');
    expect(p0.status, 'start of text is exact').toBe('exact');
    expect(newer.text.slice(p1.start, p1.end), 'last words kept').toBe('rude to it.');
    expect(p1.end, 'still at the end').toBe(newer.text.length);
  });

  it('gives a fuzzy placement with a score when words inside the quote were edited', () => {
    const older = script(SCENE_ONE, SCENE_TWO);
    const edited = SCENE_ONE.map((d) =>
      d.text.startsWith('The world')
        ? { ...d, text: 'The world is coming apart because the change machine eats quarters.' }
        : d,
    );
    const newer = script(edited, SCENE_TWO);
    const a = anchorOn(older, 'The world is falling apart because the change machine eats quarters.');
    const [p] = reanchor(older, newer, [a]);
    expect(p.status, 'one word changed inside the quote').toBe('fuzzy');
    expect(p.score, 'score is between 0 and 1').toBeGreaterThan(0.5);
    expect(p.score, 'score is below a perfect match').toBeLessThan(1);
    expect(newer.text.slice(p.start, p.end), 'placed over the edited line').toContain(
      'change machine eats quarters',
    );
    expect(newer.text.slice(p.start, p.end), 'starts at the line').toMatch(/^The world/);
  });

  it('keeps an intact quote exact when other words of its line changed', () => {
    const older = script(SCENE_ONE, SCENE_TWO);
    const edited = SCENE_TWO.map((d) =>
      d.type === 'action'
        ? { ...d, text: 'Benny angrily kicks the tyre of a rusted hatchback. It hisses back at him, twice.' }
        : d,
    );
    const newer = script(SCENE_ONE, edited);
    const [p] = reanchor(older, newer, [anchorOn(older, 'tyre of a rusted hatchback')]);
    expect(p.status, 'the quoted words are unchanged').toBe('exact');
    expect(newer.text.slice(p.start, p.end), 'on the same words').toBe('tyre of a rusted hatchback');
  });

  it('reports a moved scene as moved, on the same words', () => {
    const older = script(SCENE_ONE, SCENE_TWO, SCENE_THREE);
    const newer = script(SCENE_ONE, SCENE_THREE, SCENE_TWO);
    const a = anchorOn(older, 'You know it only does that');
    const [p] = reanchor(older, newer, [a]);
    expect(['moved', 'exact'], 'found again').toContain(p.status);
    expect(p.status, 'scene two now follows scene three').toBe('moved');
    expect(p.start, 'at the moved scene').toBe(newer.text.indexOf('You know it only does that'));
  });

  it('follows a scene that moved and was edited, as a fuzzy placement inside the moved scene', () => {
    const older = script(SCENE_ONE, SCENE_TWO, SCENE_THREE);
    const editedTwo = SCENE_TWO.map((d) =>
      d.type === 'dialogue' ? { ...d, text: 'You know it only ever does that when you are rude to it.' } : d,
    );
    const newer = script(SCENE_ONE, SCENE_THREE, editedTwo);
    const [p] = reanchor(older, newer, [
      anchorOn(older, 'You know it only does that when you are rude to it.'),
    ]);
    expect(p.status, 'moved and one word added').toBe('fuzzy');
    expect(p.start, 'inside the moved scene').toBeGreaterThan(newer.text.indexOf('EXT. PARKING'));
    expect(newer.text.slice(p.start, p.end), 'on the edited line').toContain('when you are rude to it');
  });

  it('orphans anchors on deleted text instead of placing them on other text', () => {
    const older = script(SCENE_ONE, SCENE_TWO, SCENE_THREE);
    const newer = script(SCENE_ONE, SCENE_THREE);
    const cueInScene2 = older.text.indexOf('ODILE', older.text.indexOf('EXT. PARKING'));
    const anchors = [
      anchorOn(older, 'You know it only does that when you are rude to it.'),
      anchorAt(older, cueInScene2, cueInScene2 + 5), // "ODILE" still appears in scene one
      anchorOn(older, 'EXT. PARKING LOT - CONTINUOUS'),
      anchorOn(older, 'hisses'),
    ];
    for (const [i, p] of reanchor(older, newer, anchors).entries()) {
      expect(p, `"${anchors[i].exact}" was deleted`).toEqual({ status: 'orphaned' });
    }
  });

  it('does not place short quotes approximately', () => {
    const older = script(SCENE_ONE, SCENE_TWO);
    const edited = SCENE_TWO.map((d) =>
      d.type === 'action' ? { ...d, text: 'Benny kicks the tire of a rusted hatchback.' } : d,
    );
    const newer = script(SCENE_ONE, edited);
    const [p] = reanchor(older, newer, [anchorOn(older, 'tyre')]);
    expect(p.status, '"tyre" became "tire": too short to match approximately').toBe('orphaned');
  });

  it('handles quotes with surrogate pairs (emoji, astral letters)', () => {
    const emoji: ElementDraft[] = [
      { type: 'scene_heading', text: 'INT. GROUP CHAT - NIGHT' },
      { type: 'action', text: 'The phone lights up: 😀 then 🎉 then a string of 𝒻𝒶𝓃𝒸𝓎 letters from Odile.' },
    ];
    const older = script(emoji, SCENE_TWO);
    const at = older.text.indexOf('😀');
    expect(() => anchorAt(older, at + 1, at + 5), 'cannot start inside an emoji').toThrow(AnchorError);
    const whole = anchorOn(older, '😀 then 🎉 then a string of 𝒻𝒶𝓃𝒸𝓎 letters');
    const newer = script(SCENE_THREE, emoji, SCENE_TWO);
    const edited = script(
      SCENE_THREE,
      [
        emoji[0],
        {
          ...emoji[1],
          text: 'The phone lights up: 😀 then 🎉 then a long string of 𝒻𝒶𝓃𝒸𝓎 letters from Odile.',
        },
      ],
      SCENE_TWO,
    );
    const [p] = reanchor(older, newer, [whole]);
    expect(p.status, 'unchanged emoji text').toBe('exact');
    expect(newer.text.slice(p.start, p.end), 'same characters').toBe(whole.exact);
    const [q] = reanchor(older, edited, [whole]);
    expect(q.status, 'one word added in the emoji line').toBe('fuzzy');
    const placedText = edited.text.slice(q.start, q.end);
    expect(placedText, 'keeps whole emoji').toMatch(/^😀/u);
    expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(placedText), 'no half characters at the ends').toBe(
      false,
    );
  });

  it('returns one placement per anchor in order, stale anchors included', () => {
    const older = script(SCENE_ONE);
    const newer = script(SCENE_ONE, SCENE_TWO);
    const good = anchorOn(older, 'tablecloth');
    const stale = { ...good, start: 5000, end: 5010 }; // offsets from some other draft
    const ps = reanchor(older, newer, [good, stale, good]);
    expect(
      ps.map((p) => p.status),
      'all three placed in order; the stale one by its quote, as moved',
    ).toEqual(['exact', 'moved', 'exact']);
    expect(ps[1].start, 'stale offsets are found by the quote and its context').toBe(ps[0].start);
  });
});
