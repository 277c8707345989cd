// What a newly read draft changed, in one sentence for the notice after reading: scenes, pages, and how the notes and
// flags of earlier drafts came across (carried, placed approximately, orphaned). A first draft gets none.

import { compareScripts } from '../revision/compare';
import { db } from './database';
import { getRevisions } from './scripts';
import { storedOrLaidOutPages } from '../revision/pages';
import { storedLocks } from './locks';

export interface DraftSummary {
  color: string;
  scenesChanged: number;
  scenesAdded: number;
  scenesRemoved: number;
  pagesChanged: number;
  carried: number;
  approximate: number;
  orphaned: number;
}

/** The summary of revision `revisionId` against the draft before it, or undefined for a script's first draft. */
export async function draftSummary(scriptId: string, revisionId: string): Promise<DraftSummary | undefined> {
  // A script's first reading has no draft before it: the index's keys say so without loading the draft just stored
  // (a whole script and its pages, read back right while the panel shows it).
  const ids = (await db.revisions
    .where('[scriptId+seq]')
    .between([scriptId, -Infinity], [scriptId, Infinity])
    .primaryKeys()) as string[];
  if (ids.indexOf(revisionId) <= 0) return undefined;
  const revisions = await getRevisions(scriptId);
  const at = revisions.findIndex((r) => r.id === revisionId);
  if (at <= 0) return undefined;
  const newer = revisions[at];
  const older = revisions[at - 1];
  const script = await db.scripts.get(scriptId);
  if (!script) return undefined;
  // The pages as they print (locked numbering kept), so "pages to reprint" is the print queue's count.
  // Taken as stored when that is the layout (the draft was laid out when it was stored), else laid out.
  const pages = storedOrLaidOutPages(newer, revisions, script.settings, await storedLocks(revisions));
  const c = compareScripts(older.script, newer.script, { newerPages: pages });
  const counts = { carried: 0, approximate: 0, orphaned: 0 };
  const records = [
    ...(await db.notes.where('scriptId').equals(scriptId).toArray()),
    ...(await db.flags.where('scriptId').equals(scriptId).toArray()),
  ];
  for (const r of records) {
    if (r.deletedAt !== undefined || r.revisionId === revisionId) continue;
    const p = r.placements[revisionId];
    if (!p) continue;
    if (p.status === 'orphaned') counts.orphaned++;
    else if (p.status === 'fuzzy') counts.approximate++;
    else counts.carried++;
  }
  return {
    color: newer.color,
    scenesChanged: c.scenes.changed.length,
    scenesAdded: c.scenes.added.length,
    scenesRemoved: c.scenes.removed.length,
    pagesChanged: c.changedPages.length,
    ...counts,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "The Blue draft: 3 scenes changed (1 added, 1 cut), 4 pages changed; 12 notes and flags carried, 2 placed
 * approximately, 1 orphaned (see the Revisions view)." */
export function draftSummarySentence(s: DraftSummary): string {
  const scenes = [
    s.scenesAdded ? `${s.scenesAdded} added` : '',
    s.scenesRemoved ? `${s.scenesRemoved} cut` : '',
  ].filter(Boolean);
  const what =
    s.scenesChanged + s.scenesAdded + s.scenesRemoved + s.pagesChanged === 0
      ? 'no change to the text'
      : `${plural(s.scenesChanged + s.scenesAdded + s.scenesRemoved, 'scene')} changed${
          scenes.length ? ` (${scenes.join(', ')})` : ''
        }, ${plural(s.pagesChanged, 'page')} to reprint`;
  const moved = s.carried + s.approximate + s.orphaned;
  const carried = moved
    ? `; notes and flags: ${s.carried} carried, ${s.approximate} placed approximately, ${s.orphaned} orphaned${
        s.orphaned ? ' (listed in the Revisions view)' : ''
      }`
    : '';
  return `The ${s.color} draft: ${what}${carried}.`;
}
