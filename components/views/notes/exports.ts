// Turns stored notes into export rows (page, scene and line in the shown revision) and hands files to the user:
// a download, the clipboard, or the printable minutes page.
import type { NoteRecord, RevisionRecord, RoomSessionRecord, RosterMember } from '../../../lib/db';
import type { NoteExportRow } from '../../../lib/notes/export';
import { sceneTitle, type SceneSpan } from '../../../lib/notes/group';
import { sceneIndexAt } from '../../../lib/script/scene-numbers';
import { speakerLabel } from '../../../lib/notes/capture';
import { placeOf } from '../../../lib/anchoring/place-of';
import type { Page } from '../../../lib/script/model';
import { pageLabelAt } from '../../../lib/script/page-at';

/** Export rows for live notes, in the words of the shown revision. */
export function exportRows(
  notes: readonly NoteRecord[],
  ctx: {
    scriptTitle: string;
    revision: RevisionRecord;
    pages: readonly Page[];
    scenes: readonly SceneSpan[];
    sessions: readonly RoomSessionRecord[];
    roster: readonly RosterMember[];
  },
): NoteExportRow[] {
  const sessions = new Map(ctx.sessions.map((s) => [s.id, s.title]));
  const text = ctx.revision.script.text;
  return notes
    .filter((n) => n.deletedAt === undefined)
    .map((n) => {
      const place = placeOf(n, ctx.revision.id);
      let page = '';
      let scene = 'Whole script';
      let sceneOrder = 1e9;
      let line = '';
      let position: number | undefined;
      if (place.kind === 'range') {
        position = place.start;
        page = pageLabelAt(ctx.pages, place.start);
        const i = sceneIndexAt(ctx.scenes, place.start);
        scene = i < 0 ? 'Before the first scene' : sceneTitle(ctx.scenes[i]);
        sceneOrder = i;
        line = text.slice(place.start, place.end);
      } else if (place.kind !== 'script') {
        scene = place.kind === 'orphaned' ? 'Orphaned' : (n.sceneHeading ?? 'Not placed yet');
        line = n.anchor?.exact ?? '';
        sceneOrder = 1e9 + 1;
      }
      return {
        id: n.id,
        script: ctx.scriptTitle,
        revision: `${ctx.revision.color} ${ctx.revision.date}`,
        page,
        scene,
        sceneOrder,
        position,
        line,
        speaker: speakerLabel(ctx.roster, n.speaker),
        kind: n.kind,
        tags: n.tags,
        session: (n.sessionId && sessions.get(n.sessionId)) || '',
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
        resolved: n.resolved,
        orphaned: place.kind === 'orphaned',
        text: n.text,
        parentId: n.parentId,
      };
    });
}

/** A session's attendees as the minutes name them: "Jo Sato (JS)" for roster members, else as typed. */
export function attendeeNames(attendees: readonly string[], roster: readonly RosterMember[]): string[] {
  return attendees.map((a) => speakerLabel(roster, a));
}

/** A file name from a title: letters, digits and dashes only. */
export function fileNameOf(title: string, ext: string): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'notes';
  return `${base}.${ext}`;
}
