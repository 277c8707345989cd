// Room load: 20 Node clients x 100 notes on one room over two room-server instances (PostgreSQL + Redis), writes
// paced as assistants type. Every client must end with all 2,000 notes; prints how long a note took to reach the other
// clients (p50/p95, goal p95 <= 250 ms) and the instances' memory. Skipped with a notice without PostgreSQL/Redis.
import { connectClient, synced, waitFor, type RoomClient } from '../../rooms/clients.ts';
import { makeInvite, roomInfra, rssBytes, startRoomCluster } from '../../rooms/harness.mjs';
import { report } from '../harness';
import * as Y from 'yjs';

const CLIENTS = 20;
const NOTES_PER_CLIENT = 100;
/** Each client writes a note this often (ms): 20 clients together write 400 notes a second, a busy room x 10. */
const PACE_MS = 50;
const P95_GOAL_MS = 250;
const ROOM = 'bench-load';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(): Promise<void> {
  const cluster = await startRoomCluster({ instances: 2 });
  const clients: RoomClient[] = [];
  try {
    const token = await makeInvite(ROOM, 'editor');
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const client = connectClient(cluster.instances[c % cluster.instances.length].url, ROOM, token);
      client.doc.getMap('notes').observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const [id, change] of event.changes.keys)
          if (change.action === 'add' && sentAt.has(id)) latencies.push(now - sentAt.get(id)!);
      });
      clients.push(client);
    }
    await Promise.all(clients.map((client) => synced(client, 30_000)));

    const started = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        // Spread the clients' first writes over one pace interval.
        await new Promise((r) => setTimeout(r, (PACE_MS * c) / CLIENTS));
        for (let n = 0; n < NOTES_PER_CLIENT; n++) {
          const id = `c${c}-n${n}`;
          client.doc.transact(() => {
            const note = new Y.Map<unknown>();
            note.set('id', id);
            note.set('scriptId', 'script-1');
            note.set('kind', 'pitch');
            note.set('createdAt', Date.now());
            note.set('text', new Y.Text(`Client ${c} note ${n}: move the reveal to the cold open`));
            sentAt.set(id, performance.now());
            client.doc.getMap('notes').set(id, note);
          });
          await new Promise((r) => setTimeout(r, PACE_MS));
        }
      }),
    );
    const total = CLIENTS * NOTES_PER_CLIENT;
    await waitFor(
      () => clients.every((client) => client.doc.getMap('notes').size === total),
      `every client to hold all ${total} notes`,
      60_000,
    ).catch((error: Error) => console.log(error.message));
    const convergedMs = performance.now() - started;
    const complete = clients.filter((client) => client.doc.getMap('notes').size === total).length;
    latencies.sort((a, b) => a - b);
    const memory = cluster.instances.map(
      (i) => `${i.name} ${((rssBytes(i.pid) ?? 0) / 1024 / 1024).toFixed(0)} MB`,
    );
    report({
      name: `note propagation p50 (${CLIENTS} clients x ${NOTES_PER_CLIENT} notes, 2 instances)`,
      ms: percentile(latencies, 50),
      extra: `${latencies.length} deliveries`,
    });
    report({
      name: 'note propagation p95',
      ms: percentile(latencies, 95),
      budgetMs: P95_GOAL_MS,
      extra: `max ${latencies[latencies.length - 1]?.toFixed(0)} ms`,
    });
    console.log(
      `${complete}/${CLIENTS} clients hold all ${total} notes, ${(convergedMs / 1000).toFixed(1)} s from the first ` +
        `write | server memory: ${memory.join(', ')}`,
    );
  } finally {
    for (const client of clients) client.destroy();
    await cluster.stop();
  }
}

export async function run(): Promise<void> {
  let infra;
  try {
    infra = roomInfra();
  } catch (error) {
    infra = { ok: false, reason: (error as Error).message };
  }
  if (!infra.ok) {
    console.log(infra.reason);
    return;
  }
  // A benchmark never fails the run.
  await load().catch((error: Error) => console.log(`rooms load: not measured (${error.message})`));
}
