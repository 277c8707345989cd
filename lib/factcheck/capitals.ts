// Known brands and places written in capitals, which the capitalised-phrase pass cannot tell from shouting: "Mom's
// PORSCHE" in action, "L.A." anywhere, "EXT. SCOTLAND YARD - DAY" in a scene heading, "BBC ANNOUNCER" in a cue.
// Only what the lexicon knows is proposed: a heading's own words ("APARTMENT", "HALLWAY") are the story's sets.

import type { FlagCategory } from './types';
import type { Script, ScriptElement } from '../script/model';
import {
  KNOWN_TITLES,
  KNOWN_UPPER_EXTRA,
  MORE_PLACES,
  NAMES_THAT_ARE_WORDS,
  PLACES_THAT_ARE_WORDS,
} from './lexicon-extra';
import { BRAND_ENDINGS, KNOWN_BRANDS, KNOWN_PLACES, PLACE_WORDS, VENUE_ENDINGS } from './lexicon';
import type { Hit } from './patterns';
import { englishWord } from './dictionary';
import { isCharacterWord, type ScriptFacts } from './script-facts';

const KNOWN = 0.85;
// A business named in a heading by its ending ("INT. BRIGHTWAY MOTORS SHOWROOM"): likely, not known.
const NAMED_BUSINESS = 0.7;
// Heading sets named by a business ending are often generic ("CHEAP MOTEL", "LOCAL DINER"): the word before the
// ending must be one the script never writes in lower case, and not a character's ("DIRK'S MOTEL").
const BUSINESS_IN_HEADING = new RegExp(
  String.raw`(?<![\p{L}'’])(\p{Lu}[\p{Lu}&-]{1,30}) (${[...BRAND_ENDINGS].map((e) => e.toUpperCase()).join('|')})(?![\p{L}'’])`,
  'gu',
);
// Words in capitals, or dotted abbreviations ("L.A.", "D.C."); a bounded run so a page of capitals stays linear.
const CAPITAL_WORD =
  /(?<![\p{L}\p{N}.'’&])(?:(?:\p{Lu}\.){2,4}|\p{Lu}[\p{Lu}'’&-]{1,30}(?:\.(?!\p{L}))?)(?!\p{Ll})/gu;
// A brand-named family's home in a heading ("THE MILLER HOUSE", "HARLEY RANCH") is the story's set, not the brand.
const FAMILY_SET =
  /^(?:['’]S)? (?:FAMILY )?(?:HOUSE|HOME|RESIDENCE|FARM|RANCH|APARTMENT|CABIN|KITCHEN|BEDROOM|LIVING ROOM|YARD|BACKYARD|PORCH|GARAGE|BASEMENT|ESTATE|MANSION)\b/;
// The longest known name in words ("RAIDERS OF THE LOST ARK"), so lookups stay bounded.
const MAX_NAME_WORDS = 5;

const KNOWN_UPPER = new Map<string, FlagCategory>([
  ...[...KNOWN_PLACES, ...MORE_PLACES].map((p) => [p.toUpperCase(), 'place'] as [string, FlagCategory]),
  ...[...KNOWN_BRANDS].map((b) => [b.toUpperCase(), 'brand'] as [string, FlagCategory]),
  ...Object.entries(KNOWN_UPPER_EXTRA),
  ...[...KNOWN_TITLES].map((t) => [t.toUpperCase(), 'title'] as [string, FlagCategory]),
]);
// Two-letter capitals that are also ordinary words or stage shorthand ("LA" is sung, "US" is "us").
const AMBIGUOUS = new Set(['LA', 'US', 'IT', 'OR', 'IN', 'ON', 'ME', 'HI', 'OK', 'TV', 'ABC', 'UPS', 'GM']);

/** The category of a known name in capitals; an airline is named by its country or city ("AIR FRANCE"). */
function upperCategory(key: string): FlagCategory | undefined {
  const known = KNOWN_UPPER.get(key);
  if (known) return known;
  if (key.startsWith('AIR ') && KNOWN_UPPER.get(key.slice(4)) === 'place') return 'brand';
  // A landmark of a known place ("THE TOWER OF LONDON", "UNIVERSITY OF CHICAGO").
  const of = key.indexOf(' OF ');
  if (of > 0 && UPPER_PLACE_WORDS.has(key.slice(0, of)) && KNOWN_UPPER.get(key.slice(of + 4)) === 'place')
    return 'place';
  return undefined;
}
const UPPER_PLACE_WORDS = new Set([...PLACE_WORDS].map((w) => w.toUpperCase()));

/** Whether a word or phrase in capitals is a known brand, place or title ("PORSCHE", "L.A."). */
export function knownInCapitals(word: string): boolean {
  return KNOWN_UPPER.has(word) || KNOWN_UPPER.has(word.replace(/\.$/, ''));
}

function reasonOf(category: FlagCategory): string {
  return category === 'brand' ? 'brand name' : category === 'title' ? 'title of a work' : 'place name';
}

/** Known names in capitals in one element: the longest known run of up to MAX_NAME_WORDS capital words wins. */
/**
 * Whether a lone known name in capitals is the everyday word it also is ("the ALARM", "CHAMPAGNE sprays", "I'm
 * FROZEN!"): a known word of that kind, or a brand or title the script also writes in lower case ("target").
 */
function everydayWord(key: string, category: FlagCategory, facts: ScriptFacts): boolean {
  const word = key[0] + key.slice(1).toLowerCase();
  if (NAMES_THAT_ARE_WORDS.has(word) || PLACES_THAT_ARE_WORDS.has(word)) return true;
  return category !== 'place' && facts.lowerWords.has(key.toLowerCase());
}

function elementCapitals(el: ScriptElement, facts: ScriptFacts, out: Hit[], wholeWordsOnly: boolean): void {
  const words = [...el.text.matchAll(CAPITAL_WORD)];
  for (let i = 0; i < words.length; i++) {
    // Words of one name follow each other with a single space between them.
    let run = 1;
    while (
      run < MAX_NAME_WORDS &&
      i + run < words.length &&
      words[i + run].index === words[i + run - 1].index + words[i + run - 1][0].length + 1 &&
      el.text[words[i + run].index - 1] === ' '
    )
      run++;
    for (let n = run; n >= 1; n--) {
      const start = words[i].index;
      const last = words[i + n - 1];
      const span = el.text.slice(start, last.index + last[0].length);
      // A sentence's period is not part of the name ("the FBI."), a dotted abbreviation's is ("L.A.").
      const key = KNOWN_UPPER.has(span) ? span : span.replace(/['’]S$/, '').replace(/\.$/, '');
      const category = upperCategory(key);
      if (!category) continue;
      // A lone word is a character named like a place or brand ("AUSTIN (30s) enters"), or the everyday word.
      if (
        n === 1 &&
        (AMBIGUOUS.has(key) ||
          everydayWord(key, category, facts) ||
          isCharacterWord(key, facts.characters) ||
          (category === 'brand' && FAMILY_SET.test(el.text.slice(start + span.length))))
      )
        continue;
      if (wholeWordsOnly && key !== key.toUpperCase()) continue;
      out.push({
        start: el.start + start,
        end: el.start + start + key.length,
        category,
        reason: reasonOf(category),
        confidence: KNOWN,
      });
      i += n - 1;
      break;
    }
  }
}

/** Known brands and places written in capitals in action, dialogue, scene headings and cues. */
export function capitalHits(script: Script, facts: ScriptFacts, out: Hit[]): void {
  // A script has a thousand cues and a few dozen distinct ones: each distinct cue is read once.
  const cues = new Map<string, Hit[]>();
  for (const el of script.elements) {
    if (facts.skipped.has(el) || !/\p{Lu}{2}|\p{Lu}\./u.test(el.text)) continue;
    if (el.type === 'action' || el.type === 'dialogue' || el.type === 'lyrics')
      elementCapitals(el, facts, out, true);
    else if (el.type === 'character') {
      let found = cues.get(el.text);
      if (!found) {
        found = [];
        elementCapitals({ ...el, start: 0 }, facts, found, false);
        cues.set(el.text, found);
      }
      for (const h of found) out.push({ ...h, start: h.start + el.start, end: h.end + el.start });
    } else if (el.type === 'scene_heading' || el.type === 'shot') elementCapitals(el, facts, out, false);
    if (el.type === 'scene_heading') {
      businessInHeading(el, facts, out);
      streetInHeading(el, facts, out);
    }
  }
}

// A street named in a heading ("EXT. AVENUE FOCH", "EXT. RUE GABRIEL", "EXT. ELM STREET"): an address to check.
const STREET_IN_HEADING =
  /(?<![\p{L}'’])(?:(?:AVENUE|RUE|BOULEVARD|PLACE|PIAZZA|CALLE|VIA) (?:(?:DE LA|DE|DES|DU|DEL|DELLA) )?(\p{Lu}[\p{Lu}'’-]{2,30})|(\p{Lu}[\p{Lu}'’-]{2,30}) (?:STREET|AVENUE|ROAD|BOULEVARD|LANE|DRIVE|SQUARE))(?![\p{L}'’])/gu;
// Words that make a street any town's ("MAIN STREET", "HIGH STREET", "BACK ROAD").
const GENERIC_STREET =
  /^(?:MAIN|HIGH|FIRST|SECOND|THIRD|BACK|SIDE|DIRT|COUNTRY|EMPTY|DESERTED|BUSY|QUIET|CITY|TOWN|THE|A|AN)$/;

function streetInHeading(el: ScriptElement, facts: ScriptFacts, out: Hit[]): void {
  for (const m of el.text.matchAll(STREET_IN_HEADING)) {
    const name = m[1] ?? m[2];
    if (GENERIC_STREET.test(name) || facts.lowerWords.has(name.toLowerCase())) continue;
    if (isCharacterWord(name, facts.characters) || knownInCapitals(name)) continue;
    out.push({
      start: el.start + m.index,
      end: el.start + m.index + m[0].length,
      category: 'place',
      reason: 'street in a scene heading',
      confidence: NAMED_BUSINESS,
    });
  }
}

function businessInHeading(el: ScriptElement, facts: ScriptFacts, out: Hit[]): void {
  for (const m of el.text.matchAll(BUSINESS_IN_HEADING)) {
    const name = m[1];
    if (facts.lowerWords.has(name.toLowerCase()) || isCharacterWord(name, facts.characters)) continue;
    // A known place before the ending says where the set is ("TINY PARIS RESTAURANT"), not what it is called.
    if (knownInCapitals(name)) continue;
    if (/^(?:INT|EXT|THE|A|AN|OLD|NEW|BIG|SMALL|LOCAL|CHEAP|HOTEL|MOTEL)$|ING$/.test(name)) continue;
    // Everyday words describe the set ("ALL-NIGHT DINER", "ROADSIDE MOTEL", "CORNER STORE"), not name it.
    if (name.split('-').every((w) => englishWord(w))) continue;
    out.push({
      start: el.start + m.index,
      end: el.start + m.index + m[0].length,
      ...(VENUE_ENDINGS.has(m[2][0] + m[2].slice(1).toLowerCase())
        ? { category: 'place' as const, reason: 'hotel, theatre or club' }
        : { category: 'brand' as const, reason: 'business name' }),
      confidence: NAMED_BUSINESS,
    });
  }
}
