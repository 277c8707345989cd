// Room load: 20 Node clients x 100 notes on one room over two room-server instances (PostgreSQL + Redis), writes
// paced as assistants type. Every client must end with all 2,000 notes; prints how long a note took to reach the other
// clients (p50/p95, goal p95 <= 250 ms) and the instances' memory. Skipped with a notice without PostgreSQL/Redis.
import { connectClient, synced, waitFor, type RoomClient } from '../../rooms/clients.ts';
import { makeInvite, roomInfra, rssBytes, startRoomCluster, type RoomCluster } from '../../rooms/harness.mjs';
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

interface LoadResult {
  p50: number;
  p95: number;
  max: number;
  deliveries: number;
  complete: number;
  convergedMs: number;
  memory: string[];
}

/** Runs the load on `cluster`'s instances (clients spread over them) and returns what it measured. */
async function load(cluster: RoomCluster): Promise<LoadResult> {
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
    latencies.sort((a, b) => a - b);
    return {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies[latencies.length - 1] ?? NaN,
      deliveries: latencies.length,
      complete: clients.filter((client) => client.doc.getMap('notes').size === total).length,
      convergedMs: performance.now() - started,
      memory: cluster.instances.map(
        (i) => `${i.name} ${((rssBytes(i.pid) ?? 0) / 1024 / 1024).toFixed(0)} MB`,
      ),
    };
  } finally {
    for (const client of clients) client.destroy();
  }
}

/** The same load on one instance (embedded store, no Redis) as the anchor, then on two over PostgreSQL + Redis. */
async function measure(): Promise<void> {
  const single = await startRoomCluster({ embedded: true });
  let anchor: LoadResult;
  try {
    anchor = await load(single);
  } finally {
    await single.stop();
  }
  const pair = await startRoomCluster({ instances: 2 });
  let result: LoadResult;
  try {
    result = await load(pair);
  } finally {
    await pair.stop();
  }
  const setup = `${CLIENTS} clients x ${NOTES_PER_CLIENT} notes`;
  report({
    name: `note propagation p50 (${setup}, 2 instances, PostgreSQL + Redis)`,
    ms: result.p50,
    anchor: { name: 'one instance', ms: anchor.p50 },
    extra: `${result.deliveries} deliveries`,
  });
  report({
    name: 'note propagation p95',
    ms: result.p95,
    anchor: { name: 'one instance', ms: anchor.p95 },
    budgetMs: P95_GOAL_MS,
    extra: `max ${result.max.toFixed(0)} ms`,
  });
  const total = CLIENTS * NOTES_PER_CLIENT;
  console.log(
    `${result.complete}/${CLIENTS} clients hold all ${total} notes, ${(result.convergedMs / 1000).toFixed(1)} s from ` +
      `the first write (one instance: ${anchor.complete}/${CLIENTS}, ${(anchor.convergedMs / 1000).toFixed(1)} s) | ` +
      `server memory: ${result.memory.join(', ')} (one instance: ${anchor.memory.join(', ')})`,
  );
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
  await measure().catch((error: Error) => console.log(`rooms load: not measured (${error.message})`));
}
