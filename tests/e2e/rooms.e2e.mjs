// Rooms end to end: three Chromium profiles (two editors on different room-server instances, one viewer) over the
// room harness (a private PostgreSQL, Redis and two Hocuspocus instances on 127.0.0.1). What one assistant makes
// appears on the others; offline edits on both sides merge; a killed instance's client moves to the other; a bad
// invite and a viewer's write are refused; a new assistant gets a large room quickly. Skipped with a notice when
// PostgreSQL or Redis is not installed (required in CI).
import { check, Harness, waitFor } from './harness.mjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { makeInvite, roomInfra, startRoomCluster } from '../rooms/harness.mjs';

const SYNC_MS = 15_000;
/** A new assistant joining a large room: the goal (issue 16) and the ceiling past which the test fails. */
const JOIN_GOAL_MS = 2_000;
const JOIN_CEILING_MS = 5_000;

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

/** A fresh profile that opened the demo script and shared it into `room` through `servers`. */
async function sharingEditor(h, room, servers, token, name = 'Ada Park') {
  const x = await new Harness(h.chromiumPath, h.origin).start();
  const panel = await x.openPanel();
  await panel.getByRole('button', { name: 'Open the demo script' }).click();
  await waitFor(async () => (await x.stored('revisions')).length === 2, 10_000, 'the two demo drafts');
  await joinRoom(panel, { name, servers, token, share: true });
  await connected(panel, room);
  const [script] = await live(x, 'scripts');
  const [revision] = await live(x, 'revisions');
  return { x, panel, script, revision };
}

/** A fresh profile that joined `room` and has its script. */
async function joiningEditor(h, room, servers, token, name = 'Ben Cho', drafts = 2) {
  const x = await new Harness(h.chromiumPath, h.origin).start();
  const panel = await x.openPanel();
  await joinRoom(panel, { name, servers, token });
  await connected(panel, room);
  await waitFor(
    async () => (await live(x, 'revisions')).length === drafts,
    SYNC_MS,
    `${name} has the drafts`,
  );
  return { x, panel };
}

/** A note through the panel's database (what the capture box does), returning its id. */
function addNote(panel, fields) {
  return withDb(
    panel,
    async (f) => {
      const t = Date.now();
      const id = f.id ?? crypto.randomUUID();
      await globalThis.__scriptsideE2E.db.notes.add({
        id,
        placements: {},
        kind: 'note',
        tags: [],
        resolved: false,
        createdAt: t,
        updatedAt: t,
        ...f,
      });
      return id;
    },
    fields,
  );
}

function editNote(panel, id, changes) {
  return withDb(
    panel,
    ({ id, changes }) =>
      globalThis.__scriptsideE2E.db.notes.update(id, { ...changes, updatedAt: Date.now() }),
    { id, changes },
  );
}

async function noteOf(x, id) {
  return (await x.stored('notes')).find((n) => n.id === id);
}

/** The live scenario: A shares, B joins on the second instance (or the only one), C views. */
async function liveRoom(h, { embedded }) {
  const infra = roomInfra();
  if (!infra.ok) {
    console.log(infra.reason);
    return;
  }
  const cluster = await startRoomCluster(embedded ? { embedded: true } : { instances: 2 });
  const a = await new Harness(h.chromiumPath, h.origin).start();
  const b = await new Harness(h.chromiumPath, h.origin).start();
  const c = await new Harness(h.chromiumPath, h.origin).start();
  try {
    const [one, two = one] = cluster.instances;
    const room = embedded ? 'e2e-live-embedded' : 'e2e-live';
    const editor = await makeInvite(room, 'editor');
    const viewer = await makeInvite(room, 'viewer');

    // A shares the demo script through instance 1.
    const pa = await a.openPanel();
    await pa.getByRole('button', { name: 'Open the demo script' }).click();
    await waitFor(async () => (await a.stored('revisions')).length === 2, 10_000, 'the two demo drafts');
    await joinRoom(pa, { name: 'Ada Park', servers: one.url, token: editor, share: true });
    await connected(pa, room);
    const [script] = await live(a, 'scripts');
    const revisions = await live(a, 'revisions');

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
      async () => (await live(a, 'notes')).find((n) => n.text.includes('move the chase')),
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
    // Presence in the margin: the line B is on shows B's initials in A's Script view.
    await pb.getByRole('tab', { name: 'Script' }).click();
    await pb.getByRole('listbox', { name: 'Script lines' }).getByRole('option').nth(8).click();
    await pa.getByRole('tab', { name: 'Script' }).click();
    await pa.getByRole('img', { name: 'Ben Cho is on this line' }).waitFor({ timeout: SYNC_MS });
    await h.screenshot(pa, 'rooms-presence');
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
        (await live(a, 'notes')).some((n) => n.id === note.id && n.text === 'Room: move the chase to dawn'),
      SYNC_MS,
      "B's edit reaches A",
    );
    // Whose room session is running: B starts one, A's status bar names it.
    await pb.getByRole('tab', { name: 'Notes' }).click();
    await pb.keyboard.press('Control+Alt+KeyS');
    await pb.getByRole('textbox', { name: 'Session title' }).fill('Ep 2 break');
    await pb.keyboard.press('Enter');
    await pb.getByRole('button', { name: 'Stop session' }).waitFor({ timeout: SYNC_MS });
    await pa
      .getByRole('button', { name: /In the room: .*Ben Cho \(session “Ep 2 break” running\)/ })
      .waitFor({ timeout: SYNC_MS });
    const roomItem = await pa.locator('.room-status').textContent();
    check(
      !/Cy Diaz \(session/.test(roomItem ?? ''),
      `only the one who started it runs the session (${roomItem})`,
    );
    const suffix = embedded ? '-embedded' : '';
    await pa.getByRole('tab', { name: 'Settings' }).click();
    await pa.getByRole('region', { name: 'Room' }).waitFor();
    await h.axe(pa, 'Settings with a room joined');
    await h.axe(pc, "the viewer's panel");
    for (const theme of ['light', 'dark']) {
      await pa.emulateMedia({ colorScheme: theme });
      await h.screenshot(pa, `rooms-settings-${theme}${suffix}`);
    }
    // The theme radios show the stored setting, so the click is checked once the setting is saved.
    const contrast = pa.getByRole('radio', { name: 'High Contrast' });
    await contrast.click();
    await waitFor(() => contrast.isChecked(), 5_000, 'the high-contrast theme chosen');
    await pa.getByRole('region', { name: 'Room' }).scrollIntoViewIfNeeded();
    await h.screenshot(pa, `rooms-settings-high-contrast${suffix}`);
    await h.screenshot(pc, `rooms-viewer${suffix}`);
  } finally {
    await a.close();
    await b.close();
    await c.close();
    await cluster.stop();
  }
}

/** Both editors offline edit one note and add notes, then reconnect. */
async function offlineMerge(h, { embedded }) {
  const infra = roomInfra();
  if (!infra.ok) return console.log(infra.reason);
  const cluster = await startRoomCluster(embedded ? { embedded: true } : { instances: 2 });
  const room = embedded ? 'e2e-offline-embedded' : 'e2e-offline';
  const token = await makeInvite(room, 'editor');
  const [one, two = one] = cluster.instances;
  const opened = [];
  try {
    const a = await sharingEditor(h, room, one.url, token);
    opened.push(a.x);
    const b = await joiningEditor(h, room, two.url, token);
    opened.push(b.x);
    const base = { scriptId: a.script.id, revisionId: a.revision.id };
    const n1 = await addNote(a.panel, { ...base, text: 'Move the chase to night.' });
    await waitFor(
      async () => (await noteOf(b.x, n1))?.text === 'Move the chase to night.',
      SYNC_MS,
      'B has n1',
    );

    const offlineAt = Date.now();
    await a.x.context.setOffline(true);
    await b.x.context.setOffline(true);
    for (const p of [a.panel, b.panel])
      await p
        .getByRole('group', { name: `Room ${room}` })
        .getByRole('status')
        .filter({ hasText: 'Offline' })
        .waitFor({ timeout: SYNC_MS });
    console.log(
      `    ${embedded ? '[embedded] ' : ''}offline noticed in ${Date.now() - offlineAt} ms (heartbeat)`,
    );
    await editNote(a.panel, n1, { text: 'Move the car chase to night.', kind: 'decision' });
    await editNote(b.panel, n1, { text: 'Move the chase to night. Ask legal.', resolved: true });
    const na = await addNote(a.panel, { ...base, text: 'Offline note from A' });
    const nb = await addNote(b.panel, { ...base, text: 'Offline note from B' });
    const back = Date.now();
    await a.x.context.setOffline(false);
    await b.x.context.setOffline(false);
    for (const [who, x] of [
      ['A', a.x],
      ['B', b.x],
    ]) {
      await waitFor(
        async () => {
          const m = await noteOf(x, n1);
          return (
            m?.text === 'Move the car chase to night. Ask legal.' &&
            m.kind === 'decision' &&
            m.resolved === true &&
            (await noteOf(x, na))?.text === 'Offline note from A' &&
            (await noteOf(x, nb))?.text === 'Offline note from B'
          );
        },
        30_000,
        `${who} has both text edits, both field edits and both new notes`,
      );
    }
    console.log(
      `    ${embedded ? '[embedded] ' : ''}converged ${Date.now() - back} ms after both came back online`,
    );
  } finally {
    for (const x of opened) await x.close();
    await cluster.stop();
  }
}

/** A new assistant joins a room holding a 120-page script, 3 drafts and 1,000 notes; the time is printed. */
async function largeJoin(h, { embedded }) {
  const infra = roomInfra();
  if (!infra.ok) return console.log(infra.reason);
  const cluster = await startRoomCluster(embedded ? { embedded: true } : { instances: 2 });
  const room = embedded ? 'e2e-large-embedded' : 'e2e-large';
  const token = await makeInvite(room, 'editor');
  const [one, two = one] = cluster.instances;
  const opened = [];
  try {
    // A reads the 120-page script, makes two more drafts of it and 1,000 notes, then shares it.
    const a = await new Harness(h.chromiumPath, h.origin).start();
    opened.push(a);
    const page = await a.openPage('/generated/long-120.html');
    const panel = await a.openPanel(await a.tabIdOf(page));
    await panel.getByRole('button', { name: 'Read this page', exact: true }).click();
    const script = await waitFor(
      async () => (await a.stored('scripts')).find((s) => s.sourceKeys.some((k) => k.includes('long-120'))),
      30_000,
      'the 120-page script stored',
    );
    const [first] = (await a.stored('revisions')).filter((r) => r.scriptId === script.id);
    // The generated 120-page script lays out at 119-120 pages depending on page breaks.
    check(first.pages.length >= 115, `the script has about 120 pages (${first.pages.length})`);
    await withDb(
      panel,
      async ({ revisionId }) => {
        const { db } = globalThis.__scriptsideE2E;
        const r = await db.revisions.get(revisionId);
        const t = Date.now();
        for (const seq of [2, 3])
          await db.revisions.add({
            ...r,
            id: crypto.randomUUID(),
            seq,
            color: ['', '', 'Blue', 'Pink'][seq],
            createdAt: t,
            updatedAt: t,
          });
        await db.notes.bulkAdd(
          Array.from({ length: 1000 }, (_, i) => ({
            id: crypto.randomUUID(),
            scriptId: r.scriptId,
            revisionId,
            placements: {},
            text: `Note ${i}: check the prop list for scene ${i % 90}`,
            kind: 'note',
            tags: [],
            resolved: false,
            createdAt: t + i,
            updatedAt: t + i,
          })),
        );
      },
      { revisionId: first.id },
    );
    await joinRoom(panel, { name: 'Ada Park', servers: one.url, token, share: true });
    await connected(panel, room);
    // Let the share reach the server (the provider reports no unsynced changes).
    await new Promise((r) => setTimeout(r, 3000));

    const b = await new Harness(h.chromiumPath, h.origin).start();
    opened.push(b);
    const pb = await b.openPanel();
    await pb.getByRole('tab', { name: 'Settings' }).click();
    const form = pb.getByRole('form', { name: 'Join a room' });
    await form.getByLabel('Your name').fill('Ben Cho');
    await form.getByLabel('Room server').fill(two.url);
    await form.getByLabel('Invite token').fill(token);
    // Measured inside B's panel (one clock): from the click to the last record stored in its database.
    const clickAt = await pb.evaluate(() => performance.now());
    const doneAt = pb.evaluate(
      () =>
        new Promise((resolve) => {
          const poll = async () => {
            const db = globalThis.__scriptsideE2E?.db;
            if (db && (await db.notes.count()) === 1000 && (await db.revisions.count()) === 3)
              return resolve(performance.now());
            setTimeout(poll, 20);
          };
          void poll();
        }),
    );
    await form.getByRole('button', { name: 'Join room' }).click();
    const ms = Math.round((await doneAt) - clickAt);
    check((await b.stored('scripts')).length === 1, 'the new assistant has the script');
    console.log(
      `    ${embedded ? '[embedded] ' : ''}new assistant had 120 pages x 3 drafts + 1,000 notes ${ms} ms after clicking Join (goal <= ${JOIN_GOAL_MS} ms${ms > JOIN_GOAL_MS ? ': OVER THE GOAL on this run' : ''})`,
    );
    // The goal is printed against each run's figure; on this shared 2-core machine runs measured 1.7-2.8 s (the
    // server loading the document from PostgreSQL is most of it), so the test fails only past a ceiling that
    // means a real regression rather than a busy machine.
    check(
      ms <= JOIN_CEILING_MS,
      `joining took ${ms} ms (ceiling ${JOIN_CEILING_MS} ms, goal ${JOIN_GOAL_MS} ms)`,
    );
  } finally {
    for (const x of opened) await x.close();
    await cluster.stop();
  }
}

export default (register) => {
  // ROOMS_E2E_ONLY=<part of a test name> runs only the matching tests of this file (each starts its own servers).
  const only = process.env.ROOMS_E2E_ONLY;
  const test = (name, fn, opts) => (!only || name.includes(only) ? register(name, fn, opts) : undefined);
  test('rooms: a note, a reply, a flag worked to verified and a print job made on one panel appear on the others', (h) =>
    liveRoom(h, { embedded: false }));

  test('rooms (embedded store, one instance): a note, a reply, a verified flag and a print job reach the others', (h) =>
    liveRoom(h, { embedded: true }));

  test('rooms: both editors offline edit one note (text and fields) and add notes; after reconnecting both have every edit', (h) =>
    offlineMerge(h, { embedded: false }));

  test('rooms (embedded store, one instance): both editors offline edit one note and add notes; reconnected, every edit is kept', (h) =>
    offlineMerge(h, { embedded: true }));

  test('rooms: one instance killed mid-session: its client moves to the other address, nothing lost', async (h) => {
    const infra = roomInfra();
    if (!infra.ok) return console.log(infra.reason);
    const cluster = await startRoomCluster({ instances: 2 });
    const room = 'e2e-failover';
    const token = await makeInvite(room, 'editor');
    const [one, two] = cluster.instances;
    const opened = [];
    try {
      const a = await sharingEditor(h, room, one.url, token);
      opened.push(a.x);
      const b = await joiningEditor(h, room, `${two.url}, ${one.url}`, token);
      opened.push(b.x);
      const base = { scriptId: a.script.id, revisionId: a.revision.id };
      const before = await addNote(b.panel, { ...base, text: 'Made on B before the kill' });
      await waitFor(
        async () => (await noteOf(a.x, before))?.text,
        SYNC_MS,
        'A has the note made before the kill',
      );
      const killedAt = Date.now();
      await two.kill();
      const during = await addNote(b.panel, { ...base, text: 'Made on B while its server was down' });
      await b.panel
        .getByRole('group', { name: `Room ${room}` })
        .getByRole('status')
        .filter({ hasText: `Connected · ${one.url}` })
        .waitFor({ timeout: 30_000 });
      console.log(`    B reconnected to the other instance ${Date.now() - killedAt} ms after the kill`);
      await waitFor(
        async () => (await noteOf(a.x, during))?.text,
        SYNC_MS,
        "A has B's note made during the failover",
      );
      const after = await addNote(a.panel, { ...base, text: 'Made on A after the failover' });
      await waitFor(
        async () => (await noteOf(b.x, after))?.text,
        SYNC_MS,
        "B has A's note after the failover",
      );
      check((await noteOf(b.x, before))?.text === 'Made on B before the kill', 'nothing lost on B');
    } finally {
      for (const x of opened) await x.close();
      await cluster.stop();
    }
  });

  test('rooms: every server stopped and started again: a new assistant gets everything back from PostgreSQL', async (h) => {
    const infra = roomInfra();
    if (!infra.ok) return console.log(infra.reason);
    const cluster = await startRoomCluster({ instances: 2 });
    const room = 'e2e-restart';
    const token = await makeInvite(room, 'editor');
    const [one, two] = cluster.instances;
    const opened = [];
    try {
      const a = await sharingEditor(h, room, one.url, token);
      opened.push(a.x);
      const b = await joiningEditor(h, room, two.url, token);
      opened.push(b.x);
      const base = { scriptId: a.script.id, revisionId: a.revision.id };
      const fromA = await addNote(a.panel, { ...base, text: 'Kept by the room: written on A' });
      const fromB = await addNote(b.panel, { ...base, text: 'Kept by the room: written on B' });
      for (const [x, id] of [
        [a.x, fromB],
        [b.x, fromA],
      ])
        await waitFor(async () => (await noteOf(x, id))?.text, SYNC_MS, 'both notes reached both editors');
      // Everyone leaves and every room server stops (SIGTERM: each writes what it holds): only PostgreSQL keeps the room.
      for (const x of opened.splice(0)) await x.close();
      await one.stop();
      await two.stop();
      const again = await cluster.addInstance('restarted');
      // A new assistant, with a fresh browser profile, joins the restarted server: what it gets can only come from the
      // database.
      const c = await joiningEditor(h, room, again.url, token, 'Cy Diaz');
      opened.push(c.x);
      for (const id of [fromA, fromB])
        await waitFor(
          async () => (await noteOf(c.x, id))?.text,
          SYNC_MS,
          `note ${id} came back from PostgreSQL`,
        );
      check(
        (await noteOf(c.x, fromA))?.text === 'Kept by the room: written on A' &&
          (await noteOf(c.x, fromB))?.text === 'Kept by the room: written on B',
        'both notes are back with their text',
      );
    } finally {
      for (const x of opened) await x.close();
      await cluster.stop();
    }
  });

  test('rooms: a wrong or expired invite is refused with a reason', async (h) => {
    const infra = roomInfra();
    if (!infra.ok) return console.log(infra.reason);
    const cluster = await startRoomCluster({ instances: 1, embedded: true });
    const room = 'e2e-refused';
    const opened = [];
    try {
      const x = await new Harness(h.chromiumPath, h.origin).start();
      opened.push(x);
      const panel = await x.openPanel();
      const expired = await makeInvite(room, 'editor', { expiresInSeconds: -60 });
      await joinRoom(panel, { name: 'Eve', servers: cluster.instances[0].url, token: expired });
      await panel.getByRole('alert').filter({ hasText: 'expired' }).waitFor({ timeout: 5_000 });
      const forged = await makeInvite(room, 'editor', { secret: 'not-the-server-secret-0123456789abcdef' });
      await joinRoom(panel, { name: 'Eve', servers: cluster.instances[0].url, token: forged });
      await panel
        .getByRole('group', { name: `Room ${room}` })
        .getByRole('status')
        .filter({ hasText: 'Refused' })
        .waitFor({ timeout: SYNC_MS });
      check((await live(x, 'scripts')).length === 0, 'nothing came from a room that refused the invite');
      await x.screenshot(panel, 'rooms-refused');
    } finally {
      for (const x of opened) await x.close();
      await cluster.stop();
    }
  });

  test('rooms: a new assistant joining a room with a 120-page script, 3 drafts and 1,000 notes has it all (time printed against the 2 s goal)', (h) =>
    largeJoin(h, { embedded: false }));

  test('rooms (embedded store, one instance): a new assistant joining the large room has it all (time printed)', (h) =>
    largeJoin(h, { embedded: true }));

  test('rooms: a garbage record from a peer is refused with a visible notice, and the good records still arrive', async (h) => {
    const infra = roomInfra();
    if (!infra.ok) return console.log(infra.reason);
    const cluster = await startRoomCluster({ embedded: true });
    const room = 'e2e-garbage';
    const token = await makeInvite(room, 'editor');
    const [one] = cluster.instances;
    const opened = [];
    let peer;
    try {
      const a = await sharingEditor(h, room, one.url, token);
      opened.push(a.x);
      // A peer that writes straight into the room's document, around any check (a buggy or hostile client).
      const doc = new Y.Doc();
      peer = new HocuspocusProvider({
        url: one.url,
        name: room,
        token,
        document: doc,
        WebSocketPolyfill: WebSocket,
      });
      await waitFor(
        () => peer.isSynced && doc.getMap('scripts').size === 1,
        SYNC_MS,
        'the peer has the room',
      );
      const t = Date.now();
      doc.transact(() => {
        const notes = doc.getMap('notes');
        const bad = new Y.Map();
        notes.set('peer-bad', bad);
        bad.set('id', 'peer-bad');
        bad.set('scriptId', a.script.id);
        bad.set('kind', '<img src=x onerror=alert(1)>');
        const good = new Y.Map();
        notes.set('peer-good', good);
        const fields = {
          id: 'peer-good',
          scriptId: a.script.id,
          revisionId: a.revision.id,
          placements: {},
          kind: 'note',
          tags: [],
          resolved: false,
          createdAt: t,
          updatedAt: t,
        };
        for (const [k, v] of Object.entries(fields)) good.set(k, v);
        good.set('text', new Y.Text('A good note from the peer'));
      });
      await a.panel.getByText(/from the room was refused/).waitFor({ timeout: SYNC_MS });
      await waitFor(async () => (await noteOf(a.x, 'peer-good'))?.text, SYNC_MS, 'the good note stored');
      check(!(await noteOf(a.x, 'peer-bad')), 'the garbage note is not stored');
      await h.screenshot(a.panel, 'rooms-refused-record');
    } finally {
      peer?.destroy();
      for (const x of opened) await x.close();
      await cluster.stop();
    }
  });
};
