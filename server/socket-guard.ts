// Guards one WebSocket before Hocuspocus sees its messages. Hocuspocus 3 neither closes a socket that does not
// authenticate nor one whose token it refused, and queues what such a socket sends without limit (300 x 1 MiB took a
// server from 75 to 391 MB, sync.md). The guard closes a socket that sends garbage, that does not authenticate in
// time, that sends more than a small budget before it has, or that was refused; and pings it to find a hung peer.
import type { WebSocket } from 'ws';
import type { RoomLog } from './log.ts';
import { readMessageHead } from './protocol.ts';

/** WebSocket close codes the room server uses (4000-4999 are the application's), with their reasons. */
export const CLOSE = {
  garbage: { code: 4400, reason: 'The server could not read a message.' },
  refused: { code: 4403, reason: 'The invite was refused.' },
  expired: { code: 4401, reason: 'The invite has expired.' },
  authTimeout: { code: 4408, reason: 'Not authenticated in time.' },
  preAuthFlood: { code: 4429, reason: 'Too much data before authenticating.' },
  tooLarge: { code: 4413, reason: 'The room has reached its size limit.' },
} as const;

/**
 * What a socket may send before one of its documents is authenticated: the auth message and perhaps an awareness
 * update are a few hundred bytes; a real client never comes near this.
 */
export const PRE_AUTH_BYTES = 64 * 1024;

/** After a refusal, the refusal message is sent and the socket closed this much later (ms). */
const CLOSE_AFTER_REFUSAL_MS = 50;

export interface GuardOptions {
  authTimeoutMs: number;
  heartbeatMs: number;
  log: RoomLog;
}

/** One socket's guard; `admit` decides whether a message reaches Hocuspocus. */
export class SocketGuard {
  private readonly authenticated = new Set<string>();
  private preAuthBytes = 0;
  private closed = false;
  private alive = true;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly ws: WebSocket,
    private readonly options: GuardOptions,
  ) {
    if (options.authTimeoutMs > 0)
      this.timers.push(
        setTimeout(() => {
          if (this.authenticated.size > 0 || this.closed) return;
          options.log('closed-auth-timeout', {});
          this.close(CLOSE.authTimeout);
        }, options.authTimeoutMs),
      );
    if (options.heartbeatMs > 0) {
      ws.on('pong', () => (this.alive = true));
      const ping = setInterval(() => {
        // Closing already: the cut-off in close() ends it if the peer never answers the close frame.
        if (this.closed) return;
        if (!this.alive) {
          // No pong since the last ping: the peer is gone or hung. terminate() does not wait for a close handshake.
          options.log('heartbeat-lost', {});
          this.closed = true;
          ws.terminate();
          return;
        }
        this.alive = false;
        ws.ping();
      }, options.heartbeatMs);
      this.timers.push(ping);
    }
    ws.once('close', () => {
      this.closed = true;
      for (const timer of this.timers) clearTimeout(timer);
    });
  }

  /** True when `data` may go on to Hocuspocus; otherwise the socket is being closed. */
  admit(data: Uint8Array): boolean {
    if (this.closed) return false;
    const head = readMessageHead(data);
    if (!head) {
      this.options.log('closed-garbage', { bytes: data.byteLength });
      this.close(CLOSE.garbage);
      return false;
    }
    if (!this.authenticated.has(head.documentName)) {
      this.preAuthBytes += data.byteLength;
      if (this.preAuthBytes > PRE_AUTH_BYTES) {
        this.options.log('closed-pre-auth-flood', { bytes: this.preAuthBytes });
        this.close(CLOSE.preAuthFlood);
        return false;
      }
    }
    return true;
  }

  /** Calls `listener` once the socket has closed. */
  onClose(listener: () => void): void {
    this.ws.once('close', listener);
  }

  /** Marks `documentName` authenticated on this socket. */
  authenticate(documentName: string): void {
    this.authenticated.add(documentName);
  }

  /**
   * The document's connection ended while the socket stays open (the server closed it after a message it could not
   * apply, or the client left the document). Hocuspocus would queue further messages for it without limit until an
   * auth message arrives, so they count against the pre-auth budget again.
   */
  deauthenticate(documentName: string): void {
    this.authenticated.delete(documentName);
  }

  /** The token for a document was refused: Hocuspocus sends the refusal, then the socket is closed. */
  refuse(reason: string): void {
    this.timers.push(
      setTimeout(() => this.close({ code: CLOSE.refused.code, reason }), CLOSE_AFTER_REFUSAL_MS),
    );
  }

  /** Calls `onExpiry` when `expMs` (epoch ms) passes while the socket is open. */
  expireAt(expMs: number, onExpiry: () => void): void {
    // setTimeout holds at most 2^31-1 ms (24.8 days); a longer invite re-arms the timer when it fires.
    const MAX_TIMER_MS = 2 ** 31 - 1;
    const arm = () => {
      const left = expMs - Date.now();
      if (left <= 0) return onExpiry();
      this.timers.push(setTimeout(arm, Math.min(left, MAX_TIMER_MS)));
    };
    arm();
  }

  /** Closes the socket with `code` and `reason` (a close frame after whatever is already queued to send). */
  close({ code, reason }: { code: number; reason: string }): void {
    if (this.closed) return;
    this.closed = true;
    // A reason is at most 123 bytes in a close frame.
    this.ws.close(code, Buffer.from(reason).subarray(0, 123).toString());
    // A peer that ignores the close handshake is cut off.
    const cutOff = setTimeout(() => this.ws.terminate(), 2_000);
    cutOff.unref();
  }
}
