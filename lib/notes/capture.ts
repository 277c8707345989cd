// The capture box's shorthand, typed as fast as people talk: "@JS " sets the speaker, "!d " the kind, "#tag" tags.
// Pure string rules, so the box, the tests and any import read a note the same way.

import type { NoteKind } from './types';
import type { RosterMember } from '../script/records';

/** Kinds in shortcut order: Alt+1..4 and "!p" "!d" "!q" "!t". */
export const KIND_ORDER: readonly Exclude<NoteKind, 'note'>[] = ['pitch', 'decision', 'question', 'todo'];

/** The one-letter shorthand after "!" for each kind. */
export const KIND_SHORTHAND: Record<string, Exclude<NoteKind, 'note'>> = {
  p: 'pitch',
  d: 'decision',
  q: 'question',
  t: 'todo',
};

/** The word a user reads for a kind. */
export function kindLabel(kind: NoteKind): string {
  return kind === 'todo' ? 'To-do' : kind === 'note' ? 'Note' : kind[0].toUpperCase() + kind.slice(1);
}

/** What the capture box's text means. */
export interface ParsedCapture {
  /** The note's text without the leading shorthand ("@JS", "!d"); tags stay in the text where typed. */
  text: string;
  /** Initials of the speaker, upper case, when "@XX" was typed at the start. */
  speaker?: string;
  /** True when the initials are not in the roster (the note is still saved with them). */
  unknownSpeaker?: boolean;
  kind?: Exclude<NoteKind, 'note'>;
  /** Tags without '#', lower case, unique, in order of appearance. */
  tags: string[];
}

// A tag is '#' then letters, digits, '-' or '_' (any script), not glued to a word before it ("C#" is not a tag).
const TAG = /(^|[^\p{L}\p{N}_&])#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu;
const LEAD_SPEAKER = /^@([\p{L}\p{N}]{1,6})(?:\s+|$)/u;
const LEAD_KIND = /^!([pdqt])(?:\s+|$)/i;

/** The tags in a text ("#casting #Act2" -> ["casting", "act2"]). */
export function tagsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TAG)) {
    const tag = m[2].toLowerCase();
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * Reads the capture box: any number of leading "@XX " and "!k " tokens in any order (the last of each wins), then
 * the text. Only leading tokens count, so "email @JS later" or "wow!d" stay text.
 */
export function parseCapture(input: string, roster: readonly RosterMember[] = []): ParsedCapture {
  let rest = input.trimStart();
  let speaker: string | undefined;
  let kind: ParsedCapture['kind'];
  for (;;) {
    const s = LEAD_SPEAKER.exec(rest);
    if (s) {
      speaker = s[1].toUpperCase();
      rest = rest.slice(s[0].length);
      continue;
    }
    const k = LEAD_KIND.exec(rest);
    if (k) {
      kind = KIND_SHORTHAND[k[1].toLowerCase()];
      rest = rest.slice(k[0].length);
      continue;
    }
    break;
  }
  // trimEnd, not /\s+$/: the regex retries from every space of a long run (quadratic on untrusted text).
  const text = rest.trimEnd();
  const out: ParsedCapture = { text, tags: tagsIn(text) };
  if (speaker) {
    const member = findMember(roster, speaker);
    out.speaker = member ? member.initials.toUpperCase() : speaker;
    if (!member) out.unknownSpeaker = true;
  }
  if (kind) out.kind = kind;
  return out;
}

/** The roster member with these initials (case-blind), if any. */
export function findMember(roster: readonly RosterMember[], initials: string): RosterMember | undefined {
  const want = initials.toUpperCase();
  return roster.find((m) => m.initials.toUpperCase() === want);
}

/** "Jo Smith (JS)" for a roster member, or the bare initials when the roster does not know them. */
export function speakerLabel(roster: readonly RosterMember[], initials: string | undefined): string {
  if (!initials) return '';
  const m = findMember(roster, initials);
  return m ? `${m.name} (${m.initials.toUpperCase()})` : initials;
}

/**
 * Validates a roster entry typed by the user: initials are 1-6 letters or digits, a name is required, and initials
 * are unique in the roster. Returns a sentence for the user, or undefined when it is fine.
 */
export function rosterProblem(roster: readonly RosterMember[], member: RosterMember): string | undefined {
  if (!/^[\p{L}\p{N}]{1,6}$/u.test(member.initials)) return 'Initials are 1 to 6 letters or digits, like JS.';
  if (!member.name.trim()) return 'Give the person a name.';
  if (findMember(roster, member.initials))
    return `${member.initials.toUpperCase()} is already in the roster.`;
  return undefined;
}
