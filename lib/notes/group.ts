// Filtering and grouping the notes list: threads (replies under their note), by scene in script order or by time
// (session), and the orphaned notes apart so none is ever dropped.

import type { NoteKind, NoteRecord, RoomSessionRecord } from './types';
import { placeOf, type ItemPlace } from '../anchoring/place-of';
import { sceneIndexAt } from '../script/scene-numbers';

/** A scene as the notes list needs it: its heading and its range in script.text. */
export interface SceneSpan {
  index: number;
  heading: string;
  number?: string;
  page?: string;
  start: number;
  end: number;
}

/** What the user filters by; absent fields do not filter. */
export interface NoteFilter {
  sessionId?: string;
  speaker?: string;
  kind?: NoteKind;
  tag?: string;
  status?: 'open' | 'resolved' | 'all';
}

/** A top-level note with its replies (oldest first) and its place in the shown revision. */
export interface NoteThread {
  note: NoteRecord;
  replies: NoteRecord[];
  place: ItemPlace;
}

export interface NoteGroup {
  /** Stable key ("scene-3", "script", "session-<id>"). */
  key: string;
  title: string;
  threads: NoteThread[];
}

/** True when a top-level note passes the filter (deleted notes never do). */
export function matchesFilter(note: NoteRecord, f: NoteFilter): boolean {
  if (note.deletedAt !== undefined) return false;
  if (f.sessionId && note.sessionId !== f.sessionId) return false;
  if (f.speaker && (note.speaker ?? '').toUpperCase() !== f.speaker.toUpperCase()) return false;
  if (f.kind && note.kind !== f.kind) return false;
  if (f.tag && !note.tags.includes(f.tag)) return false;
  if (f.status === 'open' && note.resolved) return false;
  if (f.status === 'resolved' && !note.resolved) return false;
  return true;
}

/** Top-level notes as threads with their live replies, in time order. Replies whose parent is gone stand alone. */
export function threadsOf(notes: readonly NoteRecord[], revisionId: string): NoteThread[] {
  const live = notes.filter((n) => n.deletedAt === undefined);
  const ids = new Set(live.map((n) => n.id));
  const replies = new Map<string, NoteRecord[]>();
  const tops: NoteRecord[] = [];
  for (const n of live) {
    if (n.parentId && ids.has(n.parentId)) {
      const list = replies.get(n.parentId) ?? [];
      list.push(n);
      replies.set(n.parentId, list);
    } else tops.push(n);
  }
  const byTime = (a: NoteRecord, b: NoteRecord) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);
  tops.sort(byTime);
  return tops.map((note) => ({
    note,
    replies: (replies.get(note.id) ?? []).sort(byTime),
    place: placeOf(note, revisionId),
  }));
}

/** "12  INT. DINER - NIGHT", as a group title. */
export function sceneTitle(scene: SceneSpan): string {
  return scene.number ? `${scene.number}. ${scene.heading}` : `${scene.index + 1}. ${scene.heading}`;
}

/**
 * Threads grouped by scene in script order (by the note's start in the shown revision), notes on the whole script
 * first. Orphaned threads are returned apart, in time order.
 */
export function groupByScene(
  threads: readonly NoteThread[],
  scenes: readonly SceneSpan[],
): { groups: NoteGroup[]; orphans: NoteThread[] } {
  const wholeScript: NoteThread[] = [];
  const orphans: NoteThread[] = [];
  const buckets = new Map<number, NoteThread[]>();
  for (const t of threads) {
    const p = t.place;
    if (p.kind === 'orphaned') orphans.push(t);
    else if (p.kind === 'script') wholeScript.push(t);
    else {
      // Not placed yet: its anchor's own offset is the best guess until the anchoring engine answers.
      const at = p.kind === 'range' ? p.start : (t.note.anchor?.start ?? 0);
      const i = sceneIndexAt(scenes, at);
      const list = buckets.get(i) ?? [];
      list.push(t);
      buckets.set(i, list);
    }
  }
  const startOf = (t: NoteThread) => (t.place.kind === 'range' ? t.place.start : (t.note.anchor?.start ?? 0));
  const groups: NoteGroup[] = [];
  if (wholeScript.length) groups.push({ key: 'script', title: 'Whole script', threads: wholeScript });
  for (const i of [...buckets.keys()].sort((a, b) => a - b)) {
    const list = buckets
      .get(i)!
      .sort((a, b) => startOf(a) - startOf(b) || a.note.createdAt - b.note.createdAt);
    groups.push({
      key: `scene-${i}`,
      title: i < 0 ? 'Before the first scene' : sceneTitle(scenes[i]),
      threads: list,
    });
  }
  return { groups, orphans };
}

/** Threads grouped by session (most recent first; notes outside a session last), each in time order. */
export function groupByTime(
  threads: readonly NoteThread[],
  sessions: readonly RoomSessionRecord[],
): NoteGroup[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const buckets = new Map<string, NoteThread[]>();
  for (const t of threads) {
    const key = t.note.sessionId && byId.has(t.note.sessionId) ? t.note.sessionId : '';
    const list = buckets.get(key) ?? [];
    list.push(t);
    buckets.set(key, list);
  }
  const keys = [...buckets.keys()].sort((a, b) => {
    if (!a) return 1;
    if (!b) return -1;
    return byId.get(b)!.startedAt - byId.get(a)!.startedAt;
  });
  return keys.map((k) => {
    const s = byId.get(k);
    return {
      key: k ? `session-${k}` : 'no-session',
      title: s ? `${s.title} (${s.date})` : 'Outside a session',
      threads: buckets.get(k)!.sort((a, b) => a.note.createdAt - b.note.createdAt),
    };
  });
}

/** Speakers, tags and kinds present in live notes, for the filter menus (sorted). */
export function facetsOf(notes: readonly NoteRecord[]): { speakers: string[]; tags: string[] } {
  const speakers = new Set<string>();
  const tags = new Set<string>();
  for (const n of notes) {
    if (n.deletedAt !== undefined) continue;
    if (n.speaker) speakers.add(n.speaker.toUpperCase());
    for (const t of n.tags) tags.add(t);
  }
  return { speakers: [...speakers].sort(), tags: [...tags].sort() };
}
