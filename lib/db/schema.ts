// The records Scriptside keeps in IndexedDB. Declared once; lib/db/database.ts builds the Dexie tables from them.
// Every record is sync-ready: a random id, createdAt/updatedAt (ms since epoch), and a soft-delete `deletedAt`.

import type { Page, Script, TitleField } from '../script/model';

/** Fields every stored record has, so records can be merged between machines without a rewrite. */
export interface SyncFields {
  /** Random id (crypto.randomUUID), never reused. */
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes the record; the record stays so the deletion can travel in a merge. */
  deletedAt?: number;
}

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

export type PaperSize = 'letter' | 'a4';

/** Per-script settings (domain.md: where practice varies, a per-script setting with a default). */
export interface ScriptSettings {
  paper: PaperSize;
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

export interface RosterMember {
  /** Initials, typed as "@JS" when capturing a note. */
  initials: string;
  name: string;
  role?: string;
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

/** Plain-data anchor (lib/anchoring): what a note or flag is attached to. */
export interface StoredAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  elementId?: string;
}

/** Where an anchored item stands in a given revision. */
export interface Placement {
  revisionId: string;
  status: 'exact' | 'moved' | 'fuzzy' | 'orphaned';
  start?: number;
  end?: number;
  score?: number;
}

export type NoteKind = 'pitch' | 'decision' | 'question' | 'todo' | 'note';

export interface NoteRecord extends SyncFields {
  scriptId: string;
  /** The revision the note was written on. */
  revisionId: string;
  sessionId?: string;
  /** Absent: the note is on the script as a whole. */
  anchor?: StoredAnchor;
  /** Scene heading text at capture, for grouping when the anchor is lost. */
  sceneHeading?: string;
  /** Placement in each later revision, by revision id. */
  placements: Record<string, Placement>;
  text: string;
  speaker?: string;
  kind: NoteKind;
  tags: string[];
  resolved: boolean;
  /** Replies form a thread under their parent note. */
  parentId?: string;
}

export interface RoomSessionRecord extends SyncFields {
  scriptId: string;
  title: string;
  /** ISO yyyy-mm-dd */
  date: string;
  attendees: string[];
  startedAt: number;
  endedAt?: number;
}

export type FlagCategory =
  'person' | 'brand' | 'place' | 'phone' | 'plate' | 'web' | 'title' | 'quote' | 'number' | 'fact' | 'other';

export type FlagStatus = 'open' | 'researching' | 'verified' | 'cleared' | 'not_clear' | 'dismissed';

export interface FlagRecord extends SyncFields {
  scriptId: string;
  revisionId: string;
  anchor: StoredAnchor;
  placements: Record<string, Placement>;
  /** The item being checked ("Acme Cola"). */
  item: string;
  category: FlagCategory;
  question: string;
  assignee?: string;
  /** ISO yyyy-mm-dd */
  due?: string;
  sources: { url?: string; note: string }[];
  alternatives: string[];
  notes: string;
  status: FlagStatus;
  history: { status: FlagStatus; by?: string; at: number }[];
}

/** A fact-check suggestion the user dismissed, remembered per script. */
export interface DismissedSuggestionRecord extends SyncFields {
  scriptId: string;
  /** Normalised item text. */
  key: string;
}

export type PrintJobStatus = 'queued' | 'partly_printed' | 'printed';

export interface PrintJobRecord extends SyncFields {
  scriptId: string;
  revisionId: string;
  /** Page labels to print, in order ("12", "14A", "15-16"). */
  pages: string[];
  paperColor: string;
  copies: number;
  recipients: { name: string; copies: number }[];
  collated: boolean;
  includeCoverSheet: boolean;
  /** Position in the queue (lower first). */
  order: number;
  status: PrintJobStatus;
  printedAt?: number;
  printedPages?: string[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: number;
}
