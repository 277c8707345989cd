// Every false-positive and miss class issue 17 found on real scripts, each on a few lines written for this test:
// what the suggestions must leave out (the script's own characters, songs, markers and furniture; ordinary words,
// demonyms, invented first names) and what they must find (known names at a sentence start, dates in capitals,
// counts in words, places in headings, a real person named like a cue), with the right category, strongest first.
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../lib/factcheck/suggest';
import { items, SCENE, suggest } from './suggest-helpers';

function find(source: string, item: string): Suggestion | undefined {
  return suggest(source).find((s) => s.item === item);
}

describe('suggestions leave out what is not an item', () => {
  it("a musical's own lyric lines, title-cased or not", () => {
    const verses = Array.from(
      { length: 24 },
      (_, i) => `~Every Single Morning Brings The Rain Number ${i}\n~And Nothing Grows Beside The Road`,
    );
    const found = items(`${SCENE}MARA\n${verses.join('\n')}\n`);
    expect(found, 'a musical’s lyrics are its own, not a song to clear').toEqual([]);
  });

  it('a real song sung in a script that is not a musical is still a quotation to clear', () => {
    const found = suggest(
      `${SCENE}MARA\n~Oh the river’s wide and I cannot cross\n~And neither have I wings\n\n` +
        '~Give me a boat that can carry two\n~And both shall row\n',
    );
    expect(
      found.map((s) => `${s.category}:${s.item}`),
      'the first sung line, once per song',
    ).toEqual(['quote:Oh the river’s wide and I cannot cross']);
  });

  it('ordinary capitalised words and title-cased pieces of speech', () => {
    const found = items(
      `${SCENE}MARA\nWrong. The dachshund is closer. Closer, I said! Rule Number One: a rule is a rule, number one.\n\n` +
        `BEN\nThat’s a Dachshund, not a wolf. It was all wrong.\n`,
    );
    expect(found, 'words the script also writes in lower case are words').toEqual([]);
  });

  it("the script's characters through possessives (curly too), nicknames, long forms, plurals, titles and introductions", () => {
    const found = items(
      `${SCENE}WATSON\nWhere is Holmes?\n\nHOLMES\nWatson’s coat is on Mr. Holmes’s chair. Jays eyes are on it.\n\n` +
        `JAY\nAsk Rosalind. Ask Ros. Ask Mr. Watson.\n\nROSALIND\nNo.\n\nSHAG\nSigned, William Shagspeare.\n\n` +
        'Lydia Okonkwo, 24, and the rotund ZIMMERMAN, 50s, wait.\n\nWATSON\nLydia Okonkwo and Zimmerman are late.\n',
    );
    expect(found, 'none of these is anyone but a character').toEqual([]);
  });

  it('contractions with curly apostrophes', () => {
    const found = items(`${SCENE}MARA\nI’m late. I’ll go. He’s gone, and We’re done. That’s it.\n`);
    expect(found, 'I’m, I’ll, He’s, We’re, That’s are words').toEqual([]);
  });

  it('invented people without a cue: a lone first name, with or without a title', () => {
    const found = items(
      `${SCENE}MARA\nBilly called. Tell him Aunt Esther says the car is with Judith now.\n`,
    );
    expect(found, 'a lone given name is an invented person').toEqual([]);
  });

  it('song headings, act markers and THE END', () => {
    const found = items(
      `ACT ONE\n\n${SCENE}SONG 4: HOME AGAIN TO KANSAS CITY\n\nMara waits.\n\nEND OF ACT ONE\n\nTHE END\n`,
    );
    expect(found, 'the script’s own markers and song titles').toEqual([]);
  });

  it('demonyms and group names', () => {
    const found = items(
      `${SCENE}MARA\nThe Amish farmer met a Californian. They played Puerto Rican chess with two Dutchmen.\n`,
    );
    expect(found, 'peoples are not items').toEqual([]);
  });

  it('generic institutions', () => {
    const found = items(
      `${SCENE}MARA\nMy brother joined the Army, and then the Navy, and then the Police.\n`,
    );
    expect(found, 'the Army is not a clearance item').toEqual([]);
  });

  it('on-screen sign text in capitals', () => {
    const found = items(`${SCENE}A door marked HOFF AND SPIRNHOLD ARCHITECTURAL. A sign: NO PARKING.\n`);
    expect(found, 'capitals the lexicon does not know are set dressing').toEqual([]);
  });

  it('a page header repeated on every page, with its date, is not suggested', () => {
    const page = (n: number) => `BLUE REVISION - 11/27/26\n\n${n}.\n\nMara waits by the door.\n\n`;
    const found = items(`${SCENE}${page(1)}${page(2)}${page(3)}${page(4)}`);
    expect(found, 'page furniture').toEqual([]);
  });
});

describe('suggestions find what a clearance reader checks', () => {
  it('a well-known place or title as the first word of a sentence or line', () => {
    const found = items(
      `${SCENE}MARA\nPittsburgh. That is where he went.\n\nBEN\nBrixton, then.\n\nMARA\nInception is better.\n`,
    );
    expect(found, 'known names are names even at a sentence start').toEqual(
      expect.arrayContaining(['Pittsburgh', 'Brixton', 'Inception']),
    );
  });

  it('dates in capitals, counts in words and L.A.', () => {
    const found = items(
      `${SCENE}SUPER: MARCH 12th, 1998\n\nMARA\nShe had eight children and moved to L.A. with all of them.\n`,
    );
    expect(found, 'date, count and abbreviation').toEqual(
      expect.arrayContaining(['MARCH 12th, 1998', 'eight children', 'L.A.']),
    );
  });

  it('places and broadcasters in scene headings and cues', () => {
    const found = suggest(
      'EXT. SCOTLAND YARD - NIGHT\n\nRain.\n\nINT. HOLLYWOOD - DAY\n\nSun.\n\nBBC ANNOUNCER\nGood evening.\n\n' +
        'INT. SKY NEWS STUDIO - NIGHT\n\nLights.\n',
    );
    expect(
      found.map((s) => `${s.category}:${s.item}`),
      'what headings and cues name',
    ).toEqual(
      expect.arrayContaining(['place:SCOTLAND YARD', 'place:HOLLYWOOD', 'brand:BBC', 'brand:SKY NEWS']),
    );
  });

  it('names inside lyric lines, even in a musical', () => {
    const verses = Array.from({ length: 24 }, (_, i) => `~the radio plays all night long ${i}`);
    const found = items(`${SCENE}MARA\n${verses.join('\n')}\n~and Elvis Presley sings to me\n`);
    expect(found, 'a real person sung about').toContain('Elvis Presley');
  });

  it('a real person whose surname is also a cue, named with title and first name', () => {
    const found = items(
      `${SCENE}CECIL\nSit.\n\nSHAG\nSo says Sir Robert Cecil, and Mr. Cecil is never wrong.\n`,
    );
    expect(found, 'the historical person').toContain('Sir Robert Cecil');
    expect(found, 'the character by title and surname is not').not.toContain('Mr. Cecil');
  });

  it('keeps the categories right', () => {
    const source =
      `${SCENE}MARA\nShe reads the Daily Mail in Cardiff. Then we watched Inception. ` +
      'She was admitted to Cornell at sixteen.\n';
    const byItem = Object.fromEntries(suggest(source).map((s) => [s.item, s.category]));
    expect(byItem, 'newspaper, city, film, university').toMatchObject({
      'Daily Mail': 'brand',
      Cardiff: 'place',
      Inception: 'title',
      Cornell: 'place',
    });
  });

  it('ranks the strongest first: a phone number before an unknown single name', () => {
    const found = suggest(`${SCENE}MARA\nCall Fenwick at 415-867-5309 before Fenwick calls Kowalczyk.\n`);
    expect(found[0]?.category, 'contact details first').toBe('phone');
    for (let i = 1; i < found.length; i++)
      expect(
        found[i - 1].confidence,
        `${found[i - 1].item} is ranked before ${found[i].item}`,
      ).toBeGreaterThanOrEqual(found[i].confidence - 0.061);
    expect(
      find(`${SCENE}MARA\nKowalczyk was here.\n`, 'Kowalczyk'),
      'sentence start: a word',
    ).toBeUndefined();
  });
});
