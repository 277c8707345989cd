// What a panel's first screen reads in one query (readShownScript): the scripts, the one shown by the panel's own
// choice, else the shared last choice, else the most recently changed; its revision; the locked drafts before it.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, readShownScript, settings, softDelete } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { lockRevision } from '../../../lib/db/revision-edits';
import { parseFountain } from '../../../lib/script/fountain';
import { paginate } from '../../../lib/script/paginate';

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens').toBe(true);
});

async function store(title: string, body: string, url = `http://127.0.0.1/${title}.html`) {
  const script = parseFountain(`INT. ROOM - DAY\n\n${body}\n`);
  return storeRevision({
    script,
    source: { kind: 'page', url, format: 'fountain' },
    title,
    pages: paginate(script),
  });
}

describe('readShownScript', () => {
  it('answers nothing shown when no script is stored', async () => {
    const shown = await readShownScript(undefined);
    expect(shown.scripts).toEqual([]);
    expect(shown.record).toBeNull();
    expect(shown.revision).toBeNull();
    expect(shown.locked.before).toEqual([]);
  });

  it("shows the panel's own choice, else the shared last choice, else the most recently changed", async () => {
    const a = await store('alpha', 'Ana waits.');
    const b = await store('beta', 'Ben waits.');
    expect((await readShownScript(undefined)).record?.id, 'the newest, with no choice anywhere').toBe(
      b.scriptId,
    );
    await settings.currentScriptId.set(a.scriptId);
    const shared = await readShownScript(undefined);
    expect(shared.record?.id, 'the shared last choice').toBe(a.scriptId);
    expect(shared.revision?.id, "with that script's revision").toBe(a.revisionId);
    const own = await readShownScript(b.scriptId);
    expect(own.record?.id, "the panel's own choice over the shared one").toBe(b.scriptId);
    expect(own.scripts.map((s) => s.id).sort()).toEqual([a.scriptId, b.scriptId].sort());
    await softDelete('scripts', a.scriptId);
    expect((await readShownScript(a.scriptId)).record?.id, 'a deleted choice falls back').toBe(b.scriptId);
  });

  it('gives the locked drafts before the shown revision, with their locks', async () => {
    const first = await store('gamma', 'Cy waits.', 'http://127.0.0.1/gamma.html');
    await lockRevision(first.revisionId);
    const second = await store('gamma', 'Cy waits. Then leaves.', 'http://127.0.0.1/gamma.html');
    expect(second.scriptId).toBe(first.scriptId);
    const shown = await readShownScript(second.scriptId);
    expect(shown.revision?.id).toBe(second.revisionId);
    expect(shown.locked.before.map((r) => r.id)).toEqual([first.revisionId]);
    expect(shown.locked.locks.has(first.revisionId), 'the stored lock comes with it').toBe(true);
  });
});
