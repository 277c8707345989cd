// Room notes and room sessions as Scriptside keeps them.

import type { Placement, StoredAnchor } from '../anchoring/types';
import type { SyncFields } from '../sync-fields';

export type NoteKind = 'pitch' | 'decision' | 'question' | 'todo' | 'note';

export interface NoteRecord extends SyncFields {
  scriptId: string;
  /** The revision the note was written on. */
  revisionId: string;
  sessionId?: string;
  /** Absent: the note is on the script as a whole. */
  anchor?: StoredAnchor;
  /** Scene heading text when the note was written, for grouping when the anchor is lost. */
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
