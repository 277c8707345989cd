// The suggestions engine as it was before issue 17 (commit 172bd63), kept only as the benchmark anchor: the bench
// prints the new engine's time beside this one's on the same script. Not used by the extension.
// The suggestions engine: reads a draft the way a clearance reader does and proposes items to check (phone numbers
// outside 555-01xx, web addresses, names that are not the script's characters, brands, places, titles, years, dates,
// figures), one suggestion per item with its first place in the text.

import type { FlagCategory } from '../../../../lib/factcheck/types';
import { elementIndexAt } from '../../../../lib/anchoring/selectors';
import type { Script, ScriptElement } from '../../../../lib/script/model';
import {
  BRAND_ENDINGS,
  KNOWN_BRANDS,
  KNOWN_PLACES,
  MONTHS,
  NOT_ITEMS,
  PERSON_TITLES,
  PLACE_WORDS,
} from './lexicon';

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
}

/** What to leave out: dismissed keys, and flagged stretches and items. */
export interface SuggestOptions {
  dismissed?: Iterable<string>;
  flagged?: { start: number; end: number; item: string }[];
}

/** The key an item is remembered by: lower-case, single spaces, no possessive 's or edge punctuation. */
export function suggestionKey(item: string): string {
  return item
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”([]+|[\s"'“”)\].,;:!?]+$/g, '')
    .replace(/'s$/, '')
    .trim();
}

interface Hit {
  start: number;
  end: number;
  category: FlagCategory;
  reason: string;
}

// Element kinds whose words are the script's own text (not cues, transitions or notes to the writer).
const READ_KINDS = new Set(['action', 'dialogue', 'parenthetical', 'lyrics', 'centered', 'scene_heading']);

const PHONE = /(?<![\w$.])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])?\d{3}[-. ]\d{4}(?![\w-])/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const DOMAIN = /\b[a-z0-9][a-z0-9-]*\.(?:com|net|org|edu|gov|io|tv|biz|info|co\.uk)\b/gi;
const PLATE =
  /\b(?:plates?|licen[cs]e|registration|tags?)\b[^.\n]{0,30}?\b((?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})\b/g;
const YEAR = /(?<![\w$.,:/-])(?:1[5-9]\d\d|20\d\d)(?:'?s)?(?![\w%:/]|,\d)/g;
const DATE_NUMERIC = /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/g;
const MONTH_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?\b/g;
const MONEY = /\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand|grand|k)\b)?/gi;
const PERCENT = /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/gi;
const BIG_NUMBER = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\s(?:million|billion|trillion)\b/gi;
const MEASURE =
  /\b\d[\d,]*(?:\.\d+)?\s?(?:miles|mile|feet|foot|ft|meters|metres|kilometers|kilometres|km|mph|kph|pounds|lbs|kilos|kg|tons|tonnes|degrees|volts|watts|calories|acres|gallons|liters|litres|ounces|carats|knots|light[- ]years|milligrams|mg|cc)\b/gi;
const RATIO =
  /\b(?:one|two|three|\d+)\s(?:in|out of)\s(?:three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\b|\b\d+\sout of\s\d+\b/gi;
// A run of capitalised words ("Acme Cola", "Dr. Hale", "McDonald's"), joined by spaces, hyphens or "of"/"de"/"&".
const CAPS =
  /(?<![\p{L}\p{N}'’])(?:Mc|Mac|O['’]|i|e)?\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’-]*\.?(?:[ ](?:(?:of|de|da|del|van|von|la|le|and|&)[ ])?(?:(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’-]*\.?|\p{Lu}\.|\d{1,4}\b))*/gu;
const QUOTED = /["“]([^"“”\n]{2,80})["”]/g;

const JOINERS = /^(?:of|de|da|del|van|von|la|le|and|&)$/;
const NAME_KINDS = new Set(['action', 'dialogue', 'parenthetical', 'lyrics', 'centered']);
const ALL_CAPS_WORD = /\b[A-Z][A-Z'’-]{2,}\b/g;
const KNOWN_UPPER = new Map<string, FlagCategory>([
  ...[...KNOWN_PLACES].map((p) => [p.toUpperCase(), 'place'] as [string, FlagCategory]),
  ...[...KNOWN_BRANDS].map((b) => [b.toUpperCase(), 'brand'] as [string, FlagCategory]),
]);

function plain(w: string): string {
  return w.replace(/['’]s$/, '').replace(/\.$/, '');
}

function isCharacterWord(word: string, characters: Set<string>): boolean {
  return characters.has(
    word
      .toUpperCase()
      .replace(/['’]S$/, '')
      .replace(/\.$/, ''),
  );
}

/** Whether the text before `at` ends a sentence (or is the start of its element or of a quotation). */
function sentenceStart(text: string, at: number, elementStart: number): boolean {
  if (at <= elementStart) return true;
  const before = text.slice(Math.max(elementStart, at - 4), at);
  return /(?:^|[.!?…:;—-]["”')]?\s+|\n\s*|["“(]\s*|--\s*)$/.test(before);
}

const PLACE_BEFORE =
  /\b(?:in|at|near|outside|inside|toward|towards|into|across|through|around|downtown|from|visit|visiting|to)\s+(?:the\s+)?$/;

function classifyName(phrase: string, text: string, at: number): { category: FlagCategory; reason: string } {
  const words = phrase.replace(/['’]s$/, '').split(/\s+/);
  const bare = words.map((w) => w.replace(/\.$/, ''));
  const last = bare[bare.length - 1];
  const whole = phrase.replace(/['’]s$/, '');
  if (KNOWN_BRANDS.has(whole) || KNOWN_BRANDS.has(bare[0]))
    return { category: 'brand', reason: 'brand name' };
  if (KNOWN_PLACES.has(whole)) return { category: 'place', reason: 'place name' };
  if (PERSON_TITLES.has(bare[0]) && bare.length > 1)
    return { category: 'person', reason: 'name with a title' };
  if (BRAND_ENDINGS.has(last) && bare.length > 1) return { category: 'brand', reason: 'business name' };
  if (bare.some((w) => PLACE_WORDS.has(w)) && bare.length > 1)
    return { category: 'place', reason: 'place or address' };
  if (/\p{Ll}\p{Lu}/u.test(whole.replace(/^(?:Mc|Mac|O['’])/, '')))
    return { category: 'brand', reason: 'brand-like name' };
  if (
    PLACE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) &&
    !/\b(?:to|from)\s+$/.test(text.slice(at - 6, at))
  ) {
    return { category: 'place', reason: 'place name' };
  }
  return { category: 'person', reason: 'name not among the characters' };
}

const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Ft|Co|Inc|Lt|Sgt|Capt|Col|Gen|Rev|Det|Prof|\p{Lu})\.$/u;
const LEADING_NOT_NAME =
  /^(?:The|A|An|This|That|These|Those|When|Then|As|If|In|On|At|And|But|So|Which|What|Whose|Every|Last|Next|Our|My|His|Her|Their|Your|Its|We|You|He|She|They|It)$/;

/** Capitalised phrases in `text` (the whole script text) that are not the script's characters. */
function nameHits(script: Script, characters: Set<string>, out: Hit[]): void {
  const text = script.text;
  const els = script.elements;
  for (const m of text.matchAll(CAPS)) {
    const el = els[elementIndexAt(script, m.index)];
    if (!el || !NAME_KINDS.has(el.type)) continue;
    let words = m[0].split(' ');
    // A sentence ends at a period that is not an abbreviation ("Bon Jovi. That" is "Bon Jovi").
    const stop = words.findIndex((w, i) => i < words.length - 1 && w.endsWith('.') && !ABBREVIATION.test(w));
    if (stop >= 0) words = words.slice(0, stop + 1);
    let at = m.index;
    // A sentence's first word is capitalised anyway: drop it unless the phrase is a longer name ("Acme Cola").
    if (sentenceStart(text, at, el.start)) {
      if (words.length === 1) continue;
      if (
        NOT_ITEMS.has(plain(words[0])) ||
        LEADING_NOT_NAME.test(words[0]) ||
        PERSON_TITLES.has(plain(words[1]))
      ) {
        at += words[0].length + 1;
        words = words.slice(1);
      }
    }
    // Trailing joiners and numbers left by the greedy match ("Cola and") are not part of the name.
    while (
      words.length > 1 &&
      (JOINERS.test(words[words.length - 1]) || /^\d+$/.test(words[words.length - 1]))
    )
      words.pop();
    if (words.length > 1 || !ABBREVIATION.test(words[0]))
      words[words.length - 1] = words[words.length - 1].replace(/[.'’-]+$/, (t) =>
        ABBREVIATION.test(words[words.length - 1]) ? t : '',
      );
    if (words.every((w) => NOT_ITEMS.has(plain(w)) || JOINERS.test(w) || isCharacterWord(w, characters)))
      continue;
    if (words.length === 1 && (MONTHS.has(words[0].toLowerCase()) || words[0].length < 2)) continue;
    const phrase = words.join(' ');
    const cls = classifyName(phrase, text, at);
    // A character's first or last name ("Mara Vance" when MARA is a cue) is the character.
    if (cls.category === 'person' && words.length <= 2 && words.some((w) => isCharacterWord(w, characters)))
      continue;
    if (cls.category === 'person' && words.length === 1 && PERSON_TITLES.has(plain(words[0]))) continue;
    out.push({ start: at, end: at + phrase.length, ...cls });
  }
}

/** Known brands and places written in capitals in action ("Mom's PORSCHE"), which the name pass cannot see. */
function capitalHits(script: Script, out: Hit[]): void {
  for (const m of script.text.matchAll(ALL_CAPS_WORD)) {
    if (m.index === undefined) continue;
    const known = KNOWN_UPPER.get(m[0]);
    if (!known) continue;
    const el = script.elements[elementIndexAt(script, m.index)];
    if (!el || (el.type !== 'action' && el.type !== 'dialogue')) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: known,
      reason: known === 'brand' ? 'brand name' : 'place name',
    });
  }
}

function patternHits(el: ScriptElement, out: Hit[]): void {
  const text = el.text;
  const add = (
    re: RegExp,
    category: FlagCategory,
    reason: string,
    keep?: (m: RegExpMatchArray) => boolean,
    group = 0,
  ) => {
    for (const m of text.matchAll(re)) {
      if (keep && !keep(m)) continue;
      const s = m.index + (group ? m[0].indexOf(m[group]) : 0);
      const len = m[group].length;
      out.push({ start: el.start + s, end: el.start + s + len, category, reason });
    }
  };
  if (/\d/.test(text)) {
    add(PHONE, 'phone', 'phone number outside 555-01xx', (m) => !/555[-. ]01\d\d$/.test(m[0]));
    add(PLATE, 'plate', 'licence plate', undefined, 1);
    add(DATE_NUMERIC, 'number', 'date');
    add(MONTH_DATE, 'number', 'date');
    add(YEAR, 'number', 'year');
    add(MONEY, 'number', 'sum of money');
    add(PERCENT, 'number', 'statistic');
    add(BIG_NUMBER, 'number', 'figure');
    add(MEASURE, 'number', 'figure with a unit');
  }
  if (/\bin\b|\bout of\b/.test(text)) add(RATIO, 'number', 'statistic');
  if (/[@]|www\.|https?:|\.(?:com|net|org|edu|gov|io|tv|biz|info|uk)\b/i.test(text)) {
    add(URL, 'web', 'web address');
    add(EMAIL, 'web', 'e-mail address');
    add(DOMAIN, 'web', 'web address', (m) => !/[@./]/.test(text[(m.index ?? 0) - 1] ?? ''));
  }
  if (el.type === 'scene_heading') return;
  if (/["“]/.test(text)) {
    for (const m of text.matchAll(QUOTED)) {
      const inner = m[1].trim();
      const words = inner.split(/\s+/);
      const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      const s = el.start + m.index + m[0].indexOf(m[1]);
      if (capped >= Math.ceil(words.length * 0.6) && words.length <= 8 && !/[.!?,]$/.test(inner)) {
        out.push({ start: s, end: s + m[1].length, category: 'title', reason: 'title in quotes' });
      } else if (el.type === 'action' && words.length >= 4) {
        out.push({ start: s, end: s + m[1].length, category: 'quote', reason: 'quotation' });
      }
    }
  }
  for (const st of el.styles ?? []) {
    if (st.style !== 'italic' && st.style !== 'underline') continue;
    const inner = text.slice(st.start, st.end);
    const words = inner.trim().split(/\s+/);
    const capped = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (words.length > 6 || capped < Math.ceil(words.length * 0.6) || /[.!?,]$/.test(inner.trim())) continue;
    out.push({
      start: el.start + st.start,
      end: el.start + st.end,
      category: 'title',
      reason: 'title in italics',
    });
  }
  if (el.type === 'lyrics' && text.trim()) {
    const line = text.split('\n')[0];
    out.push({ start: el.start, end: el.start + line.length, category: 'quote', reason: 'lyrics' });
  }
}

/** Upper-case names of the script's characters and each word of them ("MARA", "MARA VANCE", "VANCE"). */
export function characterNames(script: Script): Set<string> {
  const names = new Set<string>();
  for (const el of script.elements) {
    if (el.type !== 'character') continue;
    const name = (el.name ?? el.text)
      .toUpperCase()
      .replace(/\s*\(.*$/, '')
      .trim();
    if (!name) continue;
    names.add(name);
    for (const w of name.split(/[\s.]+/))
      if (w.length > 1 && !/^(?:MR|MRS|MS|DR|THE|OLD|YOUNG|LITTLE|BIG)$/.test(w)) names.add(w);
  }
  return names;
}

/**
 * Proposes items to check in `script`, one per item (by key), in text order, leaving out dismissed keys, items
 * already flagged, and anything overlapping a flag. Linear in the script's length.
 */
export function suggestItems(script: Script, options: SuggestOptions = {}): Suggestion[] {
  const characters = characterNames(script);
  const hits: Hit[] = [];
  for (const el of script.elements) if (READ_KINDS.has(el.type) && el.text) patternHits(el, hits);
  nameHits(script, characters, hits);
  capitalHits(script, hits);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const dismissed = new Set(options.dismissed ?? []);
  const flagged = options.flagged ?? [];
  for (const f of flagged) dismissed.add(suggestionKey(f.item));
  const byKey = new Map<string, Suggestion>();
  let coveredTo = -1;
  for (const h of hits) {
    // A hit inside an earlier, longer one ("1965" inside "June 3, 1965") is the same item.
    if (h.start < coveredTo) continue;
    coveredTo = h.end;
    const item = script.text.slice(h.start, h.end);
    const key = suggestionKey(item);
    if (!key || dismissed.has(key)) continue;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
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
    });
  }
  return [...byKey.values()];
}
