// A script and its drafts as Scriptside keeps them: the script with its per-script settings, and each revision
// with its parsed text and pages. lib/db stores these; the engine reads them.

import type { SyncFields } from '../sync-fields';
import type { Page, Script, TitleField } from './model';
import type { Paper } from './page-geometry';

/** Where a revision's text came from. */
export interface SourceInfo {
  kind: 'page' | 'file' | 'demo' | 'paste';
  /** The page URL (for kind 'page'). */
  url?: string;
  /** The file name (for kind 'file'). */
  fileName?: string;
  /** fountain | fdx | plain | pdf | html */
  format: Script['format'];
}

/** A member of the room: someone who pitches and decides (a per-script setting the Notes view reads). */
export interface RosterMember {
  /** Initials, typed as "@JS" when writing a note. */
  initials: string;
  name: string;
  role?: string;
}

/** Per-script settings: where practice varies between shows, a setting with a default. */
export interface ScriptSettings {
  paper: Paper;
  /** Revision colour names in order (WGA default: White, Blue, Pink, ...). */
  colorSequence: string[];
  /** How inserted pages and scenes are labelled once locked: "10A, 10B, ..., 10AA" (default) or "10A1". */
  insertScheme: 'letters' | 'letter-number';
  /** Print (CONTINUED)/CONTINUED: at scene breaks across pages (production drafts). */
  sceneContinueds: boolean;
  /** The room roster: people who pitch and decide. */
  roster: RosterMember[];
  /** Print distribution list: department or person, and copies. */
  distribution: { name: string; copies: number }[];
}

export interface ScriptRecord extends SyncFields {
  title: string;
  /** URL or file name this script was first read from; later drafts from the same source become its revisions. */
  sourceKeys: string[];
  settings: ScriptSettings;
  /** The revision shown by default (usually the newest). */
  currentRevisionId?: string;
}

export interface RevisionRecord extends SyncFields {
  scriptId: string;
  /** 1-based order of arrival. */
  seq: number;
  /** "White", "Blue", ... from the script's colour sequence. */
  color: string;
  /** The revision's date as the user sets it (ISO yyyy-mm-dd). */
  date: string;
  /** A user label ("Production draft", "Network notes"). */
  label?: string;
  source: SourceInfo;
  /** Hash of the normalised text, to tell "the same text again" from a new draft. */
  textHash: string;
  /** The parsed script (its `text` is the canonical text notes anchor into). */
  script: Script;
  /** Pages as laid out (or the PDF's own pages). */
  pages: Page[];
  titlePage: TitleField[];
  /** Locked: page and scene numbers are kept in later drafts. */
  locked: boolean;
}
