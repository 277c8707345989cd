// False-positive and miss classes found in the third round of issue 17, on the tuning scripts added then (a hit-man
// short, two pop-culture stage plays, an office comedy, a British pilot, an educational shooting script): the story's
// own people named by a title, text written on the story's walls and pages, and words after a direction. Each case is
// a few lines written for this test.
import { describe, expect, it } from 'vitest';
import { suggestItems, type Suggestion } from '../../../lib/factcheck/suggest';
import { parseFountain } from '../../../lib/script/fountain';

function suggest(source: string): Suggestion[] {
  return suggestItems(parseFountain(source));
}

function items(source: string): string[] {
  return suggest(source).map((s) => s.item);
}

const SCENE = 'INT. KITCHEN - DAY\n\n';

describe("suggestions leave out the story's own people and text", () => {
  it('a social or working title before a lone surname is one of the story’s people; a public office keeps it', () => {
    const found = items(
      `${SCENE}MARA\nI'm here to see Mr. Hoff. Sheriff Tate rode in, and Doctor Sandler says you'll live. ` +
        `Ask Detective Sergeant Kowalski. Senator McCarthy and General Custer were wrong.\n`,
    );
    expect(found, 'only the senator and the general').toEqual(
      expect.arrayContaining(['Senator McCarthy', 'General Custer']),
    );
    expect(found.length, 'nothing else').toBe(2);
  });

  it('a title word inside a name is not a title before a surname (Master Chief)', () => {
    const found = items(`${SCENE}MARA\nI could go as Master Chief from the game.\n`);
    expect(found, 'the character of a real game').toEqual(['Master Chief']);
  });

  it('text written after a reading verb and a colon, quoted or not, and quoted text painted on a wall', () => {
    const found = items(
      `${SCENE}The smudged page reads: "Error: Offending Command. Please try again."\n\n` +
        `The monitor reads: Flight 209 - Depart Gate 89 - Ontime Express\n\n` +
        `Sign in front reads:\n\nFORT BRAXTON ARMY HOSPITAL\n\n` +
        `“Common Reuse Principle” painted on wall. She reads "Field and Stream".\n`,
    );
    expect(found, 'only the magazine she reads').toEqual(['Field and Stream']);
  });
});
