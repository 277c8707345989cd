import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  db,
  getRevisions,
  latestRevision,
  liveScripts,
  openDatabase,
  renameScript,
  ScriptsideDB,
  SettingInvalid,
  settings,
  softDelete,
  StorageError,
  type SourceInfo,
} from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { tinyScript } from '../../fixtures/scripts';

const page = (url: string): SourceInfo => ({ kind: 'page', url, format: 'html' });

beforeEach(async () => {
  await db.delete();
  expect((await openDatabase()).ok, 'the database opens on a fresh install').toBe(true);
});
afterEach(() => vi.restoreAllMocks());

describe('storeRevision', () => {
  it('stores a first reading as a new script with a White revision 1', async () => {
    const r = await storeRevision({
      script: tinyScript(),
      source: page('https://x.test/s.html'),
      title: 'Cold Open',
    });
    expect(r.created, 'a first reading is new').toBe(true);
    const scripts = await liveScripts();
    expect(
      scripts.map((s) => s.title),
      'one script, titled as given',
    ).toEqual(['Cold Open']);
    expect(scripts[0].currentRevisionId, 'the new revision is current').toBe(r.revisionId);
    const revs = await getRevisions(r.scriptId);
    expect(
      revs.map((x) => [x.seq, x.color]),
      'revision 1 is White',
    ).toEqual([[1, 'White']]);
    expect(revs[0].script.text, 'the parsed text is stored whole').toBe(tinyScript().text);
  });

  it('reading the same text twice makes no new revision', async () => {
    const a = await storeRevision({
      script: tinyScript(),
      source: page('https://x.test/s.html#p2'),
      title: 'A',
    });
    const b = await storeRevision({
      script: tinyScript(),
      source: page('https://x.test/s.html'),
      title: 'A',
    });
    expect(b, 'same text again points at the stored revision').toEqual({ ...a, created: false });
    expect(await db.revisions.count(), 'still one revision').toBe(1);
    expect(await db.scripts.count(), 'still one script').toBe(1);
  });

  it('ignores trailing spaces and line-ending differences when deciding the text is the same', async () => {
    const s = tinyScript();
    const a = await storeRevision({ script: s, source: page('https://x.test/a'), title: 'A' });
    const b = await storeRevision({
      script: { ...s, text: s.text.replace(/\n/g, '  \r\n') },
      source: page('https://x.test/a'),
      title: 'A',
    });
    expect(b.created, 'whitespace-only differences are not a new draft').toBe(false);
    expect(b.revisionId, 'points at the first revision').toBe(a.revisionId);
  });

  it('a changed text from the same source becomes the next revision in the next colour', async () => {
    const a = await storeRevision({
      script: tinyScript(0),
      source: page('https://x.test/s.html'),
      title: 'A',
    });
    const b = await storeRevision({
      script: tinyScript(1),
      source: page('https://x.test/s.html#top'),
      title: 'B',
    });
    const c = await storeRevision({
      script: tinyScript(2),
      source: page('https://x.test/s.html'),
      title: 'C',
    });
    expect([b.scriptId, c.scriptId], 'later drafts join the first script').toEqual([a.scriptId, a.scriptId]);
    const revs = await getRevisions(a.scriptId);
    expect(
      revs.map((r) => `${r.seq}:${r.color}`),
      'seq and WGA colour order',
    ).toEqual(['1:White', '2:Blue', '3:Pink']);
    expect((await latestRevision(a.scriptId))?.id, 'latest is the third').toBe(c.revisionId);
    expect((await db.scripts.get(a.scriptId))?.title, 'the title stays the first one').toBe('A');
    expect((await db.scripts.get(a.scriptId))?.currentRevisionId, 'current follows the newest').toBe(
      c.revisionId,
    );
  });

  it('a different source with different text is a different script, unless the user chose one', async () => {
    const a = await storeRevision({
      script: tinyScript(0),
      source: page('https://x.test/one'),
      title: 'One',
    });
    const b = await storeRevision({
      script: tinyScript(1),
      source: page('https://x.test/two'),
      title: 'Two',
    });
    expect(b.scriptId, 'another URL is another script').not.toBe(a.scriptId);
    const file: SourceInfo = { kind: 'file', fileName: 'draft3.fountain', format: 'fountain' };
    const c = await storeRevision({ script: tinyScript(3), source: file, title: 'x', scriptId: a.scriptId });
    expect(c.scriptId, 'the chosen script receives the revision').toBe(a.scriptId);
    expect((await db.scripts.get(a.scriptId))?.sourceKeys, 'the file name is remembered as a source').toEqual(
      ['https://x.test/one', 'file:draft3.fountain'],
    );
    const d = await storeRevision({ script: tinyScript(4), source: file, title: 'x' });
    expect(d.scriptId, 'the next draft of that file finds the script by file name').toBe(a.scriptId);
  });

  it('a quota error says "Storage is full - nothing was saved" and leaves nothing half-written', async () => {
    vi.spyOn(db.revisions, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const err = await storeRevision({
      script: tinyScript(),
      source: page('https://x.test/q'),
      title: 'Q',
    }).catch((e) => e);
    expect(err, 'a StorageError reaches the UI').toBeInstanceOf(StorageError);
    expect(err.code, 'coded quota').toBe('quota');
    expect(err.message, 'the sentence the user sees').toBe('Storage is full - nothing was saved.');
    expect(await db.scripts.count(), 'the new script was rolled back with the revision').toBe(0);
  });

  it('refuses a chosen script that was deleted', async () => {
    const a = await storeRevision({ script: tinyScript(), source: page('https://x.test/d'), title: 'D' });
    await softDelete('scripts', a.scriptId);
    const err = await storeRevision({
      script: tinyScript(1),
      source: page('https://x.test/e'),
      title: 'E',
      scriptId: a.scriptId,
    }).catch((e) => e);
    expect(err?.code, 'a deleted script cannot receive revisions').toBe('not_found');
    expect(await liveScripts(), 'deleted scripts are not listed').toEqual([]);
    expect(await db.scripts.count(), 'soft delete keeps the record').toBe(1);
  });
});

describe('small writes', () => {
  it('renames, and keeps settings', async () => {
    const a = await storeRevision({ script: tinyScript(), source: page('https://x.test/r'), title: 'Old' });
    await renameScript(a.scriptId, '  New title ');
    expect((await db.scripts.get(a.scriptId))?.title, 'renamed and trimmed').toBe('New title');
    await expect(renameScript(a.scriptId, '  '), 'an empty title is refused').rejects.toThrow(
      'needs a title',
    );
    expect(
      await settings.currentScriptId.get(),
      'an unset setting reads as its declared fallback',
    ).toBeNull();
    await settings.currentScriptId.set(a.scriptId);
    expect(await settings.currentScriptId.get(), 'setting read back').toBe(a.scriptId);
  });

  it('typed settings refuse a value of the wrong kind, and read a damaged stored value as unset', async () => {
    await expect(
      settings.theme.set('purple' as never),
      'a theme that is not one of the four is refused with a sentence',
    ).rejects.toThrow(SettingInvalid);
    expect(await db.settings.get('ui.theme'), 'nothing was written').toBeUndefined();
    await db.settings.put({ key: 'ui.recentCommands', value: 'not a list', updatedAt: 1 });
    expect(await settings.recentCommands.get(), 'a damaged value reads as the fallback').toEqual([]);
    const lock = settings.revisionLock('r1');
    expect(lock.key, 'per-record settings are keyed by the record').toBe('revision.lock.r1');
    expect(await lock.get(), 'no lock stored').toBeNull();
    await settings.noteDraft('s1').set('half a thought');
    await settings.noteDraft('s1').remove();
    expect(await settings.noteDraft('s1').get(), 'removed: the fallback again').toBe('');
  });
});

describe('connections', () => {
  it('two connections (two panels) stay in step', async () => {
    const other = new ScriptsideDB();
    await other.open();
    const counts: number[] = [];
    const sub = liveQuery(() => other.revisions.count()).subscribe((n) => counts.push(n));
    await vi.waitFor(() => expect(counts, 'the other panel saw the empty table').toContain(0));
    await storeRevision({ script: tinyScript(), source: page('https://x.test/c'), title: 'C' });
    await vi.waitFor(() => expect(counts.at(-1), 'the other panel sees the new revision live').toBe(1));
    sub.unsubscribe();
    other.close();
  });

  it('closes and tells the UI to reload when a newer version opens elsewhere', async () => {
    const { onStorageEvent } = await import('../../../lib/db');
    const events: string[] = [];
    const off = onStorageEvent((e) => events.push(e.type));
    const newer = new ScriptsideDB();
    newer.version(2).stores({ extra: 'id' });
    await newer.open();
    expect(events, 'the old connection heard versionchange').toEqual(['versionchange']);
    expect(db.isOpen(), 'and closed itself so the upgrade was not blocked').toBe(false);
    newer.close();
    off();
    await newer.delete();
  });

  it('reports "blocked" when another window holds an old connection open', async () => {
    db.close();
    await db.delete();
    // A raw connection at an older version that ignores versionchange, as a stale window would.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('scriptside', 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const status = await openDatabase();
    expect(status.ok, 'cannot open yet').toBe(false);
    expect(!status.ok && status.reason, 'reason is blocked').toBe('blocked');
    expect(!status.ok && status.message, 'asks to close other windows').toMatch(
      /Close other Scriptside windows/,
    );
    raw.close();
    await vi.waitFor(() => expect(db.isOpen(), 'opens once the old window closes').toBe(true));
  });
});
