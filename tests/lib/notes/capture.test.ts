// The capture shorthand: speaker, kind and tags typed at the speed of the room.
import { describe, expect, it } from 'vitest';
import { parseCapture, rosterProblem, speakerLabel, tagsIn } from '../../../lib/notes/capture';

const ROSTER = [
  { initials: 'JS', name: 'Jo Sato', role: 'Showrunner' },
  { initials: 'MK', name: 'Mira Kahn' },
];

describe('parseCapture', () => {
  it('reads "@JS " as the speaker and strips it from the text', () => {
    const p = parseCapture('@js what if the pie case is the clue', ROSTER);
    expect(p.speaker, 'initials match the roster case-blind').toBe('JS');
    expect(p.unknownSpeaker, 'JS is in the roster').toBeUndefined();
    expect(p.text, 'the shorthand is not part of the note').toBe('what if the pie case is the clue');
  });

  it('reads kinds and speaker in either order; the last of each wins', () => {
    const p = parseCapture('!d @MK !q cut the flashback', ROSTER);
    expect(p.kind, '!q came last').toBe('question');
    expect(p.speaker, '@MK').toBe('MK');
    expect(p.text, 'text after the tokens').toBe('cut the flashback');
    expect(parseCapture('!t call legal', ROSTER).kind, '!t is a to-do').toBe('todo');
    expect(parseCapture('!p bigger', ROSTER).kind, '!p is a pitch').toBe('pitch');
  });

  it('keeps unknown initials and says they are unknown', () => {
    const p = parseCapture('@ZZ new writer pitch', ROSTER);
    expect(p.speaker, 'unknown initials are kept').toBe('ZZ');
    expect(p.unknownSpeaker, 'flagged as not in the roster').toBe(true);
  });

  it('only leading tokens count: "@" or "!" later in the text stays text', () => {
    const p = parseCapture('email @JS about it!d', ROSTER);
    expect(p.speaker, 'no speaker from the middle').toBeUndefined();
    expect(p.kind, 'no kind from the middle').toBeUndefined();
    expect(p.text, 'text untouched').toBe('email @JS about it!d');
  });

  it('finds tags anywhere, lower-cased and unique, but not C# or an anchor in a word', () => {
    expect(tagsIn('#Casting then #act-2 and #casting again'), 'unique, in order').toEqual([
      'casting',
      'act-2',
    ]);
    expect(tagsIn('written in C# and x#y'), 'a # glued to a word is not a tag').toEqual([]);
    expect(tagsIn('#café #日本'), 'tags in any script').toEqual(['café', '日本']);
  });

  it('keeps line breaks typed with Shift+Enter and hostile text as it is', () => {
    const p = parseCapture('@JS line one\nline two <img src=x onerror=alert(1)> \u202Eevil', ROSTER);
    expect(p.text, 'text kept verbatim').toBe('line one\nline two <img src=x onerror=alert(1)> \u202Eevil');
  });
});

describe('roster', () => {
  it('labels a speaker by name when known', () => {
    expect(speakerLabel(ROSTER, 'js'), 'known').toBe('Jo Sato (JS)');
    expect(speakerLabel(ROSTER, 'QQ'), 'unknown stays initials').toBe('QQ');
  });
  it('refuses bad or duplicate initials with a sentence', () => {
    expect(rosterProblem(ROSTER, { initials: 'J S', name: 'x' }), 'space in initials').toMatch(
      /letters or digits/,
    );
    expect(rosterProblem(ROSTER, { initials: 'js', name: 'Other' }), 'duplicate').toMatch(/already/);
    expect(rosterProblem(ROSTER, { initials: 'AB', name: ' ' }), 'name needed').toMatch(/name/);
    expect(rosterProblem(ROSTER, { initials: 'AB', name: 'Ana Bell' }), 'fine').toBeUndefined();
  });
});
