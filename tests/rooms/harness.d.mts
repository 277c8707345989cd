// Types of tests/rooms/harness.mjs for TypeScript tests (the harness itself is plain .mjs so the browser e2e can
// import it without a TypeScript loader).

export declare const ROOT: string;
export declare const ROOM_SECRET: string;

export interface RoomInstance {
  name: string;
  /** ws://127.0.0.1:PORT */
  url: string;
  port: number;
  pid: number;
  /** Every line it printed (stdout and stderr). */
  logs: string[];
  alive(): boolean;
  /** SIGTERM: writes waiting changes, then exits. */
  stop(): Promise<void>;
  /** SIGKILL: dies at once, as a crashed machine would. */
  kill(): Promise<void>;
}

export interface PrivateService {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface RoomCluster {
  postgres?: PrivateService;
  redis?: PrivateService;
  instances: RoomInstance[];
  dataDir?: string;
  addInstance(name?: string): Promise<RoomInstance>;
  stop(): Promise<void>;
}

export declare function findPostgresBin(): string | undefined;
export declare function findRedisServer(): string | undefined;
export declare function roomInfra(): { ok: boolean; reason?: string };
export declare function freePort(): Promise<number>;
export declare function stopPid(pid: number, signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
export declare function startPostgres(): Promise<PrivateService>;
export declare function startRedis(): Promise<PrivateService>;
export declare function startRoomInstance(options?: {
  name?: string;
  postgresUrl?: string;
  redisUrl?: string;
  dataDir?: string;
  store?: string;
  args?: string[];
  env?: Record<string, string>;
}): Promise<RoomInstance>;
export declare function runRoomServerExpectingExit(
  args: string[],
  env?: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }>;
export declare function makeInvite(
  room: string,
  role?: 'editor' | 'viewer',
  options?: { expiresInSeconds?: number; secret?: string },
): Promise<string>;
export declare function startRoomCluster(options?: {
  instances?: number;
  embedded?: boolean;
  args?: string[];
}): Promise<RoomCluster>;
export declare function rssBytes(pid: number): number | undefined;
