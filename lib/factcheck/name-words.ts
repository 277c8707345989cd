// Word shapes and small word lists the name reader tests capitalised phrases against: words that open a sentence,
// ordinary endings, demonyms and nationalities, honorifics, occasions, speech, generic places, numbered things, camera
// directions and roads. Pure lookups, no script facts: names.ts decides with them.

import { MORE_BRANDS, MORE_PLACES } from './lexicon-extra';
import { KNOWN_BRANDS, KNOWN_PLACES } from './lexicon';

// Words that open a sentence or a phrase before a name ("The Ritz", "Then Mara", "It's Game Time"). A set: it is
// asked for nearly every capitalised phrase of a script.
const LEADING_WORDS = new Set(
  (
    'The,A,An,This,That,These,Those,When,Then,As,If,In,On,At,And,But,So,Which,What,Whose,Every,Last,Next,' +
    'Our,My,His,Her,Their,Your,Its,We,You,He,She,They,It,To,For,From,With,Like,Call,Meet,See,Tell,Ask,' +
    'Give,Thank,Goodbye,Hello,Hi,Dear,Young,Old,Little,Big,Poor,Evil,Crazy,Sweet'
  ).split(','),
);
const LEADING_CONTRACTION = /^(?:It|That|There|Here|What|Who|Where|He|She|Let)['’]s$/;
export function leadingNotName(word: string): boolean {
  return LEADING_WORDS.has(word) || (word.endsWith('s') && LEADING_CONTRACTION.test(word));
}
// Group names, demonyms and creeds ("Amish", "Californians", "Dutchmen", "Communist"): not items on their own.
export const DEMONYM = /(?:ian|ians|ean|eans|ese|ish|ans|ites|men|ists?)$/;

export const PLACE_BEFORE =
  /\b(?:in|at|near|outside|inside|toward|towards|into|across|through|around|downtown|from|between|visit|visiting|(?:go|goes|went|gone|going|move|moved|moving|fly|flew|flown|drive|drove|driving|back|admitted|sent|return|returned|headed|trip|welcome|road|train|flight|bus) to)\s+(?:the\s+)?$/;

export const lowerPlaces = new Set([...KNOWN_PLACES, ...MORE_PLACES]);
export const brands = new Set([...KNOWN_BRANDS, ...MORE_BRANDS]);
// A demonym or adjective before a noun ("Puerto Rican chess", "Norwegian troll", "Olympic gymnast"): the word ends
// in -an or -ic and a lower-case word follows.
export const DEMONYM_ADJECTIVE = /(?:an|ic)$/;
// Demonyms no ending rule derives from a place name ("Swiss", "Thai").
const IRREGULAR_DEMONYMS = new Set([
  'Swiss',
  'Thai',
  'Welsh',
  'Scots',
  'Czech',
  'Filipino',
  'Afghan',
  'Saudi',
]);
// How a demonym is made from its place: Venezuela-n, Brazil-ian, Ital(y)-ian, Peru-vian, Mexic(o)-an, Japan-ese,
// Chin(a)-ese, Iraq-i. Each pair is [ending of the demonym, endings the place may have instead].
const DEMONYM_FORMS: [string, string[]][] = [
  ['n', ['']],
  ['vian', ['']],
  ['ian', ['', 'a', 'y', 'e', 'o']],
  ['an', ['', 'a', 'o', 'as']],
  ['ese', ['', 'a']],
  ['i', ['']],
];
// Honorifics that historical people are named with ("Sir Robert Cecil", "Father Henry Garnet"): with one, a
// character's surname after another name may be the real person the character is. A rank or job ("Captain Clarence
// Oveur", "Inspector Edouard Grandpierre") is the script's own character given in full.
export const HISTORICAL_HONORIFICS = new Set([
  'Sir',
  'Lord',
  'Lady',
  'Dame',
  'Father',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Cardinal',
  'Bishop',
  'Archbishop',
]);
// Titles of public office and rank that real people are named by with a surname alone ("President Lincoln", "Senator
// McCarthy", "General Custer", "Queen Victoria"). Any other title before a lone surname ("Mr. Hoff", "Sheriff Tate",
// "Doctor Sandler") names one of the story's own people far more often than a real one.
export const PUBLIC_TITLES = new Set([
  'President',
  'Senator',
  'Governor',
  'Congressman',
  'Congresswoman',
  'Ambassador',
  'General',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
]);
// Last words of occasions ("Pajama Day", "Game Night", "Spirit Week", "Black Friday"): a day in the story, not an
// item.
export const OCCASION_ENDINGS =
  /^(?:Day|Night|Eve|Week|Weekend|Morning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Nationalities no rule derives from a known place name.
const NATIONALITIES = new Set(
  'English,American,French,German,Spanish,Italian,Chinese,Japanese,Russian,British,Irish,Mexican,Greek,Dutch,Swiss,Thai,Welsh,Scottish,Danish,Polish,Turkish,Swedish,Norwegian,Finnish,Czech,Hungarian'.split(
    ',',
  ),
);
// Nouns a nationality describes rather than names ("Italian Restaurant", "Chinese Food", "Mexican Border").
export const DESCRIBED_BY_NATIONALITY =
  /^(?:Restaurant|Restaurants|Food|Cuisine|Fries|Cheese|Salad|Beer|Wine|Pizza|Pub|Bar|Cafe|Café|Diner|Bakery|Bread|Toast|Coffee|Tea|Breakfast|Dinner|Lunch|Dressing|Border|Flag|Accent|Music|Guy|Girl|Man|Woman|Lady|Family|Neighborhood|Neighbourhood|Place|Style|Kitchen|Takeout|Take-out)$/;
// Pronouns and particles, which names do not have and expressions do ("Excuse Me", "Shut Up", "Same Old").
export const SPEECH_WORDS = new Set(
  (
    'Me,Us,You,Him,Them,It,My,Your,Our,Their,That,This,Up,Out,Off,Down,Over,Away,Again,Too,Now,Here,There,Please,' +
    'Yeah,Ok,Okay,Dude'
  ).split(','),
);
export const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
// First words that make a place generic ("High School", "City Hall", "Public Library").
export const GENERIC_PLACE_ADJECTIVES =
  /^(?:High|Middle|Elementary|Junior|Senior|Main|Central|Public|Private|Local|General|City|Town|County|Police|Fire|Train|Bus|Gas|Post|Town|Community|Memorial|Animal|Children's|Summer|Night|Boarding|Grammar|Primary|Secondary|Regional)$/;
export const LOWER_NEXT = /^[ ]\p{Ll}/u;
// Everyday nouns that number the places and things of a story ("Room 12", "Gate 89", "Flight 209", "Apartment 4B").
export const NUMBERED_NOUNS = new Set(
  (
    'Room,Gate,Flight,Bus,Apartment,Apt,Suite,Chapter,Page,Exhibit,Platform,Track,Locker,Cell,Ward,Bed,Seat,Row,' +
    'Level,Floor,Car,Unit,Lot,Box,Pier,Dock,Hangar,Bay,Terminal,Concourse,Train,Truck,Engine,Precinct,District,' +
    'Sector,Zone,Block,Cabin,Table,Lane,Camera,Cam,Channel,Line,Case,File,Item,Step,Rule,Number,Phase,Stage,Take,' +
    'Psalm,Verse,Wing,Building,Tower,Quad,Deck'
  ).split(','),
);
// First words of camera directions, which a name may follow ("Angle On Mara", "Wide On Dirk").
export const CAMERA_HEAD =
  /^(?:Angle|Close|Closeup|Close-up|Close-Up|Wide|Pan|Tilt|Zoom|Dolly|Track|Tracking|Crane|Reverse|Insert|POV|Pov|Back|Cut|Match|Smash|Push|Pull|Whip|Rack|Focus)$/;
// Roads named by number ("Route 66", "Highway 1", "Interstate 5").
export const ROAD_WORDS = /^(?:Route|Highway|Hwy|Interstate|Road|Rd)$/;
export const STREET_WORDS =
  /^(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Highway|Hwy|Route|Parkway|Rue|Strasse|Straße|Calle)$/;

/** Whether bare words name an airline by its country or city ("Air France", "Air Israel"). */
export function isAirline(b: string[]): boolean {
  return b.length >= 2 && b[0] === 'Air' && lowerPlaces.has(b.slice(1).join(' '));
}

/** Whether two words are one sound doubled or with its vowel changed ("Knock Knock", "Tick Tock"). */
export function echoes(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0] || a.length > 6) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ <= 1;
}

/** Whether a word names a nationality ("Italian", "French", "Venezuelan", "Swiss"). */
export function nationality(word: string): boolean {
  return NATIONALITIES.has(word) || demonymOfPlace(word) || /\p{Ll}(?:ian|ese|ish)$/u.test(word);
}

/** Whether a word is a demonym or group name of a known place ("Venezuelan", "Peruvian", "Swiss"). */
export function demonymOfPlace(word: string): boolean {
  if (IRREGULAR_DEMONYMS.has(word)) return true;
  for (const [ending, placeEndings] of DEMONYM_FORMS) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const stem = word.slice(0, -ending.length);
    if (placeEndings.some((e) => lowerPlaces.has(stem + e))) return true;
  }
  return false;
}

export function possessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith('’s');
}

export function bare(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

// Numbers in words that number the story's own lists ("Rule Number One", "Step Two").
export const SPELLED_NUMBER =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty)$/;
// Place words that are not also surnames ("Michael Bay", "Shirley Temple", "Charlotte Church" are people).
export const SITE_WORDS = new Set(
  (
    'Street,Avenue,Road,Boulevard,Lane,Drive,Gardens,Square,Plaza,Terrace,Station,Airport,Hospital,School,' +
    'University,College,Academy,Institute,Museum,Library,Stadium,Arena,Cemetery,Prison,Courthouse,Zoo'
  ).split(','),
);
// Kinds of work a name before them is the title of ("the Dark Tower series", "a Batman movie").
export const WORK_AFTER =
  /^['’]?s?\s+(?:series|movie|movies|film|films|show|shows|episode|episodes|novel|novels|book|books|album|albums|song|songs|trilogy|franchise|sequel|sequels|musical|cartoon|cartoons|comic|comics|soundtrack|saga|sitcom)\b/;
// Rooms of a house or a building, which scripts set in grand houses capitalise ("she goes into the Salon").
export const ROOM_WORDS = new Set(
  (
    'Salon,Parlor,Parlour,Study,Foyer,Lobby,Hall,Hallway,Cellar,Attic,Den,Nursery,Ballroom,Vestibule,' +
    'Conservatory,Gallery,Pantry,Scullery,Drawing,Boudoir,Kitchen,Bedroom,Bathroom,Office,Ward,Annex,Annexe'
  ).split(','),
);
// Past tenses that open a clipped sentence of speech before a name or a thing ("Took Mandy.", "Met Lisa there.").
export const PAST_TENSE = new Set(
  (
    'Took,Made,Went,Got,Came,Saw,Gave,Told,Found,Left,Met,Brought,Bought,Sent,Kept,Ran,Sat,Stood,Heard,Knew,' +
    'Thought,Felt,Held,Paid,Sold,Won,Wrote,Drove,Ate,Drank,Flew,Fell,Caught,Taught,Called,Asked,Watched'
  ).split(','),
);
// Containers whose contents are a product ("a can of Ensure", "a bottle of Drambuie").
export const CONTAINER_BEFORE =
  /\b(?:can|cans|bottle|bottles|box|boxes|pack|packs|packet|packets|bag|bags|carton|cartons|jar|jars|tube|tubes|tin|tins|six-pack|case|crate|bar|bars)\s+of\s+$/;
// Suffixes of a name, never a name on their own ("Ham, Jr.").
export const NAME_SUFFIX = /^(?:Jr|Sr|Jnr|Snr|Esq)$/;
