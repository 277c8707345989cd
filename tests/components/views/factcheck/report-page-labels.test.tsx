// @vitest-environment jsdom
// The printable clearance report labels pages exactly as the panel (the Fact-check list and the CSV, which read the
// panel's pages) does, for a draft that follows a locked one. The case that split them: a one-script backup carries
// no settings, so once it is restored on another computer the locked draft's stored lock is absent. The panel used
// to lay the next draft out without any lock (page "2") while the report rebuilt the lock (page "1A"); both now ask
// lib/revision/pages for a revision's pages.
import { cleanup, renderHook, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, lockedRevisionsBefore } from '../../../../lib/db';
import { storeRevision } from '../../../../lib/db/revisions';
import { exportBackup, restoreBackup } from '../../../../lib/db/backup';
import { lockRevision } from '../../../../lib/db/revision-edits';
import { encodeBackup } from '../../../../lib/backup/format';
import { pageLabelAt } from '../../../../lib/factcheck/report';
import { createFlag } from '../../../../lib/factcheck/workflow';
import { parseFountain } from '../../../../lib/script/fountain';
import { paginate } from '../../../../lib/script/paginate';
import { useRevisionPages } from '../../../../components/workbench/data';
import { ReportPage } from '../../../../components/views/factcheck/ReportPage';
import { clearDb, LATE_EDITION, storeScript } from '../../helpers';

/** The fixture without its own scene numbers, so the lock is what numbers pages and scenes. */
const UNNUMBERED = LATE_EDITION.replace(/ #\d+#/g, '');
/** The next draft: a new scene after scene 1, which a lock pushes onto an A-page. */
const NEW_SCENE = 'INT. MEDICAL EXAM ROOM - NIGHT\n\nA nurse checks the intern for ink poisoning.';
const WITH_NEW_SCENE = UNNUMBERED.replace(
  'EXT. LOADING DOCK - CONTINUOUS',
  `${NEW_SCENE}\n\nEXT. LOADING DOCK - CONTINUOUS`,
);
/** Text the new scene pushes off page 1: on page "2" laid out freely, on "1A" under the lock. */
const FLAGGED = 'Bundle 13 of the late edition';

/** A locked draft and the draft after it, restored from a one-script backup (no stored lock); a flag on text the new scene pushes off page 1. */
async function restoredLockedPair() {
  const first = await storeScript(parseFountain(UNNUMBERED));
  await lockRevision(first.revisionId);
  const next = parseFountain(WITH_NEW_SCENE);
  const second = await storeRevision({
    scriptId: first.scriptId,
    script: next,
    source: { kind: 'file', fileName: 'The Late Edition v2.fountain', format: 'fountain' },
    title: 'The Late Edition',
    pages: paginate(next, { paper: 'letter' }),
  });
  const text = encodeBackup(await exportBackup({ scriptId: first.scriptId }));
  await clearDb();
  await restoreBackup(text, 'merge');
  const start = next.text.indexOf(FLAGGED);
  await db.flags.add(
    createFlag({
      id: 'flag-1',
      at: Date.now(),
      scriptId: first.scriptId,
      revisionId: second.revisionId,
      script: next,
      start,
      end: start + FLAGGED.length,
      category: 'fact',
    }),
  );
  return { scriptId: first.scriptId, revisionId: second.revisionId, start };
}

beforeEach(async () => {
  cleanup();
  await clearDb();
});

describe('clearance report page labels', () => {
  it('the report labels a flag on the page the panel and the CSV give it, after a locked draft', async () => {
    const { scriptId, revisionId, start } = await restoredLockedPair();
    expect(
      (await db.revisions.get(revisionId))?.locked,
      'the restored pair: the second draft is unlocked',
    ).toBe(false);
    expect(
      (await db.settings.toArray()).filter((s) => s.key.startsWith('revision.lock.')),
      'a one-script backup restores no stored lock',
    ).toEqual([]);

    render(<ReportPage search={`?script=${scriptId}&revision=${revisionId}`} />);
    const row = await screen.findByRole('row', { name: new RegExp(FLAGGED) }, { timeout: 8000 });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    const reportLabel = within(row).getAllByRole('cell')[headers.indexOf('Page')].textContent;

    // The panel's pages (the Fact-check list and the CSV export both label pages from these).
    const script = await db.scripts.get(scriptId);
    const revision = await db.revisions.get(revisionId);
    // The locked drafts as the panel reads them with the revision (lib/db readShownScript).
    const locked = await lockedRevisionsBefore(revision);
    const panel = renderHook(() => useRevisionPages(revision, script?.settings, locked));
    await waitFor(
      () =>
        expect(
          pageLabelAt(panel.result.current, start),
          'the report gives the page the panel and the CSV give',
        ).toBe(reportLabel),
      // The layout code loads apart from the panel: allow for it on a loaded machine.
      { timeout: 8000 },
    );
    expect(reportLabel, 'the new scene is on the A-page after page 1, as the locked draft numbers it').toBe(
      '1A',
    );
  });
});
