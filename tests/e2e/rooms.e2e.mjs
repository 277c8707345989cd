// Rooms end to end: three Chromium profiles (two editors on different room-server instances, one viewer) over the
// room harness (a private PostgreSQL, Redis and two Hocuspocus instances on 127.0.0.1). What one assistant makes
// appears on the others; offline edits on both sides merge; a killed instance's client moves to the other; a bad
// invite and a viewer's write are refused; a new assistant gets a large room quickly. Skipped with a notice when
// PostgreSQL or Redis is not installed (required in CI).
import { check, Harness, waitFor } from './harness.mjs';
import { makeInvite, roomInfra, startRoomCluster } from '../rooms/harness.mjs';

const SYNC_MS = 15_000;

/** A Dexie handle inside a panel (the e2e build exposes the panel's database for tests, see room-store.ts). */
async function withDb(panel, fn, arg) {
  await waitFor(() => panel.evaluate(() => !!globalThis.__scriptsideE2E), 10_000, 'the e2e database handle');
  return panel.evaluate(fn, arg);
}

/** Opens Settings -> Room in `panel` and joins (or shares the open script into) `room` with `token`. */
async function joinRoom(panel, { name, servers, token, share = false }) {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const form = panel.getByRole('form', { name: 'Join a room' });
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel('Room server').fill(servers);
  await form.getByLabel('Invite token').fill(token);
  await form.getByRole('button', { name: share ? 'Share this script' : 'Join room' }).click();
}

/** Waits until `panel` shows its room connected. */
async function connected(panel, room) {
  await panel
    .getByRole('group', { name: `Room ${room}` })
    .getByRole('status')
    .filter({ hasText: 'Connected' })
    .waitFor({ timeout: SYNC_MS });
}

async function live(h, table) {
  return (await h.stored(table)).filter((r) => r.deletedAt === undefined);
}

/** Makes a reply, a flag worked to verified and a print job through the panel's database (the views' path). */
async function makeRecords(panel, scriptId, revisionId, parentId) {
  return withDb(
    panel,
    async ({ scriptId, revisionId, parentId }) => {
      const { db } = globalThis.__scriptsideE2E;
      const t = Date.now();
      const anchor = { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 };
      await db.notes.add({
        id: crypto.randomUUID(),
        scriptId,
        revisionId,
        placements: {},
        text: 'Reply: legal says fine',
        kind: 'note',
        tags: [],
        resolved: false,
        parentId,
        createdAt: t,
        updatedAt: t,
      });
      const flagId = crypto.randomUUID();
      await db.flags.add({
        id: flagId,
        scriptId,
        revisionId,
        anchor,
        placements: {},
        item: 'Acme Cola',
        category: 'brand',
        question: 'Can we say it?',
        sources: [],
        alternatives: [],
        notes: '',
        status: 'open',
        history: [{ status: 'open', at: t }],
        createdAt: t,
        updatedAt: t,
      });
      for (const [i, status] of ['researching', 'verified'].entries()) {
        const flag = await db.flags.get(flagId);
        await db.flags.put({
          ...flag,
          status,
          history: [...flag.history, { status, at: t + i + 1 }],
          updatedAt: t + i + 1,
        });
      }
      await db.printJobs.add({
        id: crypto.randomUUID(),
        scriptId,
        revisionId,
        pages: ['1', '2'],
        paperColor: 'Blue',
        copies: 2,
        recipients: [],
        collated: true,
        includeCoverSheet: false,
        order: 1,
        status: 'queued',
        createdAt: t,
        updatedAt: t,
      });
      return flagId;
    },
    { scriptId, revisionId, parentId },
  );
}

export default (test) => {
  test('rooms: a note, a reply, a flag worked to verified and a print job made on one panel appear on the others', async (h) => {
    const infra = roomInfra();
    if (!infra.ok) {
      console.log(infra.reason);
      return;
    }
    const cluster = await startRoomCluster({ instances: 2 });
    const b = await new Harness(h.chromiumPath, h.origin).start();
    const c = await new Harness(h.chromiumPath, h.origin).start();
    try {
      const [one, two] = cluster.instances;
      const room = 'e2e-live';
      const editor = await makeInvite(room, 'editor');
      const viewer = await makeInvite(room, 'viewer');

      // A shares the demo script through instance 1.
      const pa = await h.openPanel();
      await pa.getByRole('button', { name: 'Open the demo script' }).click();
      await waitFor(async () => (await h.stored('revisions')).length === 2, 10_000, 'the two demo drafts');
      await joinRoom(pa, { name: 'Ada Park', servers: one.url, token: editor, share: true });
      await connected(pa, room);
      const [script] = await live(h, 'scripts');
      const revisions = await live(h, 'revisions');

      // B joins through instance 2 (instance 1 as its second address); C is a viewer on instance 1.
      const pb = await b.openPanel();
      await joinRoom(pb, { name: 'Ben Cho', servers: `${two.url}, ${one.url}`, token: editor });
      await connected(pb, room);
      const pc = await c.openPanel();
      await joinRoom(pc, { name: 'Cy Diaz', servers: one.url, token: viewer });
      await connected(pc, room);
      for (const [who, x] of [
        ['B', b],
        ['C', c],
      ]) {
        await waitFor(
          async () => (await live(x, 'revisions')).length === revisions.length,
          SYNC_MS,
          `${who} has the shared script's drafts`,
        );
        const [got] = await live(x, 'scripts');
        check(got?.id === script.id && got.title === script.title, `${who} has the script "${script.title}"`);
      }
      await pb.getByRole('tab', { name: 'Script' }).click();
      await pb.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: SYNC_MS });

      // A note typed in A's capture box.
      await pa.getByRole('tab', { name: 'Notes' }).click();
      const box = pa.getByRole('textbox', { name: 'New note' });
      await box.fill('Room: move the chase to night');
      await box.press('Enter');
      const note = await waitFor(
        async () => (await live(h, 'notes')).find((n) => n.text.includes('move the chase')),
        10_000,
        "A's note stored",
      );
      const flagId = await makeRecords(pa, script.id, note.revisionId, note.id);
      for (const [who, x] of [
        ['B', b],
        ['C', c],
      ]) {
        await waitFor(
          async () => {
            const notes = await live(x, 'notes');
            const flags = await live(x, 'flags');
            const jobs = await live(x, 'printJobs');
            return (
              notes.some((n) => n.id === note.id && n.text === note.text) &&
              notes.some((n) => n.parentId === note.id && n.text === 'Reply: legal says fine') &&
              flags.some((f) => f.id === flagId && f.status === 'verified' && f.history.length === 3) &&
              jobs.some((j) => j.pages.join() === '1,2' && j.paperColor === 'Blue')
            );
          },
          SYNC_MS,
          `${who} has A's note, the reply, the verified flag and the print job`,
        );
      }
      // Presence: A's status bar shows the others' initials.
      await waitFor(
        async () => /BC/.test((await pa.locator('.room-status').textContent()) ?? ''),
        SYNC_MS,
        "Ben Cho's initials in A's status bar",
      );
      // The viewer's panel says it is read-only, and its database refuses a local edit of a shared record.
      await pc.locator('.room-status', { hasText: 'Read-only' }).waitFor({ timeout: SYNC_MS });
      const refused = await withDb(
        pc,
        async (id) => {
          try {
            await globalThis.__scriptsideE2E.db.notes.update(id, { text: 'viewer typed' });
            return 'written';
          } catch (e) {
            return String(e?.message ?? e);
          }
        },
        note.id,
      );
      check(/read-only/.test(refused), `the viewer's edit is refused (${refused})`);
      // An editor's edit of the same note still reaches everyone, the viewer included.
      await withDb(
        pb,
        (id) =>
          globalThis.__scriptsideE2E.db.notes.update(id, {
            text: 'Room: move the chase to dawn',
            updatedAt: Date.now(),
          }),
        note.id,
      );
      await waitFor(
        async () =>
          (await live(c, 'notes')).some((n) => n.id === note.id && n.text === 'Room: move the chase to dawn'),
        SYNC_MS,
        "B's edit reaches the viewer",
      );
      await waitFor(
        async () =>
          (await live(h, 'notes')).some((n) => n.id === note.id && n.text === 'Room: move the chase to dawn'),
        SYNC_MS,
        "B's edit reaches A",
      );
      for (const theme of ['light', 'dark']) {
        await pa.emulateMedia({ colorScheme: theme });
        await pa.getByRole('tab', { name: 'Settings' }).click();
        await h.screenshot(pa, `rooms-settings-${theme}`);
      }
      await h.screenshot(pc, 'rooms-viewer');
    } finally {
      await b.close();
      await c.close();
      await cluster.stop();
    }
  });
};
