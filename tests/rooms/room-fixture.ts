// A realistic room for measurements: a generated script parsed and paginated by the engine (about 120 pages), its
// drafts, and notes, written into a Y.Doc in the shared document layout (one Y.Map per record; a note's text a Y.Text).
import * as Y from 'yjs';
import { paginate, parseFountain } from '../../lib/script';

/** A Fountain script of `scenes` scenes, about 120 pages at the default 72. */
export function generatedFountain(scenes = 72): string {
  const parts = ['Title: The Night Shift\nAuthor: Scriptside fixtures\n'];
  for (let s = 1; s <= scenes; s++) {
    parts.push(`INT. DINER KITCHEN - NIGHT ${s}`);
    for (let beat = 0; beat < 6; beat++) {
      parts.push(
        `Rain needles the window while the fryer hisses. Scene ${s}, beat ${beat}: MARLOWE counts the till twice and ` +
          'finds it short by the same forty dollars as last week, which means someone on the crew is lying.',
      );
      parts.push(
        `MARLOWE\nYou were here until close on the ${beat + 3}th. Walk me through it, slowly, every minute.`,
      );
      parts.push(`DANA\n(not looking up)\nI mopped. I left. The door stuck like it always does.`);
    }
  }
  return parts.join('\n\n');
}

/** Writes a record's fields into `map` (plain JSON values). */
function recordMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

/**
 * Fills `doc` with one shared script: `drafts` revisions of a ~120-page script (text, elements and pages as plain
 * JSON) and `notes` notes. Returns the page count of the draft.
 */
export function fillRoom(doc: Y.Doc, options: { drafts?: number; notes?: number } = {}): { pages: number } {
  const script = parseFountain(generatedFountain());
  const pages = paginate(script, { paper: 'letter' });
  const now = Date.now();
  doc.transact(() => {
    doc.getMap('meta').set('schema', 1);
    doc
      .getMap('scripts')
      .set(
        'script-1',
        recordMap({ id: 'script-1', title: 'The Night Shift', createdAt: now, updatedAt: now }),
      );
    const colors = ['White', 'Blue', 'Pink', 'Yellow'];
    for (let d = 0; d < (options.drafts ?? 1); d++) {
      const id = `revision-${d + 1}`;
      doc.getMap('revisions').set(
        id,
        recordMap({
          id,
          scriptId: 'script-1',
          seq: d + 1,
          color: colors[d % colors.length],
          date: '2026-12-05',
          textHash: `hash-${d}`,
          // Plain JSON, as the extension stores a draft (a draft never changes once made).
          script: JSON.parse(JSON.stringify(script)),
          pages: JSON.parse(JSON.stringify(pages)),
          locked: false,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    for (let n = 0; n < (options.notes ?? 0); n++) {
      const note = recordMap({
        id: `note-${n}`,
        scriptId: 'script-1',
        revisionId: 'revision-1',
        kind: 'pitch',
        tags: ['act-2'],
        resolved: false,
        placements: {},
        createdAt: now,
        updatedAt: now,
      });
      note.set('text', new Y.Text(`Note ${n}: the till is short again; check the door log for the ${n}th.`));
      doc.getMap('notes').set(`note-${n}`, note);
    }
  });
  return { pages: pages.length };
}
