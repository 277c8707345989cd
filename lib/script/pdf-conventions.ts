// What a printed line says by its words rather than its place: scene headings in the conventions of the languages
// scripts are written in, transitions, and the text of a character cue. Position is judged in pdf-elements.

/**
 * Scene heading openings, as printed: English (INT./EXT./EST., I/E), French and Spanish (INTÉRIEUR, EXTERIOR...),
 * German (INNEN/AUSSEN), Italian (EST.), Russian (ИНТ./НАТ., ИНТЕРЬЕР, НАТУРА, ЭКСТ.), Polish (WNĘTRZE, PLENER,
 * WN./PL./ZEWN.), Dutch (BIN./BUI.). Afterwriting's Japanese output prints a full-width full stop ("INT。").
 */
const HEADING_WORDS = [
  'INT',
  'EXT',
  'EST',
  'I/E',
  'E/I',
  'INTÉRIEUR',
  'EXTÉRIEUR',
  'INTERIOR',
  'EXTERIOR',
  'INNEN',
  'AUSSEN',
  'AUẞEN',
  'AUßEN',
  'ИНТ',
  'НАТ',
  'ЭКСТ',
  'ИНТЕРЬЕР',
  'НАТУРА',
  'WNĘTRZE',
  'PLENER',
].join('|');
/** Abbreviations too short to trust without their full stop ("PL. LAS" is a heading; "PL" alone is not). */
const HEADING_ABBREVIATIONS = ['WN', 'PL', 'ZEWN', 'BIN', 'BUI'].join('|');
const HEADING_OPENING = `(?:${HEADING_WORDS})(?:[.。]|\\s)|(?:${HEADING_ABBREVIATIONS})[.。]`;

/** A scene heading's first line: a known opening, a combined one ("INT./EXT.", "INNEN/AUSSEN"), or Fountain's forcing dot. */
export const HEADING_RE = new RegExp(
  `^(?:\\.(?=\\p{Lu})|(?:${HEADING_WORDS}|${HEADING_ABBREVIATIONS})\\.?\\s*[/-]\\s*(?:${HEADING_OPENING})|${HEADING_OPENING})`,
  // Case matters: printed headings are in capitals, and French "Est " or "Int" may open a wrapped action line.
  'u',
);

/** A heading prints in capitals; a few lower-case letters are names ("INT. McDONALD'S - DAY"), not prose. */
const HEADING_MIN_CAPS = 0.75;

/**
 * True when a printed line is a scene heading: it opens like one and is (nearly) all capitals, so an action line that
 * happens to start with "INTERIOR" or a Spanish "EXTERIOR" sentence stays action.
 */
export function isHeadingLine(text: string): boolean {
  const t = text.trim();
  return HEADING_RE.test(t) && mostlyCaps(t);
}

/** True when at least HEADING_MIN_CAPS of a line's cased letters are capitals (or it has none, as in CJK). */
export function mostlyCaps(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper + lower === 0 || upper / (upper + lower) >= HEADING_MIN_CAPS;
}

/** How transitions end ("CUT TO:", "FADE OUT.", "FADE TO BLACK.", "FADE TO WHITE.", "FADE IN:"). */
export const TRANSITION_END_RE = /(?:TO:|OUT\.|TO (?:BLACK|WHITE)\.|IN:)$/;

/** True when a line has capitals and no lower-case letters (any script; CJK text has neither). */
export function isCaps(t: string): boolean {
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}

/** A cue is one short line; longer caps lines at the cue's indent are shots or centred titles. */
const MAX_CUE_CHARS = 40;

/**
 * True when a line's words can be a character cue: a name without lower-case letters, then any extensions in
 * brackets in any case (Fade In prints "(cont'd)", writers type "(Mr Jacques)"). Scripts whose writing has no
 * letter case (Japanese, Chinese) pass on their words and are told apart by position alone.
 */
export function cueText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_CUE_CHARS || TRANSITION_END_RE.test(t)) return false;
  const name = t
    .replace(/\s*[(（].*$/u, '')
    .replace(/\s*\^$/, '')
    .trim();
  return /\p{L}/u.test(name) && !/\p{Ll}/u.test(name);
}
