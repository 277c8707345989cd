// Items found by their shape rather than by name: phone numbers outside 555-01xx, web and e-mail addresses, licence
// plates, dates (also in capitals), years, sums, statistics and figures (also in words: "eight children"). Every
// pattern here runs over untrusted page text, so each is linear: bounded repeats, no nested unbounded quantifiers
// that can fail after a long run, and e-mail addresses found from their "@" rather than by scanning every word.

import type { FlagCategory } from './types';
import type { ScriptElement } from '../script/model';

/** One place in the script text that may be an item, with how sure the engine is (0..1). */
export interface Hit {
  start: number;
  end: number;
  category: FlagCategory;
  reason: string;
  confidence: number;
  /** The story's own text (a sign's words): covers the hits inside it and is never proposed itself. */
  hides?: boolean;
}

// How sure each shape is. Contact details and addresses are almost always worth a call; a bare year or a count in
// words is often just the story's own arithmetic.
const SURE = 0.95;
const LIKELY = 0.8;
const FAIR = 0.65;
const WEAK = 0.55;

// Web addresses run to the next space; the cap keeps a pathological run from being matched in pieces of its length.
const MAX_URL = 2000;
const PHONE = /(?<![\w$.])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])?\d{3}[-. ]\d{4}(?![\w-])/g;
const URL = new RegExp(String.raw`\b(?:https?:\/\/|www\.)[^\s<>"“”]{0,${MAX_URL}}[^\s<>"“”.,;:!?)\]]`, 'gi');
const DOMAIN =
  /(?<![\w@./-])[a-z0-9][a-z0-9-]{0,62}\.(?:com|net|org|edu|gov|io|tv|biz|info|co\.uk)(?![\w-]|\.[a-z])/gi;
const HANDLE = /(?<![\w@.])@[A-Za-z_][A-Za-z0-9_]{1,29}\b(?!\.[a-z])/g;
const PLATE =
  /\b(?:plates?|licen[cs]e|registration|tags?)\b[^.\n]{0,30}?\b((?=[A-Z0-9-]{0,9}\d)(?=[A-Z0-9-]{0,9}[A-Z])[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})\b/g;
// A four-digit time on the 24-hour clock ("1609 hours") or a count ("1800 people", "1999 bucks") is not a year.
const YEAR =
  /(?<![\w$.,:/-])(?:1[5-9]\d\d|20\d\d)(?:'?s)?(?![\w%:/]|,\d| ?(?:hours|hrs|people|men|women|kids|children|dollars|bucks|pounds|euros|copies|units|troops|soldiers|times|pieces|rounds|votes|points|yards|horses|head of)\b)/g;
const DECADE = /(?<![\w$.,:/-])['‘’](?:[2-9]0)s\b/g;
const DATE_NUMERIC = /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/g;
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_SHORT =
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?`;
const MONTH_DATE = new RegExp(
  String.raw`\b(?:${MONTH}|${MONTH_SHORT}|${MONTH.toUpperCase()})\s+${DAY}(?:,?\s+\d{4})?\b|\b${DAY}\s+(?:of\s+)?(?:${MONTH}|${MONTH.toUpperCase()})(?:,?\s+\d{4})?\b`,
  'g',
);
const MONEY = /\$\s?\d[\d,]{0,20}(?:\.\d{1,4})?(?:\s?(?:million|billion|trillion|thousand|grand|k)\b)?/gi;
const PERCENT = /\b\d{1,9}(?:\.\d{1,6})?\s?(?:%|percent\b|per cent\b)/gi;
const BIG_NUMBER =
  /\b\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?\b|\b\d{1,9}(?:\.\d{1,6})?\s(?:million|billion|trillion)\b/gi;
const MEASURE =
  /\b\d[\d,]{0,20}(?:\.\d{1,6})?\s?(?:miles|mile|feet|foot|ft|meters|metres|kilometers|kilometres|km|mph|kph|pounds|lbs|kilos|kg|tons|tonnes|degrees|volts|watts|calories|acres|gallons|liters|litres|ounces|carats|knots|light[- ]years|milligrams|mg|cc)\b/gi;
const RATIO =
  /\b(?:one|two|three|\d{1,9})\s(?:in|out of)\s(?:three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\b|\b\d{1,9}\sout of\s\d{1,9}\b/gi;
// Counts in words of things a researcher checks ("eight children", "two hundred soldiers", "ten thousand dollars").
// Small counts start at five and name a family or a tally ("eight children", "six albums"): a few people in a scene
// ("Five kids walk past", "six men didn't return") are staging, and are counts to check only by the hundred. Sums and
// distances in words need a hundred or more ("five dollars" is small change); shares are statistics at any size.
const SMALL_COUNT =
  '(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
// "a million miles away", "a million dollars" are manners of speaking: a big count names its multiplier.
const BIG_COUNT =
  '(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|' +
  'seventy|eighty|ninety|several)\\s(?:hundred|thousand|million|billion)|(?:hundreds|thousands|millions|billions)\\sof)';
const TALLIED =
  'children|sons|daughters|wives|husbands|deaths|dead|victims|casualties|murders|patients|employees|votes|voters|' +
  'species|languages|countries|states|books|novels|films|movies|albums|songs|records|awards|medals|goals|' +
  'home runs|touchdowns';
const PEOPLE_PRESENT = 'kids|people|men|women|soldiers|troops|workers|students';
const WORD_COUNT = new RegExp(
  String.raw`\b(?:(?:${SMALL_COUNT}|${BIG_COUNT})\s(?:${TALLIED})|${BIG_COUNT}\s(?:${PEOPLE_PRESENT})|${BIG_COUNT}\s(?:dollars|pounds|euros|miles|acres|percent|per cent)|${SMALL_COUNT}\s(?:percent|per cent))\b`,
  'gi',
);
// A cheap test before the long count pattern: most lines have no count word at all.
const COUNT_HINT =
  /(?:five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|thousand|million|billion)\s/i;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
// The longest local part an address may have (RFC 5321); scanning further back from "@" finds nothing valid.
const MAX_EMAIL_LOCAL = 64;
const MAX_EMAIL_DOMAIN = 255;

/** E-mail addresses, found from each "@" by bounded scans to either side (linear however the text is built). */
function emailHits(text: string, base: number, out: Hit[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < MAX_EMAIL_LOCAL && EMAIL_LOCAL.test(text[s - 1])) s--;
    while (s < at && !/\w/.test(text[s])) s++;
    if (s === at) continue;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 1 + MAX_EMAIL_DOMAIN));
    if (!domain) continue;
    const end = at + 1 + domain[0].replace(/[.-]+$/, '').length;
    out.push({
      start: base + s,
      end: base + end,
      category: 'web',
      reason: 'e-mail address',
      confidence: SURE,
    });
  }
}

/** The reason a sum of money in figures is proposed (suggest.ts leaves out the story's own, named often). */
export const SUM_OF_MONEY = 'sum of money';

// Sums under this, in figures or words, are prices and tips of the story ("$5", "a $20 bill"), not figures to check.
const SMALL_CHANGE = 100;

/** Whether a sum in figures is small change: under SMALL_CHANGE dollars and without "million" or "thousand". */
function smallChange(sum: string): boolean {
  if (/[a-z]/i.test(sum)) return false;
  return Number(sum.replace(/[$,\s]/g, '')) < SMALL_CHANGE;
}

// A share of a hundred percent or more is a manner of speaking ("feeling 100%", "four hundred percent harder"), not
// a statistic.
const WHOLE_SHARE = 100;
const HUNDREDFOLD_IN_WORDS = /\b(?:hundred|thousand|million|billion)\s+(?:percent|per cent)\b/i;

/** Whether a share in figures or words is a hundred percent or more. */
function hyperbole(share: string): boolean {
  if (HUNDREDFOLD_IN_WORDS.test(share)) return true;
  const figure = /^\d[\d.]*/.exec(share);
  return !!figure && Number(figure[0]) >= WHOLE_SHARE && /%|per ?cent/i.test(share);
}

/** Items found by shape in one element's text. */
export function patternHits(el: ScriptElement, out: Hit[]): void {
  const text = el.text;
  const add = (
    re: RegExp,
    category: FlagCategory,
    reason: string,
    confidence: number,
    keep?: (m: RegExpMatchArray) => boolean,
    group = 0,
  ) => {
    for (const m of text.matchAll(re)) {
      if (keep && !keep(m)) continue;
      const s = m.index + (group ? m[0].indexOf(m[group]) : 0);
      // A figure at the end of a clause keeps its digits, not the comma after them ("$250,000, and").
      const length = m[group].replace(/[,.]+$/, '').length;
      out.push({ start: el.start + s, end: el.start + s + length, category, reason, confidence });
    }
  };
  if (/\d/.test(text)) {
    add(PHONE, 'phone', 'phone number outside 555-01xx', SURE, (m) => !/555[-. ]01\d\d$/.test(m[0]));
    add(PLATE, 'plate', 'licence plate', LIKELY, undefined, 1);
    add(DATE_NUMERIC, 'number', 'date', LIKELY);
    add(MONTH_DATE, 'number', 'date', LIKELY);
    add(YEAR, 'number', 'year', FAIR);
    add(DECADE, 'number', 'decade', WEAK);
    add(MONEY, 'number', SUM_OF_MONEY, LIKELY, (m) => !smallChange(m[0]));
    add(PERCENT, 'number', 'statistic', LIKELY, (m) => !hyperbole(m[0]));
    add(BIG_NUMBER, 'number', 'figure', LIKELY);
    add(MEASURE, 'number', 'figure with a unit', FAIR);
  }
  if (/\bin\b|\bout of\b/.test(text)) add(RATIO, 'number', 'statistic', FAIR);
  if (COUNT_HINT.test(text)) add(WORD_COUNT, 'number', 'figure in words', WEAK, (m) => !hyperbole(m[0]));
  if (text.includes('@')) {
    emailHits(text, el.start, out);
    add(HANDLE, 'web', 'social media handle', LIKELY);
  }
  webHits(el, out);
}

/** Web addresses, e-mail addresses and handles in one element's text. */
export function webHits(el: ScriptElement, out: Hit[]): void {
  const text = el.text;
  const add = (re: RegExp, reason: string, confidence: number) => {
    for (const m of text.matchAll(re))
      out.push({
        start: el.start + m.index,
        end: el.start + m.index + m[0].length,
        category: 'web',
        reason,
        confidence,
      });
  };
  if (/www\.|https?:|\.(?:com|net|org|edu|gov|io|tv|biz|info|uk)\b/i.test(text)) {
    add(URL, 'web address', SURE);
    add(DOMAIN, 'web address', SURE);
  }
}
