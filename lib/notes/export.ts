// Exports of room notes: session minutes as Markdown (grouped by scene, decisions first) and every note as CSV
// (RFC 4180 through papaparse, formula-injection safe). Pure functions of prepared rows, so they run anywhere.

import { safeCell, toCsv } from '../csv';
import type { NoteKind } from './types';
import { kindLabel } from './capture';

/** One note as exported: everything already resolved to the words a reader needs. */
export interface NoteExportRow {
  id: string;
  script: string;
  /** "Blue 2026-11-27" */
  revision: string;
  /** Page label in the shown revision ("12A"); empty when unknown. */
  page: string;
  /** Scene title ("12. INT. DINER - NIGHT"), "Whole script", or "Orphaned". */
  scene: string;
  /** Order of the scene in the script (for sorting; -1 before the first scene, large for none). */
  sceneOrder: number;
  /** Offset of the note's line in the shown revision, to sort notes of one scene in script order. */
  position?: number;
  /** The quoted script text the note is on. */
  line: string;
  /** "Jo Smith (JS)" or initials. */
  speaker: string;
  kind: NoteKind;
  tags: string[];
  session: string;
  createdAt: number;
  updatedAt: number;
  resolved: boolean;
  orphaned: boolean;
  text: string;
  /** The note this one replies to. */
  parentId?: string;
}

export { safeCell };

/** "2026-11-27 14:05" in local time. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "14:05" in local time. */
export function clockTime(ms: number): string {
  return formatTime(ms).slice(11);
}

export const CSV_COLUMNS = [
  'Script',
  'Revision',
  'Page',
  'Scene',
  'Line',
  'Speaker',
  'Kind',
  'Tags',
  'Session',
  'Created',
  'Updated',
  'Status',
  'Note',
  'Reply to',
] as const;

/**
 * Rows in script order: by scene, then by the line in the scene, then by time; a reply right after the note it
 * answers (replies are on no line of their own).
 */
export function inScriptOrder(rows: readonly NoteExportRow[]): NoteExportRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const head = (r: NoteExportRow) => (r.parentId && byId.get(r.parentId)) || r;
  return [...rows].sort((a, b) => {
    const ha = head(a);
    const hb = head(b);
    return (
      ha.sceneOrder - hb.sceneOrder ||
      (ha.position ?? Infinity) - (hb.position ?? Infinity) ||
      ha.createdAt - hb.createdAt ||
      ha.id.localeCompare(hb.id) ||
      // Within one thread: the note first, then its replies in time order.
      (a === ha ? -1 : b === hb ? 1 : a.createdAt - b.createdAt)
    );
  });
}

/**
 * Every row as CSV (RFC 4180: CRLF, quoted where needed), with a header row and formula-safe cells, in script order.
 */
export function notesCsv(rows: readonly NoteExportRow[]): string {
  const data = inScriptOrder(rows).map((r): string[] => [
    r.script,
    r.revision,
    r.page,
    r.scene,
    r.line,
    r.speaker,
    kindLabel(r.kind),
    r.tags.map((t) => `#${t}`).join(' '),
    r.session,
    formatTime(r.createdAt),
    formatTime(r.updatedAt),
    r.orphaned ? 'orphaned' : r.resolved ? 'resolved' : 'open',
    r.text,
    r.parentId ?? '',
  ]);
  return toCsv([[...CSV_COLUMNS], ...data]);
}

/** Markdown-escapes user or script text so a viewer shows it literally (no HTML, links or emphasis). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>|~{}]/g, (c) => `\\${c}`)
      // A later line of a note must not start a heading or a list; the first line always follows our own markup.
      .replace(/\n(\s*)([#+\-=]|\d+\.)/g, (_, sp: string, m: string) => `\n${sp}\\${m}`)
      .replace(/\r?\n/g, '  \n')
  );
}

/** What the room decided or must do (decisions and to-dos that are not resolved), in script order. */
export function actionItems(rows: readonly NoteExportRow[]): NoteExportRow[] {
  return inScriptOrder(
    rows.filter((r) => !r.parentId && !r.resolved && (r.kind === 'decision' || r.kind === 'todo')),
  );
}

/** The session the minutes are for (attendees as the minutes name them: "Jo Sato (JS)"). */
export interface MinutesSession {
  title: string;
  /** ISO yyyy-mm-dd */
  date: string;
  attendees: string[];
  startedAt: number;
  endedAt?: number;
}

function noteLine(r: NoteExportRow, replies: readonly NoteExportRow[], indent = ''): string[] {
  const who = r.speaker ? ` ${escapeMarkdown(r.speaker)}:` : '';
  const status = r.resolved ? ' (resolved)' : '';
  const out = [
    `${indent}- **${kindLabel(r.kind)}** ${clockTime(r.createdAt)}${who} ${escapeMarkdown(r.text)}${status}`,
  ];
  if (r.line && !indent)
    out.push(`${indent}  > ${escapeMarkdown(r.line.replace(/\s+/g, ' ').slice(0, 200))}`);
  for (const reply of replies) out.push(...noteLine(reply, [], `${indent}  `));
  return out;
}

/** Rows grouped by scene in script order, each scene's notes in time order; replies stay under their note. */
export function byScene(rows: readonly NoteExportRow[]): { scene: string; rows: NoteExportRow[] }[] {
  const groups = new Map<string, { scene: string; order: number; rows: NoteExportRow[] }>();
  for (const r of rows) {
    const g = groups.get(r.scene) ?? { scene: r.scene, order: r.sceneOrder, rows: [] };
    g.rows.push(r);
    groups.set(r.scene, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ scene: g.scene, rows: g.rows.sort((a, b) => a.createdAt - b.createdAt) }));
}

/**
 * Session minutes as Markdown: a header (script, revision, date, time, attendees), the action items (decisions and
 * to-dos), then decisions, then the other notes, each part grouped by scene in script order, with kind, time and
 * speaker on every note.
 */
export function minutesMarkdown(
  session: MinutesSession,
  script: string,
  revision: string,
  rows: readonly NoteExportRow[],
): string {
  const tops = rows.filter((r) => !r.parentId || !rows.some((p) => p.id === r.parentId));
  const repliesOf = (id: string) =>
    rows.filter((r) => r.parentId === id).sort((a, b) => a.createdAt - b.createdAt);
  const lines = [`# Minutes: ${escapeMarkdown(session.title)}`, ''];
  const actions = actionItems(tops);
  lines.push(`- Script: ${escapeMarkdown(script)} (${escapeMarkdown(revision)})`);
  const ended = session.endedAt ? `-${clockTime(session.endedAt)}` : ' (running)';
  lines.push(`- Date: ${session.date}, ${clockTime(session.startedAt)}${ended}`);
  if (session.attendees.length)
    lines.push(`- Attendees: ${session.attendees.map(escapeMarkdown).join(', ')}`);
  lines.push(`- Notes: ${tops.length}`);
  if (actions.length) {
    lines.push('', '## Action items', '');
    for (const r of actions) {
      const who = r.speaker ? ` ${escapeMarkdown(r.speaker)}:` : '';
      lines.push(
        `- [ ] **${kindLabel(r.kind)}**${who} ${escapeMarkdown(r.text)} (${escapeMarkdown(r.scene)})`,
      );
    }
  }
  const part = (title: string, list: NoteExportRow[]) => {
    if (list.length === 0) return;
    lines.push('', `## ${title}`);
    for (const g of byScene(list)) {
      lines.push('', `### ${escapeMarkdown(g.scene)}`, '');
      for (const r of g.rows) lines.push(...noteLine(r, repliesOf(r.id)));
    }
  };
  part(
    'Decisions',
    tops.filter((r) => r.kind === 'decision'),
  );
  part(
    'Notes',
    tops.filter((r) => r.kind !== 'decision'),
  );
  if (tops.length === 0) lines.push('', 'No notes were taken in this session.');
  return `${lines.join('\n')}\n`;
}
