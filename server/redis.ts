// Redis fan-out between instances (Hocuspocus's Redis extension), plus a resync when the subscriber reconnects:
// Redis cuts subscribers that exceed its output buffer during bursts, and what was published meanwhile is lost, so
// the instances would stay apart until the next edit (sync.md). After a reconnect each loaded room asks the others
// for what it misses (sync step 1), and they answer with it and ask in turn.
import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage } from '@hocuspocus/server';
import type { RoomLog } from './log.ts';

/** Resync is sent this long after the subscriber is ready again (the resubscription must be in place first), and
 * once more a little later in case the first answers were published before it was. */
const RESYNC_DELAYS_MS = [200, 2_000];

/** Options for ioredis from a redis:// URL. */
function redisOptions(url: string) {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    options: {
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      db,
    },
  };
}

/** The Redis extension for `url`, with resync after a subscriber reconnect. */
export class RoomRedis extends Redis {
  extensionName = 'Redis';
  /** How many times the subscriber came back after losing Redis (for tests and the log). */
  resyncs = 0;

  constructor(url: string, name: string, log: RoomLog) {
    super({ ...redisOptions(url), identifier: `${name}-${crypto.randomUUID()}` });
    let readyOnce = false;
    this.sub.on('ready', () => {
      if (!readyOnce) {
        readyOnce = true;
        return;
      }
      this.resyncs++;
      log('redis-resync', { rooms: this.instance?.documents.size ?? 0 });
      for (const delay of RESYNC_DELAYS_MS) setTimeout(() => this.resyncAll(), delay).unref();
    });
    // ioredis reconnects by itself; without a listener it would print every failed attempt as unhandled.
    this.sub.on('error', (error: Error) => log('redis-error', { connection: 'sub', error: error.message }));
    this.pub.on('error', (error: Error) => log('redis-error', { connection: 'pub', error: error.message }));
  }

  /** Publishes sync step 1 of every loaded room: the other instances answer with what this one misses. */
  private resyncAll(): void {
    if (!this.instance) return;
    for (const document of this.instance.documents.values()) {
      const message = new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document);
      void this.pub.publish(
        `${this.configuration.prefix}:${document.name}`,
        Buffer.concat([this.messagePrefix, Buffer.from(message.toUint8Array())]),
      );
    }
  }
}
