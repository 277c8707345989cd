// Rooms in Firefox ESR: one Firefox profile shares the demo script into a room on the room harness's embedded server
// (one instance on 127.0.0.1), and a Node Yjs client in the same room sees the drafts arrive, writes a note the
// Firefox panel stores and shows, and receives a note typed in the panel's capture box. The e2e build's host access
// to 127.0.0.1 and the suite's prefs (optional permissions granted on a click) answer the room server's permission
// without a prompt; the recorder still fails the file for any request off the machine. Skipped with the harness's
// notice when PostgreSQL or Redis is not installed (required in CI).
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { makeInvite, roomInfra, startRoomCluster } from '../rooms/harness.mjs';
import { byRole, check, clickRole, waitFor } from './harness.mjs';

const SYNC_MS = 15_000;
const ROOM = 'ff-e2e-room';
const FROM_NODE = 'From the Node client: the diner sign needs clearance';
const FROM_FIREFOX = 'Typed in Firefox: move the chase to night';

async function live(h, table) {
  return (await h.stored(table)).filter((r) => r.deletedAt === undefined);
}

/** Replaces an input's value the way a user does: click, select all, type. */
async function fill(page, el, text) {
  await el.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await el.type(text);
}

/** The text of the status of the room card for `room` in `panel`, or '' while there is none. */
function roomStatus(panel, room) {
  return panel.evaluate(
    (name) =>
      document.querySelector(`[role=group][aria-label="Room ${name}"] [role=status]`)?.textContent ?? '',
    room,
  );
}

export default (test) => {
  test('rooms: the demo script shared from Firefox reaches a Node client; notes travel both ways', async (h) => {
    const infra = roomInfra();
    if (!infra.ok) return console.log(infra.reason);
    const cluster = await startRoomCluster({ embedded: true });
    let peer;
    try {
      const [server] = cluster.instances;
      const token = await makeInvite(ROOM, 'editor');

      const panel = await h.openPanel();
      await clickRole(panel, 'button', 'Open the demo script');
      await waitFor(async () => (await live(h, 'revisions')).length === 2, 10_000, 'the two demo drafts');
      const [script] = await live(h, 'scripts');
      const drafts = await live(h, 'revisions');

      // Settings -> Room: share the open script with the invite.
      await clickRole(panel, 'tab', /^Settings/);
      const within = 'form.room-form';
      await fill(panel, await byRole(panel, 'textbox', 'Your name', { within }), 'Ada Park');
      await fill(panel, await byRole(panel, 'textbox', 'Room server', { within }), server.url);
      await fill(panel, await byRole(panel, 'textbox', 'Invite token', { within }), token);
      const sharedAt = Date.now();
      await clickRole(panel, 'button', 'Share this script', { within });
      await waitFor(
        async () => /^Connected · ws:/.test(await roomStatus(panel, ROOM)),
        SYNC_MS,
        `this panel connected to the room ${ROOM}`,
      );
      console.log(`    Firefox connected to the room ${Date.now() - sharedAt} ms after "Share this script"`);

      // A Node client in the same room sees the script and its drafts.
      const doc = new Y.Doc();
      peer = new HocuspocusProvider({
        url: server.url,
        name: ROOM,
        token,
        document: doc,
        WebSocketPolyfill: WebSocket,
      });
      const joinedAt = Date.now();
      await waitFor(
        () => peer.isSynced && doc.getMap('revisions').size === drafts.length,
        SYNC_MS,
        'the Node client has the shared drafts',
      );
      console.log(
        `    Node client had the ${drafts.length} drafts ${Date.now() - joinedAt} ms after connecting`,
      );
      const roomScript = doc.getMap('scripts').get(script.id);
      check(roomScript?.get('title') === script.title, `the room holds the script "${script.title}"`);
      for (const d of drafts) {
        const held = doc.getMap('revisions').get(d.id);
        check(held?.get('scriptId') === script.id, `the room holds draft ${d.id} of the script`);
      }

      // A note written into the room by the Node client is stored and shown by the Firefox panel.
      const t = Date.now();
      doc.transact(() => {
        const note = new Y.Map();
        doc.getMap('notes').set('node-note', note);
        const fields = {
          id: 'node-note',
          scriptId: script.id,
          revisionId: drafts.at(-1).id,
          placements: {},
          kind: 'note',
          tags: [],
          resolved: false,
          createdAt: t,
          updatedAt: t,
        };
        for (const [k, v] of Object.entries(fields)) note.set(k, v);
        note.set('text', new Y.Text(FROM_NODE));
      });
      await waitFor(
        async () => (await live(h, 'notes')).some((n) => n.id === 'node-note' && n.text === FROM_NODE),
        SYNC_MS,
        "the Node client's note stored in Firefox",
      );
      await clickRole(panel, 'tab', /^Notes/);
      await byRole(panel, 'article', new RegExp(FROM_NODE.slice(0, 30)), { ms: SYNC_MS });

      // A note typed in the Firefox panel's capture box reaches the Node client.
      const box = await byRole(panel, 'textbox', 'New note');
      await box.click();
      await box.type(FROM_FIREFOX);
      await box.press('Enter');
      const typed = await waitFor(
        async () => (await live(h, 'notes')).find((n) => n.text.includes(FROM_FIREFOX)),
        10_000,
        'the typed note stored in Firefox',
      );
      const typedAt = Date.now();
      await waitFor(
        () => String(doc.getMap('notes').get(typed.id)?.get('text') ?? '').includes(FROM_FIREFOX),
        SYNC_MS,
        "the Firefox panel's note in the Node client's document",
      );
      console.log(
        `    the typed note was in the Node client ${Date.now() - typedAt} ms after Firefox had stored it`,
      );
      await panel.close();
    } finally {
      peer?.destroy();
      await cluster.stop();
    }
  });
};
