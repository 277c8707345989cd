// Names a clearance reader checks: capitalised phrases that are not the script's characters, classified as a person,
// brand, place, title or event, each with how sure the engine is. What the script knows about itself (ScriptFacts)
// rules out its characters, its nicknames, ordinary words it also writes in lower case, and invented first names.

import type { FlagCategory } from './types';
import type { Script } from '../script/model';
import { elementIndexAt } from '../anchoring/selectors';
import {
  EVENT_ENDINGS,
  GENERIC_INSTITUTIONS,
  GIVEN_NAMES,
  KNOWN_PEOPLE,
  KNOWN_TITLES,
  NAMES_THAT_ARE_WORDS,
  NEVER_ITEMS,
  PLACES_THAT_ARE_WORDS,
  SCREEN_DIRECTION_WORDS,
} from './lexicon-extra';
import {
  BRAND_ENDINGS,
  KNOWN_BRANDS,
  MONTHS,
  NOT_ITEMS,
  PERSON_TITLES,
  PLACE_WORDS,
  ROLE_WORDS,
  VENUE_ENDINGS,
} from './lexicon';
import type { Hit } from './patterns';
import {
  CAMERA_HEAD,
  DEMONYM,
  DEMONYM_ADJECTIVE,
  DESCRIBED_BY_NATIONALITY,
  GENERIC_PLACE_ADJECTIVES,
  HISTORICAL_HONORIFICS,
  INNER_CAPITAL,
  LOWER_NEXT,
  NUMBERED_NOUNS,
  OCCASION_ENDINGS,
  PLACE_BEFORE,
  PAST_TENSE,
  PUBLIC_TITLES,
  ROOM_WORDS,
  SITE_WORDS,
  SPELLED_NUMBER,
  WORK_AFTER,
  CONTAINER_BEFORE,
  NAME_SUFFIX,
  ROAD_WORDS,
  SPEECH_WORDS,
  STREET_WORDS,
  bare,
  brands,
  demonymOfPlace,
  echoes,
  isAirline,
  leadingNotName,
  lowerPlaces,
  nationality,
  possessive,
} from './name-words';
import { isCharacterWord, isMisspelling, isNickname, type ScriptFacts } from './script-facts';
import { titleCasedSentence } from './title-case';
import { englishWord, everydayByEnding } from './dictionary';

// How sure a name is, by its evidence. A name the lexicon knows, or one with a title, a street word or a business
// ending, is nearly always an item; an unknown capitalised phrase of two or more words usually is; an unknown single
// word mid-sentence is a coin toss the ranking puts last.
const KNOWN = 0.9;
const MARKED = 0.8;
const PHRASE = 0.7;
const SINGLE = 0.55;
const DOUBTFUL = 0.3;
/** The reason of a capitalised phrase nothing but its capitals makes a name: the weakest kind. */
const UNKNOWN_NAME = 'name not among the characters';

// A run of capitalised words ("Acme Cola", "Dr. Hale", "McDonald's"), joined by spaces, hyphens or "of"/"de"/"&"
// (or a pair: "Place de la Concorde", "Van der Berg");
// not inside a web address or handle ("earthbound.io/CyberBobPD", "@JaneDoe"). A regnal or sequel number ends a
// name ("World War II", "Henry VIII").
// The run is bounded so a page of capitalised words is read in pieces rather than backtracked over as one.
const CAPS =
  /(?<![\p{L}\p{N}'’/@_#])(?:Mc|Mac|O['’]|i|e)?\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’-]*\.?(?:[ ](?:(?:de la|de las|de los|van der|van den|von der|of|de|des|du|da|del|van|von|la|le|and|&|the|of the)[ ])?(?:(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’-]*\.?|\p{Lu}\.|\d{1,4}\b|(?:II|III|IV|VI|VII|VIII|IX|XI|XII)\b)){0,7}/gu;
// Words that make a region of a place ("South America", "Downtown Chicago", "Greater London").
const REGION_WORDS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Inner|Outer|Greater|Downtown|Uptown|Midtown|Old|New|Little|Mid|Northeast|Northwest|Southeast|Southwest|Coastal|Rural|Metro|Metropolitan)$/;
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
const JOINERS = /^(?:of|de|des|du|da|del|van|von|la|le|and|&|the)$/;
// Joiners inside one name ("Arc de Triomphe", "Bank of America"): the word before them is the name's first word.
const NAME_JOINERS = /^(?:of|de|des|du|da|del|van|von|la|le)$/;
const CONTRACTION = /['’](?:m|ll|ve|re|d|t)$|n['’]t$/i;
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Ft|Co|Inc|Lt|Sgt|Capt|Col|Gen|Rev|Det|Prof|Fr|\p{Lu})\.$/u;
/** Whether a word before a number names a numbered place or thing of the story ("Room 12", "Gate 89"). */
function numberedThing(word: string, facts: ScriptFacts): boolean {
  return NUMBERED_NOUNS.has(word) || (facts.lowerWords.has(word.toLowerCase()) && !knownName(word));
}

/** Whether the text before `at` ends a sentence (or is the start of its element, a line, or a quotation). */
function sentenceStart(text: string, at: number, elementStart: number): boolean {
  if (at <= elementStart) return true;
  const before = text.slice(Math.max(elementStart, at - 5), at);
  // An inline direction ("(listening) Perfect...") ends what came before it, as a period does.
  return /(?:^|[.!?…:;—–-]["”’')\]]?\s*|\n\s*|["“‘([*_]+\s*|-\s+|\d[.)]\s*|\)\s+)$/.test(before);
}

/** The category and confidence of a capitalised phrase, from what it is made of and what comes before it. */
function classify(
  words: string[],
  before: string,
  after = '',
): { category: FlagCategory; reason: string; confidence: number } {
  const b = words.map(bare);
  const whole = b.join(' ').replace(/^The /, '');
  // A regnal or sequel number is not the name's last word ("World War II" ends in "War").
  const last = b.length > 1 && ROMAN_NUMERAL.test(b[b.length - 1]) ? b[b.length - 2] : b[b.length - 1];
  if (KNOWN_TITLES.has(whole)) return { category: 'title', reason: 'title of a work', confidence: KNOWN };
  if (isAirline(b)) return { category: 'brand', reason: 'airline', confidence: MARKED };
  if (KNOWN_PEOPLE.has(whole)) return { category: 'person', reason: 'well-known person', confidence: KNOWN };
  if (brands.has(whole) || brands.has(words.join(' ')) || KNOWN_BRANDS.has(b[0]))
    return { category: 'brand', reason: 'brand name', confidence: KNOWN };
  if (lowerPlaces.has(whole)) return { category: 'place', reason: 'place name', confidence: KNOWN };
  if (PERSON_TITLES.has(b[0]) && b.length > 1)
    return { category: 'person', reason: 'name with a title', confidence: MARKED };
  // A given name first ("Michael Bay") makes a person, unless the last word makes a business or names a site no
  // surname does ("Chester Gardens", "Victoria Station").
  if (GIVEN_NAMES.has(b[0]) && b.length === 2 && !BRAND_ENDINGS.has(last) && !SITE_WORDS.has(last))
    return { category: 'person', reason: 'full name', confidence: PHRASE };
  // A name before a kind of work is the work's ("the Dark Tower series", "a Batman movie"); a person's full name
  // ("a Stephen King novel") was settled above.
  if (WORK_AFTER.test(after))
    return { category: 'title', reason: 'title of a work', confidence: b.length > 1 ? PHRASE : SINGLE };
  // A known place and a plural is a team or an organisation ("Los Angeles Lakers", "United States Marshals"), unless
  // the plural is a place word ("Hollywood Hills", "Palm Springs").
  if (
    b.length > 1 &&
    /\p{Ll}s$/u.test(last) &&
    !PLACE_WORDS.has(last) &&
    lowerPlaces.has(b.slice(0, -1).join(' '))
  )
    return { category: 'brand', reason: 'team or organisation', confidence: MARKED };
  // A region of a known place ("South America", "Western Europe", "Downtown Chicago"); other words before a place
  // are a headline's or a title's ("Stricken Airliner Approaches Chicago") or a person's ("James of Scotland").
  if (b.length === 2 && lowerPlaces.has(last) && REGION_WORDS.test(b[0]))
    return { category: 'place', reason: 'place name', confidence: MARKED };
  // A law by its name ("the Act of Religious Uniformity", "the Act of Union") is a historical or legal fact.
  if (namedLaw(b, words)) return { category: 'fact', reason: 'law or act', confidence: PHRASE };
  if (VENUE_ENDINGS.has(last) && b.length > 1)
    return { category: 'place', reason: 'hotel, theatre or club', confidence: MARKED };
  if (BRAND_ENDINGS.has(last) && b.length > 1)
    return { category: 'brand', reason: 'business name', confidence: MARKED };
  if (b.some((w) => PLACE_WORDS.has(w)) && b.length > 1)
    return { category: 'place', reason: 'place or address', confidence: MARKED };
  if (EVENT_ENDINGS.has(last) && b.length > 1)
    return { category: 'fact', reason: 'historical event', confidence: PHRASE };
  // Inner capitals make a brand ("iPod", "FitnessGram"), but not a Scottish or Irish surname ("Ali McGraw").
  if (INNER_CAPITAL.test(whole) && INNER_CAPITAL.test(whole.replace(/(^| )(?:Mc|Mac|O['’])/g, '$1')))
    return { category: 'brand', reason: 'brand-like name', confidence: PHRASE };
  const confidence = b.length > 1 ? PHRASE : SINGLE;
  if (PLACE_BEFORE.test(before)) return { category: 'place', reason: 'place name', confidence };
  // What comes in a can, a bottle or a pack is a product ("a can of Ensure", "a bottle of Drambuie").
  if (CONTAINER_BEFORE.test(before)) return { category: 'brand', reason: 'product name', confidence };
  return { category: 'person', reason: UNKNOWN_NAME, confidence };
}

/** Whether a word is an ordinary word here: one the script also writes in lower case, or never an item. */
export function ordinary(word: string, facts: ScriptFacts): boolean {
  const b = bare(word);
  return NOT_ITEMS.has(b) || facts.lowerWords.has(b.toLowerCase()) || CONTRACTION.test(word);
}

/** Capitalised phrases in the script's read elements that are not its characters. */
export function nameHits(
  script: Script,
  facts: ScriptFacts,
  readable: Set<string>,
  phrases: RegExpExecArray[],
  out: Hit[],
): void {
  const text = script.text;
  // The capitalised-phrase pattern reads a long run of capitals in bounded pieces; a piece that starts one space after
  // the last one ended continues that run, and its first words are not a name's start on their own.
  let previousEnd = -1;
  // Whether the phrase being read is in an action line (where an unknown word is a prop more often than a person).
  let inAction = false;
  for (const m of phrases) {
    const continues = m.index === previousEnd + 1;
    previousEnd = m.index + m[0].length;
    const el = script.elements[elementIndexAt(script, m.index)];
    if (!el || !readable.has(el.type) || facts.skipped.has(el)) continue;
    // A sentence ends at a period that is not an abbreviation ("Bon Jovi. Maybe Selena Gomez" is two phrases).
    const all = m[0].split(' ');
    let at = m.index;
    let from = 0;
    for (let i = 0; i < all.length; i++) {
      // A word cut off by a dash ("Paja- Oh") ends the speech as a period does.
      const ends =
        i === all.length - 1 ||
        (all[i].endsWith('.') && !ABBREVIATION.test(all[i])) ||
        (all[i].length > 1 && all[i].endsWith('-'));
      if (!ends) continue;
      const words = all.slice(from, i + 1);
      inAction = el.type === 'action';
      phraseHits(
        words,
        at,
        from === 0 ? continues || sentenceStart(text, at, el.start) : true,
        el.type === 'lyrics',
        el.type === 'parenthetical' || titleCasedSentence(text, at, el.start, el.start + el.text.length),
      );
      at += words.join(' ').length + 1;
      from = i + 1;
    }
  }

  // In a parenthetical ("(Sotto Voce)", "(Into Phone)") title case is a direction's: a name is read only when the
  // lexicon knows it or it is written like a brand ("(in the FitnessGram voice)").
  function phraseHits(
    words: string[],
    at: number,
    atStart: boolean,
    inLyrics: boolean,
    knownOnly: boolean,
  ): void {
    // Most capitalised words are a character's name or a sentence's first word: settle those before anything else
    // (a 120-page script has thousands of them).
    if (words.length === 1) {
      const w = bare(words[0]);
      if (isCharacterWord(w, facts.characters) || NOT_ITEMS.has(w) || ROLE_WORDS.has(w)) return;
      // A chain named by a possessive ("Wendy's", "McDonald's") is known as written.
      if ((atStart || inLyrics) && !knownName(w) && !brands.has(words[0])) return;
    }
    const start = at;
    // A sentence's first word is capitalised anyway: drop it when it is an ordinary word ("Then Mara", "The Ritz").
    // At a sentence start, a word before a character's name is the sentence's verb or adverb ("Finally Minna",
    // "Took Mandy"), and a word ending in -ly is an adverb. Once such a word is dropped, the next one no longer opens
    // the sentence ("Take American Idol" keeps "American").
    let opening = atStart;
    // A given name before a surname opens a full name, even when it is also a word or an adverb's shape ("Guy
    // Fawkes spreads", "Kelly Clarkson, Clay Aiken").
    const fullName = (w: string[]) =>
      GIVEN_NAMES.has(bare(w[0])) &&
      w.length === 2 &&
      /^\p{Lu}\p{Ll}/u.test(w[1]) &&
      !ordinary(w[1], facts) &&
      !isCharacterWord(w[1], facts.characters);
    const leading = (w: string[]) =>
      !(w[0] === 'Air' && isAirline(w.map(bare))) &&
      !fullName(w) &&
      (JOINERS.test(w[0]) ||
        leadingNotName(w[0]) ||
        (opening &&
          !NAME_JOINERS.test(w[1]) &&
          (ordinary(w[0], facts) ||
            /ly$/.test(w[0]) ||
            PAST_TENSE.has(w[0]) ||
            isCharacterWord(w[1], facts.characters))));
    // A lone word left of a title-cased expression that opened a sentence ("Holy Cow", "Good Grief", "Happy
    // Birthday") is read as a sentence's first word: a word unless the lexicon knows it.
    let leftOfExpression = false;
    // A camera direction before a name ("Angle On Mara", "Close On the Bible") is not part of it.
    if (CAMERA_HEAD.test(words[0]))
      while (words.length > 1 && SCREEN_DIRECTION_WORDS.has(bare(words[0]))) {
        at += words[0].length + 1;
        words = words.slice(1);
        opening = false;
      }
    while (words.length > 1 && leading(words) && !PERSON_TITLES.has(bare(words[0]))) {
      if (!JOINERS.test(words[0]) && !leadingNotName(words[0])) {
        leftOfExpression = opening;
        opening = false;
      } else if (/^\p{Ll}/u.test(words[0])) {
        // A lower-case joiner ("And the Hubble telescope") means the next capital does not open the sentence.
        opening = false;
        leftOfExpression = false;
      }
      at += words[0].length + 1;
      words = words.slice(1);
    }
    // A word cut off by a dash ("Thursday will be Paja-") is interrupted speech, not a name.
    if (/\p{L}-$/u.test(words[words.length - 1])) words = words.slice(0, -1);
    if (!words.length) return;
    // Trailing joiners and numbers left by the greedy match ("Cola and") are not part of the name, except a road's
    // number ("Route 66"). A lone everyday noun before a number is a numbered thing of the story ("Room 12",
    // "Flight 209"); a product or team keeps its name ("Defender 90", "the Celtics 112 to 104").
    let numbered = false;
    while (
      words.length > 1 &&
      (JOINERS.test(words[words.length - 1]) ||
        (/^\d+$/.test(words[words.length - 1]) && !ROAD_WORDS.test(words[words.length - 2])))
    ) {
      numbered ||= /^\d+$/.test(words[words.length - 1]);
      words = words.slice(0, -1);
    }
    if (numbered && words.length === 1 && numberedThing(bare(words[0]), facts)) return;
    // Numbered in words ("Rule Number One", "Step Two", "Chapter Twelve"): the story's own list, like "Room 12".
    if (
      words.length > 1 &&
      SPELLED_NUMBER.test(bare(words[words.length - 1])) &&
      words.slice(0, -1).every((w) => numberedThing(bare(w), facts))
    )
      return;
    // What follows a character's possessive is the character's own ("Dirk's Holistic Detective Agency", "Mara's
    // Diner"): only a name the lexicon knows stays ("Todd's Chevrolet").
    let owner = -1;
    for (let i = words.length - 2; i >= 0 && owner < 0; i--)
      if (possessive(words[i]) && isCharacterWord(words[i], facts.characters)) owner = i;
    if (owner >= 0) {
      const owned = words.slice(owner + 1);
      if (!knownName(owned.map(bare).join(' '))) return;
      at += words.slice(0, owner + 1).join(' ').length + 1;
      words = owned;
    }
    const lastWord = words[words.length - 1];
    if (!ABBREVIATION.test(lastWord)) words = [...words.slice(0, -1), lastWord.replace(/[.'’-]+$/, '')];
    // Two names joined by "and" ("Simba and Mufasa") are two items, unless together they name a business.
    const and = words.findIndex((w) => w === 'and' || w === '&');
    const parts =
      and > 0 && !BRAND_ENDINGS.has(bare(words[words.length - 1])) && !brands.has(words.join(' '))
        ? [words.slice(0, and), words.slice(and + 1)]
        : [words];
    for (const part of parts) {
      // Where capitals do not mark names, a known name may sit inside a longer run ("Is Reading Harry Potter By").
      let judged = part;
      let judgedAt = at;
      if (knownOnly && part.length > 1 && !knownName(part.map(bare).join(' '))) {
        const known = knownRun(part);
        judged = known ? part.slice(known[0], known[1]) : [];
        if (known && known[0] > 0) judgedAt += part.slice(0, known[0]).join(' ').length + 1;
      }
      // A known place opening a longer run is the place, and what follows is its own name when the place is
      // possessive ("Los Angeles’ Union Station") or an everyday word of the story ("Los Angeles Gimmick culture").
      const pieces: [string[], number][] = [[judged, judgedAt]];
      const place = knownOnly ? 0 : knownPlacePrefix(judged);
      if (place) {
        const rest = judged.slice(place);
        const possessed = /['’]s?$/.test(judged[place - 1]);
        const restAt = judgedAt + judged.slice(0, place).join(' ').length + 1;
        const placeWords = [...judged.slice(0, place - 1), judged[place - 1].replace(/['’]s?$/, '')];
        if (possessed) pieces.splice(0, 1, [placeWords, judgedAt], [rest, restAt]);
        else if (rest.every((w) => ordinary(w, facts)) && !namesKind(rest[rest.length - 1]))
          pieces.splice(0, 1, [placeWords, judgedAt]);
      }
      for (const [piece, pieceAt] of pieces) {
        // A lone word left after a sentence's opening words were dropped still opens it ("Thank You.", "The End.").
        const first =
          pieceAt === at &&
          ((at === start && atStart) || ((opening || leftOfExpression) && words.length === 1));
        const hit =
          piece.length &&
          (!knownOnly || knownName(piece.map(bare).join(' ')) || piece.some((w) => /\p{Ll}\p{Lu}/u.test(w)))
            ? judge(piece, text, pieceAt, first, inLyrics, facts, inAction)
            : undefined;
        if (hit) out.push({ start: pieceAt, end: pieceAt + piece.join(' ').length, ...hit });
      }
      // The next part starts after this one, a space, the joiner and a space.
      at += part.join(' ').length + 1 + (words[and]?.length ?? 0) + 1;
    }
  }
}

// The longest known name in words ("Raiders of the Lost Ark"), so looking for one inside a run stays bounded.
const MAX_KNOWN_WORDS = 5;

/** The longest run of words inside `words` that the lexicon knows, as [from, to), if any. */
function knownRun(words: string[]): [number, number] | undefined {
  for (let n = Math.min(MAX_KNOWN_WORDS, words.length - 1); n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++)
      if (
        knownName(
          words
            .slice(i, i + n)
            .map(bare)
            .join(' '),
        )
      )
        return [i, i + n];
  return undefined;
}

/**
 * How many first words of `words` name a known place, when more words follow ("Los Angeles’ Union Station" → 2), or
 * 0. A possessive mark on the place's last word counts as part of it.
 */
function knownPlacePrefix(words: string[]): number {
  for (let k = Math.min(MAX_KNOWN_WORDS, words.length - 1); k >= 1; k--) {
    const key = [...words.slice(0, k - 1), words[k - 1].replace(/['’]s?$/, '')].map(bare).join(' ');
    if (lowerPlaces.has(key)) return k;
  }
  return 0;
}

/** Whether a last word makes a phrase a place, a business, an event or a team ("Station", "Motors", "War", "Lakers"). */
function namesKind(word: string): boolean {
  const b = bare(word);
  return PLACE_WORDS.has(b) || BRAND_ENDINGS.has(b) || EVENT_ENDINGS.has(b) || /\p{Ll}s$/u.test(b);
}

/** A law by its name ("the Act of Religious Uniformity"): `b` is `words` without marks. */
function namedLaw(b: string[], words: string[]): boolean {
  return b[0] === 'Act' && words[1] === 'of' && b.length > 2;
}

/** Whether the lexicon knows a name as a title, brand, place or person. */
function knownName(whole: string): boolean {
  return (
    KNOWN_TITLES.has(whole) ||
    brands.has(whole) ||
    lowerPlaces.has(whole) ||
    KNOWN_PEOPLE.has(whole) ||
    KNOWN_BRANDS.has(whole.split(' ')[0])
  );
}

function judge(
  words: string[],
  text: string,
  at: number,
  atStart: boolean,
  inLyrics: boolean,
  facts: ScriptFacts,
  inAction = false,
): { category: FlagCategory; reason: string; confidence: number } | undefined {
  const b = words.map(bare);
  const whole = b.join(' ');
  if (words.some((w) => CONTRACTION.test(w))) return undefined;
  if (words.length === 1 && (MONTHS.has(b[0].toLowerCase()) || b[0].length < 2 || NAME_SUFFIX.test(b[0])))
    return undefined;
  if (!/\p{L}/u.test(whole)) return undefined;
  if (GENERIC_INSTITUTIONS.has(whole.replace(/^The /, ''))) return undefined;
  if (NEVER_ITEMS.has(whole) || (words.some(possessive) && NEVER_ITEMS.has(words.join(' '))))
    return undefined;
  // A character named like a place or a brand ("AUSTIN", "MERCEDES") is the character.
  if (words.length === 1 && isCharacterWord(words[0], facts.characters)) return undefined;
  // A known name that is also an everyday word, opening a sentence or in a song, is the word ("Imagine that.",
  // "Frozen solid.", "Turkey for dinner."); in the middle of a sentence it is the name ("went to Target").
  if (
    words.length === 1 &&
    (atStart || inLyrics) &&
    (NAMES_THAT_ARE_WORDS.has(b[0]) || PLACES_THAT_ARE_WORDS.has(b[0]))
  )
    return undefined;
  const known = knownName(whole) || brands.has(words.join(' '));
  // A known brand or title the script also writes in lower case is the word ("target", "frozen"); a known place
  // is still the place ("england" typed under a capitals style), unless it is also an ordinary word ("turkey").
  const asWord =
    words.length === 1 &&
    facts.lowerWords.has(b[0].toLowerCase()) &&
    (!lowerPlaces.has(b[0]) || PLACES_THAT_ARE_WORDS.has(b[0]));
  if (known && !asWord) {
    return classify(words, text.slice(Math.max(0, at - 24), at));
  }
  const names = b.filter((w) => !JOINERS.test(w));
  // A name written in capitals inside prose ("McCROSKEY looks", "TODD Brotzman") is a character being introduced
  // or speaking, by screenplay convention.
  if (names.some((w) => /^(?:Mc|Mac|O['’])?\p{Lu}{3,}$/u.test(w))) return undefined;
  // A lone unknown word with an ordinary word's ending is a word in capitals ("Gothically", "Sleepwalking",
  // "Benevolent", "Traditional"); names ending so are given names or known places, checked above.
  if (names.length === 1 && everydayByEnding(names[0]) && !GIVEN_NAMES.has(names[0])) return undefined;
  // Every word with such an ending is a title-cased description ("Potentially Malevolent").
  if (names.every((w) => everydayByEnding(w) && !GIVEN_NAMES.has(w))) return undefined;
  // A role named in capitals ("the Principal", "Security Guard") is a person without a name; with a title it is a
  // surname ("Mrs. Miner").
  if (
    names.some((w) => ROLE_WORDS.has(w)) &&
    names.every((w) => ROLE_WORDS.has(w) || ordinary(w, facts)) &&
    !names.some((w) => PERSON_TITLES.has(w))
  )
    return undefined;
  // A word drawn out by repeating a letter ("Whaaaat", "Nooooo", "Heeeey") is spoken emphasis, not a name.
  if (names.some((w) => /(\p{L})\1\1/u.test(w))) return undefined;
  // A sound doubled ("Knock Knock", "Tick Tock", "Ding Dong") is not a name.
  if (names.length === 2 && echoes(names[0], names[1])) return undefined;
  // A nationality before a word for food, a place to eat or a border ("Italian Restaurant", "French Fries", "Mexican
  // Border") is a description; before anything else it may be a title or a company ("American Idol").
  if (names.length === 2 && DESCRIBED_BY_NATIONALITY.test(names[1]) && nationality(names[0]))
    return undefined;
  // An expression with a pronoun or a particle in it ("Excuse Me", "Shut Up", "Same Old") is speech, not a name.
  if (names.length > 1 && b.some((w) => SPEECH_WORDS.has(w))) return undefined;
  // A generic place ("High School", "City Hall", "Train Station") is the story's set; a street is an address.
  if (
    names.length === 2 &&
    GENERIC_PLACE_ADJECTIVES.test(names[0]) &&
    PLACE_WORDS.has(names[1]) &&
    !STREET_WORDS.test(names[1])
  )
    return undefined;
  // A camera direction or a time card in title case ("Wide Shot", "Three Weeks Later") is not a name.
  if (b.every((w) => SCREEN_DIRECTION_WORDS.has(w))) return undefined;
  if (names.every((w) => NOT_ITEMS.has(w) || NEVER_ITEMS.has(w) || isCharacterWord(w, facts.characters)))
    return undefined;
  // A lone capitalised word at a sentence start, or anywhere in a song, is read as a word unless the lexicon knows it.
  if (words.length === 1 && (atStart || inLyrics)) return undefined;
  // Every word is one the script also writes in lower case: a title-cased ordinary phrase ("Rule Number One",
  // "Coffee Shop"), unless it names a street ("Spring Street"): an address is always worth a check.
  // A law named in everyday words ("the Act of Religious Uniformity") is still a law.
  const law = namedLaw(b, words);
  if (
    !law &&
    names.every((w) => ordinary(w, facts) || DEMONYM.test(w)) &&
    !STREET_WORDS.test(b[b.length - 1])
  )
    return undefined;
  if (names.length === 1) {
    // Introduced in capitals somewhere in the action ("the rotund ZIMMERFIELD"): a character without a cue yet.
    if (facts.capitalsInProse.has(names[0].toUpperCase())) return undefined;
    // A compound with a lower-case part ("Pillicock-hill", "Seven-way") is a coinage, not a name.
    if (/-\p{Ll}/u.test(names[0])) return undefined;
  } else if (
    !law &&
    ordinary(names[0], facts) &&
    ordinary(names[names.length - 1], facts) &&
    !b.some((w) => PLACE_WORDS.has(w) || BRAND_ENDINGS.has(w))
  ) {
    // Starts and ends with ordinary words ("Skeezy Guy" aside, "Rule Number One", "Silver Star"): a title-cased
    // description rather than a name.
    return undefined;
  }
  if (names.length === 1 && DEMONYM.test(names[0]) && !/^(?:Mc|Mac|O')/.test(names[0])) return undefined;
  if (names.length === 1 && demonymOfPlace(names[0])) return undefined;
  // A street or place word on its own ("the Avenue", "the Hospital") is the story's set, not a named place.
  if (
    names.length === 1 &&
    (PLACE_WORDS.has(names[0]) || STREET_WORDS.test(names[0]) || ROOM_WORDS.has(names[0]))
  )
    return undefined;
  // A lettered part of a place ("the B Concourse", "C Wing") is numbered like "Gate 89".
  if (
    names.length === 1 &&
    NUMBERED_NOUNS.has(names[0]) &&
    /(?:^|[^\p{L}])\p{Lu} $/u.test(text.slice(at - 3, at))
  )
    return undefined;
  if (names.length > 1 && OCCASION_ENDINGS.test(names[names.length - 1])) return undefined;
  // A saint by a given name ("St. Christopher's statue") is a religious figure; a place named for one has a known
  // name or a place word ("St. Louis", "St. Mary's Hospital").
  if (names.length === 2 && /^(?:St|Saint)$/.test(names[0]) && GIVEN_NAMES.has(names[1])) return undefined;
  const end = at + words.join(' ').length;
  const lowerNext = LOWER_NEXT.test(text.slice(end, end + 2));
  // A nationality before a noun ("Mexican food", "Catholic school"), not a full name's surname ("Ethel Merman sang").
  if (
    DEMONYM_ADJECTIVE.test(b[b.length - 1]) &&
    lowerNext &&
    !(names.length === 2 && GIVEN_NAMES.has(names[0]))
  )
    return undefined;
  const cls = classify(words, text.slice(Math.max(0, at - 24), at), text.slice(end, end + 16));
  // A lone first name is an invented person however it reads ("from Abby" is not a place).
  if (names.length === 1 && GIVEN_NAMES.has(names[0])) return { ...cls, confidence: DOUBTFUL };
  // So is the first name that owns a shop ("Ed's Eclectic Emporium", "Mel's Diner"): the story's own; a chain named so
  // is known ("Wendy's").
  if (names.length > 1 && possessive(words[0]) && GIVEN_NAMES.has(b[0]) && cls.category !== 'person')
    return { ...cls, confidence: DOUBTFUL };
  if (cls.category === 'person') {
    // A character's full name ("Mara Vance" when MARA is a cue), or a relative's ("Mrs. Vance"): the script's own.
    // Titles lead a name; a title word after a given name is a surname ("Stephen King", "John Major").
    let titles = 0;
    while (titles < names.length && PERSON_TITLES.has(names[titles])) titles++;
    const people = names.slice(titles);
    if (people.length === 0) return undefined;
    if (isCharacterWord(people[0], facts.characters))
      return people.length === 2 && facts.namesakes.has(people[1])
        ? { category: 'person', reason: 'full name', confidence: SINGLE }
        : undefined;
    if (people.length === 1) {
      if (
        isCharacterWord(people[0], facts.characters) ||
        isNickname(people[0], facts.characters) ||
        isMisspelling(people[0], facts.characters)
      )
        return undefined;
      // A lone first name, with or without a title ("Billy", "Aunt Esther"), is an invented person far more often
      // than a real one.
      if (GIVEN_NAMES.has(people[0])) return { ...cls, confidence: DOUBTFUL };
      // So is a surname after a social or working title ("Mr. Hoff", "Sheriff Tate", "Doctor Sandler"): the story's
      // teacher, doctor or sheriff. A title of public office keeps it ("Senator McCarthy").
      if (titles > 0 && !names.some((w) => PUBLIC_TITLES.has(w))) return { ...cls, confidence: DOUBTFUL };
    } else if (
      isCharacterWord(people[people.length - 1], facts.characters) ||
      isNickname(people[people.length - 1], facts.characters) ||
      isMisspelling(people[people.length - 1], facts.characters)
    ) {
      // A character's surname after another first name is the character's own full name or a relative's
      // ("Catherine Randolph", "Captain Clarence Oveur"). With an honorific historical people are named by ("Sir Robert
      // Cecil", "Father Henry Garnet") it is more likely the real person a historical character is, and stays, ranked
      // below unknown names.
      if (people.length === names.length && people.length < 3) return undefined;
      if (ordinary(people[0], facts) || !HISTORICAL_HONORIFICS.has(names[0])) return undefined;
      return { ...cls, confidence: Math.min(cls.confidence, SINGLE) };
    }
  }
  // "The" does not go before a person's name: "the Great Seal", "the Common Reuse Principle" and "the Dawn of
  // Creation" end in an everyday word and name a thing or an idea of the story; a plural is a band or a team ("the
  // Rolling Stones"), and anything else an organisation ("the Police Judiciaire").
  if (
    cls.reason === UNKNOWN_NAME &&
    names.length > 1 &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))
  ) {
    const last = b[b.length - 1];
    if (englishWord(last) && !/\p{Ll}s$/u.test(last)) return undefined;
    if (!/\p{Ll}s$/u.test(last)) return { ...cls, category: 'brand', reason: 'organisation' };
  }
  // Lyric lines are often title-cased whole ("And Nothing Grows Beside The Road"): in a song only a name of two or
  // three words, none of them an ordinary word, is read as a person; anything else unknown is the song's own words.
  if (inLyrics) {
    const plainName =
      cls.category === 'person' && names.length <= 3 && !names.some((w) => ordinary(w, facts));
    return plainName ? { ...cls, confidence: Math.min(cls.confidence, SINGLE) } : undefined;
  }
  // People in action lines are the characters, introduced in capitals; an unknown single word there names a prop,
  // and a prop worth checking is a brand ("a Galco leather holster", "two Dixie cups", "her Miata").
  // An everyday English word capitalised there is stressed or a thing's label ("Zoom in to Oxygen"), not a brand's
  // own name, unless a model number follows it ("the yellow Defender 90").
  if (inAction && names.length === 1 && cls.category === 'person' && !/['’]s$/.test(words[0]))
    return englishWord(names[0]) && !/^ \d/.test(text.slice(end, end + 2))
      ? undefined
      : { ...cls, category: 'brand', reason: 'product or brand' };
  // In speech, a lone everyday word capitalised with nothing around it to make it a place, a product or a work
  // ("the Elevator and the Conveyor", "our fellow Patriots") is a concept or a stress more often than a name.
  if (names.length === 1 && cls.reason === UNKNOWN_NAME && englishWord(names[0])) return undefined;
  return cls;
}

/**
 * Learns the surnames of characters written with a character's first name ("Kate Randolph" when KATE is a cue), and
 * returns the capitalised phrases of the script for nameHits (one pass of the pattern serves both).
 */
export function learnSurnames(script: Script, facts: ScriptFacts): RegExpExecArray[] {
  const phrases = [...script.text.matchAll(CAPS)];
  // Surnames met only in speech.
  const spoken = new Set<string>();
  for (const m of phrases) {
    const words = m[0].split(' ');
    for (let i = 0; i + 1 < words.length; i++) {
      const first = words[i];
      // "Shag. There" is two sentences; "Kate Randolph" is one name; "Dirk's Chevrolet" is a character's thing.
      if (first.endsWith('.') || possessive(first) || !isCharacterWord(first, facts.characters)) continue;
      if (NOT_ITEMS.has(bare(first))) continue;
      const next = bare(words[i + 1]);
      if (!/^\p{Lu}\p{Ll}/u.test(next) || ordinary(next, facts) || PERSON_TITLES.has(next) || knownName(next))
        continue;
      const el = script.elements[elementIndexAt(script, m.index)];
      if (el?.type === 'dialogue') spoken.add(next);
      else facts.characters.add(next.toUpperCase());
    }
  }
  // A surname said once after a character's first name, and written nowhere else, may be a real namesake's ("Kelly
  // Clarkson, Clay Aiken"); said again, or written in the action, it is the character's.
  if (!spoken.size) return phrases;
  const written = new Map<string, number>();
  for (const m of phrases)
    for (const w of m[0].split(' ')) {
      const b = bare(w);
      if (spoken.has(b)) written.set(b, (written.get(b) ?? 0) + 1);
    }
  for (const next of spoken) {
    if (facts.characters.has(next.toUpperCase())) continue;
    if ((written.get(next) ?? 0) > 1) facts.characters.add(next.toUpperCase());
    else facts.namesakes.add(next);
  }
  return phrases;
}
