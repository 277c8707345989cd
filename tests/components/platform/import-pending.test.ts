// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importFiles } from '../../../components/platform/read';
import { PENDING_KEY, takePendingAction } from '../../../components/platform/pending';
import { loadDemo } from '../../../components/platform/demo';
import { db, getRevisions, openDatabase } from '../../../lib/db';

const fixture = (name: string) => readFileSync(join(__dirname, '../../e2e/fixtures', name), 'utf8');

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await openDatabase();
});

describe('importFiles', () => {
  it('imports Fountain and HTML files; the same file again adds nothing; other files get a sentence', async () => {
    const fountain = new File([fixture('cold-open.fountain')], 'cold-open.fountain');
    const [first] = await importFiles([fountain]);
    expect(first, 'stored').toMatchObject({ ok: true, created: true, title: 'The Cold Open' });
    const [again] = await importFiles([new File([fixture('cold-open.fountain')], 'cold-open.fountain')]);
    expect(again, 'same text again').toMatchObject({ ok: true, created: false });
    const [html, bakery, docx] = await importFiles([
      new File([fixture('cold-open.html')], 'cold-open.html', { type: 'text/html' }),
      new File([fixture('bakery.html')], 'bakery.html', { type: 'text/html' }),
      new File(['x'], 'notes.docx'),
    ]);
    expect(html.ok, 'formatted HTML file read like a page').toBe(true);
    expect(bakery, 'not a script').toMatchObject({ ok: false, code: 'not_script' });
    expect(docx.ok === false && docx.message, 'unsupported type explained').toMatch(
      /use a .fountain, .fdx, .pdf/,
    );
  });
});

describe('loadDemo', () => {
  it('stores the two demo drafts as one script, once', async () => {
    const id = await loadDemo();
    expect(await loadDemo(), 'loading again returns the same script').toBe(id);
    const revs = await getRevisions(id);
    expect(
      revs.map((r) => r.seq),
      'two revisions, not four',
    ).toEqual([1, 2]);
    expect(
      revs.every((r) => r.pages.length > 0),
      'pages laid out',
    ).toBe(true);
  });
});

describe('pending actions from the background', () => {
  it('takes a well-formed, recent action once and drops forged or stale ones', async () => {
    const action = {
      type: 'add-note',
      tabId: 3,
      at: Date.now(),
      url: 'https://x.test/',
      quote: 'Who moved the cold open?',
    };
    await fakeBrowser.storage.session.set({ [PENDING_KEY]: action });
    expect(await takePendingAction(), 'the action').toEqual(action);
    expect(await takePendingAction(), 'taken only once').toBeUndefined();
    await fakeBrowser.storage.session.set({ [PENDING_KEY]: { ...action, type: 'run-code' } });
    expect(await takePendingAction(), 'unknown type dropped').toBeUndefined();
    await fakeBrowser.storage.session.set({ [PENDING_KEY]: { ...action, at: Date.now() - 120_000 } });
    expect(await takePendingAction(), 'stale action dropped').toBeUndefined();
  });
});
