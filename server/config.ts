// The room server's settings, read from its command line and environment, each checked with a clear sentence.
import { parseArgs } from 'node:util';
import { MIN_SECRET_LENGTH } from './auth.ts';

/** Which store keeps the rooms' documents. `file` and `pglite` are embedded; `postgres` is a real server. */
export type StoreKind = 'file' | 'pglite' | 'postgres';

export interface RoomServerConfig {
  /** Address to listen on; 127.0.0.1 unless the deployer says otherwise (a reverse proxy sits in front). */
  host: string;
  /** 0 picks a free port (printed on start). */
  port: number;
  secret: string;
  store: StoreKind;
  /** Folder of the embedded store. */
  dataDir: string;
  postgresUrl?: string;
  redisUrl?: string;
  /** How long changes wait before they are written, so a burst of keystrokes is one write (ms). */
  storeDelayMs: number;
  /** Largest WebSocket message accepted (bytes); a bigger one closes the connection. */
  maxMessageBytes: number;
  /** Largest document a room may grow to (bytes of its updates); writes beyond it are refused. */
  maxDocumentBytes: number;
  /** A connection that has not authenticated this long after opening is closed (ms). */
  authTimeoutMs: number;
  /** Interval of the server's WebSocket ping; a connection that misses one pong is closed (ms). */
  heartbeatMs: number;
  /** Name printed in the log, to tell instances apart. */
  name: string;
}

/** A setting the server cannot start with; `message` is a sentence for the operator. */
export class RoomConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoomConfigError';
  }
}

const MB = 1024 * 1024;

/** Defaults chosen for a room's traffic: notes are small, a shared 120-page draft is a few hundred kB. */
export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  dataDir: './room-data',
  storeDelayMs: 200,
  maxMessageBytes: 8 * MB,
  maxDocumentBytes: 64 * MB,
  authTimeoutMs: 5_000,
  heartbeatMs: 5_000,
} as const;

function positiveNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new RoomConfigError(`${flag} must be a number of 0 or more, not "${value}".`);
  return n;
}

function url(value: string | undefined, flag: string, protocols: string[]): string | undefined {
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new RoomConfigError(`${flag} must be a URL such as ${protocols[0]}//host:port, not "${value}".`);
  }
  if (!protocols.includes(parsed.protocol))
    throw new RoomConfigError(`${flag} must start with ${protocols.join(' or ')}//.`);
  return value;
}

/** The secret from `--secret` or SCRIPTSIDE_ROOM_SECRET, refused when missing or too short. */
export function readSecret(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const secret = flag ?? env.SCRIPTSIDE_ROOM_SECRET;
  if (!secret)
    throw new RoomConfigError(
      'No secret: pass --secret or set SCRIPTSIDE_ROOM_SECRET (the same secret signs the invites, e.g. `openssl rand -hex 32`).',
    );
  if (secret.length < MIN_SECRET_LENGTH)
    throw new RoomConfigError(`The secret must be at least ${MIN_SECRET_LENGTH} characters long.`);
  return secret;
}

/** Reads the room server's settings from `argv` (without node and the script) and `env`. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): RoomServerConfig {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        store: { type: 'string' },
        postgres: { type: 'string' },
        redis: { type: 'string' },
        secret: { type: 'string' },
        'store-delay': { type: 'string' },
        'max-message-mb': { type: 'string' },
        'max-document-mb': { type: 'string' },
        'auth-timeout': { type: 'string' },
        heartbeat: { type: 'string' },
        name: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new RoomConfigError(
      `${(error as Error).message}. Options: --port, --data, --postgres, --redis, --secret.`,
    );
  }
  const postgresUrl = url(values.postgres, '--postgres', ['postgres:', 'postgresql:']);
  const redisUrl = url(values.redis, '--redis', ['redis:']);
  const store = (values.store ?? (postgresUrl ? 'postgres' : 'file')) as StoreKind;
  if (!['file', 'pglite', 'postgres'].includes(store))
    throw new RoomConfigError(`--store must be file, pglite or postgres, not "${store}".`);
  if (store === 'postgres' && !postgresUrl)
    throw new RoomConfigError('--store postgres needs --postgres URL.');
  if (redisUrl && store !== 'postgres')
    throw new RoomConfigError(
      'Several instances (--redis) must share one database: pass --postgres URL too (an embedded store belongs to one process).',
    );
  // The name goes into every log line and into the Redis message prefix (at most 255 bytes with its random suffix).
  if (values.name !== undefined && !/^[\w.-]{1,64}$/.test(values.name))
    throw new RoomConfigError('--name must be 1 to 64 letters, digits, dots, dashes or underscores.');
  const port = positiveNumber(values.port, '--port', DEFAULTS.port);
  if (!Number.isInteger(port) || port > 65_535)
    throw new RoomConfigError('--port must be a port number (0 picks one).');
  return {
    host: values.host ?? DEFAULTS.host,
    port,
    secret: readSecret(values.secret, env),
    store,
    dataDir: values.data ?? DEFAULTS.dataDir,
    postgresUrl,
    redisUrl,
    storeDelayMs: positiveNumber(values['store-delay'], '--store-delay', DEFAULTS.storeDelayMs),
    maxMessageBytes:
      positiveNumber(values['max-message-mb'], '--max-message-mb', DEFAULTS.maxMessageBytes / MB) * MB,
    maxDocumentBytes:
      positiveNumber(values['max-document-mb'], '--max-document-mb', DEFAULTS.maxDocumentBytes / MB) * MB,
    authTimeoutMs: positiveNumber(values['auth-timeout'], '--auth-timeout', DEFAULTS.authTimeoutMs),
    heartbeatMs: positiveNumber(values.heartbeat, '--heartbeat', DEFAULTS.heartbeatMs),
    name: values.name ?? `room-server-${process.pid}`,
  };
}
