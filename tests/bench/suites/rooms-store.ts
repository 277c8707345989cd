// Embedded room stores compared by memory: the file store (the default) and PGlite, each as a real server process:
// resident memory idle after start, after one room of a ~120-page script with 3 drafts and 1,000 notes was written
// and closed, and idle after a restart on the same folder. Goal: an idle server under 250 MB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectClient, synced, waitFor } from '../../rooms/clients.ts';
import { makeInvite, rssBytes, startRoomInstance, type RoomInstance } from '../../rooms/harness.mjs';
import { fillRoom } from '../../rooms/room-fixture.ts';

/** The idle memory the issue allows a room server. */
const IDLE_BUDGET_MB = 250;
/** Time for a server to settle (start-up garbage collected, the room unloaded) before its memory is read (ms). */
const SETTLE_MS = 2_500;

const mb = (bytes: number | undefined) =>
  bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

async function measure(store: 'file' | 'pglite'): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `scriptside-bench-${store}-`));
  let instance: RoomInstance | undefined;
  try {
    instance = await startRoomInstance({ name: `bench-${store}`, dataDir, store });
    await settle();
    const idle = rssBytes(instance.pid);

    const client = connectClient(instance.url, 'bench-room', await makeInvite('bench-room', 'editor'));
    await synced(client, 30_000);
    const started = performance.now();
    const { pages } = fillRoom(client.doc, { drafts: 3, notes: 1_000 });
    await waitFor(() => !client.provider.hasUnsyncedChanges, 'the room to reach the server', 60_000);
    const sentMs = performance.now() - started;
    const withRoom = rssBytes(instance.pid);
    client.destroy();
    // A new assistant joining the room once it is closed: the server loads it from the store and sends all of it.
    await settle();
    const joinStarted = performance.now();
    const joiner = connectClient(instance.url, 'bench-room', await makeInvite('bench-room', 'viewer'));
    await synced(joiner, 30_000);
    const joinMs = performance.now() - joinStarted;
    const joined = joiner.doc.getMap('notes').size;
    joiner.destroy();
    await settle();
    const afterRoom = rssBytes(instance.pid);
    await instance.stop();

    instance = await startRoomInstance({ name: `bench-${store}-reopened`, dataDir, store });
    await settle();
    const reopened = rssBytes(instance.pid);
    const worst = Math.max(idle ?? 0, afterRoom ?? 0, reopened ?? 0);
    console.log(
      `${store} store: idle ${mb(idle)} | room open ${mb(withRoom)} | after the room closed ${mb(afterRoom)} | ` +
        `reopened idle ${mb(reopened)} | ${pages}-page room with 3 drafts + 1,000 notes sent in ${sentMs.toFixed(0)} ms, ` +
        `joined from the store in ${joinMs.toFixed(0)} ms (${joined} notes; e2e goal 2,000 ms) | ` +
        `budget ${IDLE_BUDGET_MB} MB idle ${worst / 1024 / 1024 <= IDLE_BUDGET_MB ? 'met' : 'MISSED'}`,
    );
  } finally {
    await instance?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  for (const store of ['file', 'pglite'] as const) {
    // A benchmark never fails the run: a store that cannot be measured here is reported and skipped.
    await measure(store).catch((error: Error) =>
      console.log(`${store} store: not measured (${error.message})`),
    );
  }
}
