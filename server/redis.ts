// Redis fan-out between instances (Hocuspocus's Redis extension), plus a resync when the subscriber reconnects:
// Redis cuts subscribers that exceed its output buffer during bursts, and what was published meanwhile is lost, so
// the instances would stay apart until the next edit (sync.md). After a reconnect each loaded room asks the others
// for what it misses (sync step 1), and they answer with it and ask in turn.
import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage, type onChangePayload } from '@hocuspocus/server';
import type { RoomLog } from './log.ts';
import { encodeSyncStep2 } from './protocol.ts';

/**
 * A second resync this long after the first, in case an answer was lost while the other instances' own connections
 * were coming back from the same Redis outage (ms).
 */
const SECOND_RESYNC_MS = 2_000;

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
      // ioredis emits 'ready' before it resubscribes: subscribe here first (Redis answers in order, so once this
      // resolves the channels are live), or the other instances' answers would arrive before anyone listens.
      const channels = [...(this.instance?.documents.keys() ?? [])].map((name) => this.channel(name));
      const subscribed = channels.length ? this.sub.subscribe(...channels) : Promise.resolve();
      subscribed.then(
        () => {
          this.resyncAll();
          setTimeout(() => this.resyncAll(), SECOND_RESYNC_MS).unref();
        },
        (error: Error) => log('redis-error', { connection: 'sub', error: error.message }),
      );
    });
    // ioredis reconnects by itself; without a listener it would print every failed attempt as unhandled.
    this.sub.on('error', (error: Error) => log('redis-error', { connection: 'sub', error: error.message }));
    this.pub.on('error', (error: Error) => log('redis-error', { connection: 'pub', error: error.message }));
  }

  /**
   * Hands a change to the other instances. The extension publishes a sync step 1 (this instance's whole state vector)
   * on every change, and each other instance answers with the diff and a step 1 of its own, answered in turn: three
   * messages and two diffs per keystroke, growing with the number of writers. Publishing the change itself as a sync
   * step 2 is one message, applied by the others under the Redis origin (so they store it and do not relay it back).
   * What a lost message would miss is repaired by the step 1 exchange on load and the resync after a reconnect.
   */
  override async onChange(data: onChangePayload): Promise<unknown> {
    if (data.transactionOrigin === this.redisTransactionOrigin) return;
    return this.pub.publish(
      this.channel(data.documentName),
      this.encode(encodeSyncStep2(data.documentName, data.update)),
    );
  }

  /**
   * The extension takes a Redis lock around Hocuspocus's store hook so that one instance writes a snapshot. Rooms are
   * stored by RoomPersistence instead (every instance appends what it sees, duplicates merge away), so the lock
   * would only cost a Redis round trip per store, and a log line whenever another instance holds it.
   */
  override async onStoreDocument(): Promise<void> {}

  override async afterStoreDocument(): Promise<void> {}

  private channel(documentName: string): string {
    return `${this.configuration.prefix}:${documentName}`;
  }

  private encode(message: Uint8Array): Buffer {
    return Buffer.concat([this.messagePrefix, Buffer.from(message)]);
  }

  /** Publishes sync step 1 of every loaded room: the other instances answer with what this one misses. */
  private resyncAll(): void {
    if (!this.instance) return;
    for (const document of this.instance.documents.values()) {
      const message = new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document);
      void this.pub.publish(this.channel(document.name), this.encode(message.toUint8Array()));
    }
  }
}
