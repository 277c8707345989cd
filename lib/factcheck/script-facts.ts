// What only the script itself knows, read once before suggesting: its characters (cues, names introduced in
// capitals in action, people spoken to or introducing themselves in dialogue, their surnames, nicknames and
// misspellings), the words it writes in lower case (so "Wrong" at a line start is a word, not a name), its page
// furniture (a header repeated on every page, the credits of a title page read as action), its own act and song
// markers, and whether it is a musical (whose lyric lines are its own). Every pass here is one linear scan of the
// text.

import type { Script, ScriptElement } from '../script/model';
import { NOT_ITEMS } from './lexicon';

/** What the script says about itself. */
export interface ScriptFacts {
  /** Upper-case names and name words of the characters ("MARA", "MARA VANCE", "VANCE"). */
  characters: Set<string>;
  /** Lower-case words the script writes in lower case somewhere ("wrong", "king", "rule"). */
  lowerWords: Set<string>;
  /** Words written in capitals inside mixed-case action ("ZIMMERFIELD", "BUZZER"). */
  capitalsInProse: Set<string>;
  /** Elements that are page furniture, act or song markers: never read for items. */
  skipped: Set<ScriptElement>;
  /** More lyric lines than a scene of someone singing a real song: the lyrics are the script's own. */
  musical: boolean;
  /**
   * Surnames written once, in speech, after a character's first name ("Kelly Clarkson" when KELLY is a cue): a real
   * namesake as often as the character's own surname (filled in by learnSurnames).
   */
  namesakes: Set<string>;
}

// Words in a cue that are not names ("OLD MAN", "THE DOCTOR", "MR. HALE").
const CUE_NOT_NAME =
  /^(?:MR|MRS|MS|DR|THE|OLD|YOUNG|LITTLE|BIG|MAN|WOMAN|GUY|GIRL|BOY|AND|OF|V\.?O|O\.?S|CONT'?D)$/;
// A line repeated this often outside dialogue is furniture (a page header or footer), not the story.
const FURNITURE_REPEATS = 3;
// Longer lines are story text even when repeated.
const FURNITURE_MAX_LENGTH = 120;
// A script with more lyric lines than this is a musical: its lyrics are its own, not a real song to clear.
const MUSICAL_LYRIC_LINES = 20;
// Act, song and part markers ("ACT ONE", "SONG 4: HOME AGAIN", "END OF COLD OPEN", "THE END"), in capitals.
const MARKER =
  /^(?:(?:END OF |START OF )?(?:ACT|PART|CHAPTER|EPISODE|SONG|NUMBER|BOOK|REEL|SCENE|TEASER|COLD OPEN|TAG|PROLOGUE|EPILOGUE|INTERMISSION|ENTR'?ACTE|FINALE|OVERTURE|SHOW)\b[^a-z]*|THE END\W*|FADE (?:IN|OUT)\W*)$/;
// A name introduced in capitals in action ("SAMMY Fletcher, 20s", "WALTER MAST, 40's", "This is FARAH Black."):
// screenplay convention. Sign text ("a door marked HOFF AND SPIRNHOLD") runs on and is not taken. At most four
// words, so a long run of capitals cannot make the match backtrack over the whole run.
const INTRODUCED =
  /(?<![\p{L}'’])\p{Lu}{2,}(?:[ ](?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)){0,3}(?=\s*(?:[,(.]|$|\n| and \p{Ll}* ?\p{Lu}{2}))/gu;
// A word in capitals inside a line of mixed case ("the rotund ZIMMERFIELD grins"): a character's first appearance,
// a sound or a prop. A lone capitalised word the script also writes so is one of them, not a real name.
const CAPITAL_IN_PROSE = /(?<![\p{L}'’])\p{Lu}{3,}(?![\p{L}'’])/gu;
// A credit on a title page read as action ("Based on a story by", "Written by Peter Stone"): the line, and the
// names on the line after a credit that ends in "by", are the writers, not names to check.
const CREDIT = '(?:written|screenplay|teleplay|story|created|adapted|directed|based on [^\\n]{0,60}?)\\s+by';
const CREDIT_BEFORE_NAMES = new RegExp(`^(?:${CREDIT}|by)$`, 'i');
const CREDIT_WITH_NAMES = new RegExp(`^${CREDIT}\\s+\\S`, 'i');
const TITLE_PAGE_LINE =
  /^\s*(?:Title|Credit|Author|Authors|Source|Draft date|Date|Contact|Copyright|Notes|Revision|Written by)\s*:/i;
// Capitals in action that are stage words, not names being introduced.
const NOT_NAMES = new Set([...NOT_ITEMS].map((w) => w.toUpperCase()));
// Capitals with small words in them are shouted action ("ACROSS THE STREET.", "HOFF AND SPIRNHOLD"), not a name.
const SHOUTED =
  /(?:^| )(?:THE|OF|AND|IS|ARE|WAS|A|AN|TO|IN|ON|AT|OUT|UP|DOWN|ACROSS|INTO|WITH|FOR|HIS|HER|IT|ALL|OVER|OFF|BY)(?: |$)/;
// "Lydia Spring, 24,", "SAMMY Fletcher (20s)", "Walter, late 40's.": up to three capitalised words, then a comma or
// a bracket, then an age ("Defender 90" is a model, not an age).
const WITH_AGE =
  /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){0,2})(?:, | \()(?:early |mid-?|late )?\d{1,2}(?:['’]?s)?\)?(?=[,.;)])/gu;
const HAS_DIGIT = /\d/;
// A cheap test before ADDRESSED: most lines have no comma before a capital and no self-introduction.
const ADDRESSED_HINT = /, \p{Lu}|I'm \p{Lu}|I am \p{Lu}|name is|all me/u;
const HAS_LOWER = /\p{Ll}/u;
const PROSE = new Set(['action', 'dialogue', 'parenthetical', 'lyrics']);
// Someone spoken to or introducing themselves in dialogue is in the scene, so one of the script's people: "Hey,
// Fred!", "Listen, Betty.", "Thank you, Gracy.", "My name is Roger Murdock", "I'm Lisa." A real person to check is
// talked about, not talked to.
const ADDRESSED =
  /\b(?:Hey|Hi|Hello|Oh|Listen|Look|Thanks|Thank you|Yes|No|Okay|OK|Well|Bye|Goodbye|Good-bye|Goodnight|Sorry|Please|Come on|Excuse me|Ah|Now|Right|Sure),\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?=\s*[,.!?])|\b(?:[Mm]y name is|I'm|I am|[Cc]all me)\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)(?=\s*[,.!?]|$)/gu;
// No look-behind (it costs a test at every position): a match inside a capitalised word ("cme" in "Acme") only adds
// a fragment no name equals.
const WORD_LOWER = /\p{Ll}[\p{Ll}'’-]*/gu;

function cueNames(el: ScriptElement): string[] {
  return (el.name ?? el.text)
    .toUpperCase()
    .replace(/\s*\(.*$/s, '')
    .split(/\s*(?:\/|&|\bAND\b)\s*/)
    .flatMap((n) => {
      // "MADMAN [SHARPE]": the name in brackets is the actor's character too.
      const bracket = /\[([^\]]{1,60})\]/.exec(n);
      return bracket ? [n.replace(/\s*\[.*$/, ''), bracket[1]] : [n];
    })
    .map((n) => n.trim())
    .filter(Boolean);
}

function addName(names: Set<string>, name: string, keep: (word: string) => boolean = () => true): void {
  names.add(name);
  for (const w of name.split(/[\s.]+/)) {
    const bare = w.replace(/['’]S$/, '');
    if (bare.length > 1 && !CUE_NOT_NAME.test(bare) && keep(bare)) names.add(bare);
  }
}

function normalisedLine(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Reads what the script knows about itself (see ScriptFacts). `knownInCapitals` says whether a word in capitals is
 * a known brand, place or title (so "Mom's PORSCHE" is not taken for a character).
 */
export function readScriptFacts(
  script: Script,
  knownInCapitals: (word: string) => boolean = () => false,
): ScriptFacts {
  const characters = new Set<string>();
  const skipped = new Set<ScriptElement>();
  const lines = new Map<string, ScriptElement[]>();
  let lyricLines = 0;
  let credited = false;
  for (const el of script.elements) {
    if (el.type === 'character') {
      // A known name in a longer cue says who the character works for ("BBC ANNOUNCER", "FBI AGENT"); a cue that is
      // only a known name is the character's own ("AUSTIN").
      for (const n of cueNames(el)) addName(characters, n, (w) => w === n || !knownInCapitals(w));
      continue;
    }
    if (el.type === 'lyrics') lyricLines += el.text.split('\n').length;
    const trimmed = el.text.trim();
    if (el.type === 'action' || el.type === 'centered') {
      if (credited || CREDIT_WITH_NAMES.test(trimmed)) skipped.add(el);
      credited = CREDIT_BEFORE_NAMES.test(trimmed);
    } else credited = false;
    if (el.type !== 'dialogue' && el.type !== 'lyrics' && trimmed.length <= FURNITURE_MAX_LENGTH) {
      if (el.type !== 'scene_heading' && MARKER.test(trimmed) && trimmed === trimmed.toUpperCase())
        skipped.add(el);
      // Furniture worth leaving out carries a page number or a date; lines without digits are not compared.
      const key = HAS_DIGIT.test(trimmed) ? normalisedLine(trimmed) : '';
      if (key) {
        const same = lines.get(key);
        if (same) same.push(el);
        else lines.set(key, [el]);
      }
    }
    // Only inside a sentence of mixed case: a line all in capitals ("THE STREETS OF", "A HOSPITAL") is a slug or a
    // shot, not a character being introduced.
    if (
      el.type === 'action' &&
      !skipped.has(el) &&
      !TITLE_PAGE_LINE.test(el.text) &&
      HAS_LOWER.test(el.text)
    ) {
      for (const m of el.text.matchAll(INTRODUCED)) {
        const name = m[0].toUpperCase();
        // "KING JAMES, THE FIRST OF ENGLAND": the place in a title is not a name word.
        if (!NOT_NAMES.has(name) && !knownInCapitals(name) && !SHOUTED.test(name))
          addName(characters, name, (w) => !knownInCapitals(w) && !NOT_NAMES.has(w));
      }
      // A name followed by an age is a character being introduced, in any case ("Lydia Spring, 24,").
      for (const m of el.text.matchAll(WITH_AGE)) {
        const name = m[1].toUpperCase();
        if (!knownInCapitals(name))
          addName(characters, name, (w) => !knownInCapitals(w) && !NOT_NAMES.has(w));
      }
    }
    if (el.type === 'dialogue' && ADDRESSED_HINT.test(el.text))
      for (const m of el.text.matchAll(ADDRESSED)) {
        const name = (m[1] ?? m[2]).toUpperCase();
        if (!knownInCapitals(name) && !NOT_NAMES.has(name))
          addName(characters, name, (w) => !knownInCapitals(w) && !NOT_NAMES.has(w));
      }
    // A title page the parser read as action ("Author: Nolan Brubaker", "Draft date: 5/24/2013") is not the story.
    if (el.type === 'action' && TITLE_PAGE_LINE.test(el.text)) skipped.add(el);
  }
  const capitalsInProse = new Set<string>();
  for (const el of script.elements) {
    if (el.type !== 'action' || skipped.has(el) || !/\p{Ll}/u.test(el.text)) continue;
    for (const m of el.text.matchAll(CAPITAL_IN_PROSE)) if (!knownInCapitals(m[0])) capitalsInProse.add(m[0]);
  }
  for (const same of lines.values())
    if (same.length >= FURNITURE_REPEATS) for (const el of same) skipped.add(el);
  // Only prose counts: cues and headings are often typed in lower case under a capitals style (FDX).
  const lowerWords = new Set<string>();
  for (const el of script.elements) {
    if (!PROSE.has(el.type)) continue;
    for (const m of el.text.matchAll(WORD_LOWER)) {
      const w = m[0];
      lowerWords.add(w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);
    }
  }
  return {
    characters,
    lowerWords,
    capitalsInProse,
    skipped,
    musical: lyricLines > MUSICAL_LYRIC_LINES,
    namesakes: new Set(),
  };
}

/** Whether a word ("Mara", "MARA’S", "Jays") is a character's name or name word, or a nickname of one ("Roz"). */
export function isCharacterWord(word: string, characters: Set<string>): boolean {
  // Called for every capitalised word of a script: string ends are cut by hand rather than by regex.
  let upper = word.toUpperCase();
  if (upper.endsWith("'S") || upper.endsWith('’S')) upper = upper.slice(0, -2);
  else if (upper.endsWith('.')) upper = upper.slice(0, -1);
  if (characters.has(upper)) return true;
  // "Jays" (a possessive written without its apostrophe) is the character JAY.
  if (upper.endsWith('S') && characters.has(upper.slice(0, -1))) return true;
  return false;
}

/** Whether a lone word is a short form of a character's name ("Roz" for ROSALIND, "Abe" for ABED). */
export function isNickname(word: string, characters: Set<string>): boolean {
  const upper = word.toUpperCase();
  if (upper.length < NICKNAME_MIN_LENGTH) return false;
  for (const c of characters) {
    if (c.includes(' ')) continue;
    if (c.length > upper.length && c.startsWith(upper)) return true;
    // The long form of a short cue ("Shagspeare" for SHAG) is the same character.
    if (c.length >= LONG_FORM_MIN_LENGTH && upper.length > c.length && upper.startsWith(c)) return true;
  }
  return false;
}

// A cue this long is a name, not a syllable: "SHAG" in "Shagspeare" is the character, "AL" in "Alabama" is not.
const LONG_FORM_MIN_LENGTH = 4;

// Shorter prefixes ("Al", "Ed") match too many unrelated names.
const NICKNAME_MIN_LENGTH = 3;

// Names this long are distinct enough that one slip of the keyboard away ("Pendrick" for PRENDICK) is the same name;
// shorter ones ("Dan", "Don") are different people.
const MISSPELLING_MIN_LENGTH = 6;

/**
 * Whether a lone word is a character's name with one letter wrong, missing or added, or with its letters in another
 * order after the first ("Pendrick" for PRENDICK).
 */
export function isMisspelling(word: string, characters: Set<string>): boolean {
  const upper = word.toUpperCase();
  if (upper.length < MISSPELLING_MIN_LENGTH) return false;
  const letters = sortedLetters(upper);
  for (const c of characters) {
    if (Math.abs(c.length - upper.length) > 1 || c.includes(' ')) continue;
    if (
      oneEditApart(c, upper) ||
      (c[0] === upper[0] && c.length === upper.length && sortedLetters(c) === letters)
    )
      return true;
  }
  return false;
}

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

/** One substitution, insertion, deletion or swap of neighbours turns `a` into `b` (and they differ). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length)
    return (
      rest(a, i + 1) === rest(b, i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2))
    );
  return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}
