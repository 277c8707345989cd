// Room test harness (plain .mjs with JSDoc types, so Node tests and the browser e2e both import it): starts a private
// PostgreSQL (initdb into a temp folder), a private Redis and N room-server instances, all on free 127.0.0.1 ports,
// and stops every one of them by pid at the end — also when a test fails or the process exits early.
//
//   const infra = roomInfra();            // { ok, reason }: skip with a notice when binaries are absent (not in CI)
//   const cluster = await startRoomCluster({ instances: 2 });  // Postgres + Redis + 2 instances
//   const token = await makeInvite('room-1', 'editor');        // sign like `npm run room-invite`
//   ... clients connect to cluster.instances[i].url with `token` on the document named 'room-1' ...
//   await cluster.stop();
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';

/** The repository root (the room server runs from here). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The secret every test instance uses (tests only; at least 32 characters as the server requires). */
export const ROOM_SECRET = 'scriptside-test-secret-0123456789abcdef';

/** Longest wait for a process to start (ms); PostgreSQL's initdb is the slow one. */
const START_TIMEOUT_MS = 30_000;

/** Every process this harness started and has not stopped yet: killed on exit if a test forgot (or crashed). */
const running = new Set();
/** Temp folders to remove on exit (PostgreSQL's data, embedded stores). */
const tempDirs = new Set();

function cleanUpNow() {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}
process.once('exit', cleanUpNow);
// Interrupted (Ctrl+C, a CI timeout): clean up, then die of the same signal as Node would have.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    cleanUpNow();
    process.kill(process.pid, signal);
  });

function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** The folder with initdb, pg_ctl and postgres (POSTGRES_BIN, Debian's /usr/lib/postgresql/N/bin, or PATH). */
export function findPostgresBin() {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(debian, versions[0], 'bin');
  }
  const initdb = which('initdb');
  return initdb ? resolve(initdb, '..') : undefined;
}

/** The redis-server binary (REDIS_SERVER or PATH). */
export function findRedisServer() {
  return process.env.REDIS_SERVER ?? which('redis-server');
}

/**
 * Whether PostgreSQL and Redis are here. Absent: `{ ok: false, reason }` (print it and skip), except in CI (CI=true),
 * where their absence throws: CI must run these tests.
 * @returns {{ ok: boolean, reason?: string }}
 */
export function roomInfra() {
  const missing = [];
  if (!findPostgresBin()) missing.push('PostgreSQL (apt-get install postgresql)');
  if (!findRedisServer()) missing.push('redis-server (apt-get install redis-server)');
  if (missing.length === 0) return { ok: true };
  const reason = `[rooms] ${missing.join(' and ')} not found: room server tests skipped.`;
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error(`${reason.replace(' skipped.', ' required because CI is set.')}`);
  return { ok: false, reason };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs `cmd` as the postgres user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(cmd, args) {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

function run(cmd, args, what) {
  const result = spawnSync(cmd, args, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `${what} failed (${result.status}): ${(result.stderr || result.stdout || '').slice(-2000)}`,
    );
  return result.stdout;
}

function waitForExit(pid, timeoutMs) {
  return new Promise((resolveWait) => {
    const started = Date.now();
    const poll = () => {
      try {
        process.kill(pid, 0);
      } catch {
        return resolveWait(true);
      }
      if (Date.now() - started > timeoutMs) return resolveWait(false);
      setTimeout(poll, 25);
    };
    poll();
  });
}

/** Sends `signal` to `pid` and waits for it to exit; SIGKILL if it has not within `graceMs`. */
export async function stopPid(pid, signal = 'SIGTERM', graceMs = 5_000) {
  try {
    process.kill(pid, signal);
  } catch {
    running.delete(pid);
    return;
  }
  if (!(await waitForExit(pid, graceMs))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
    await waitForExit(pid, 2_000);
  }
  running.delete(pid);
}

/**
 * Starts a private PostgreSQL: initdb into a temp folder, listening on 127.0.0.1 only (no system service).
 * @returns {Promise<{ url: string, port: number, pid: number, stop: () => Promise<void> }>}
 */
export async function startPostgres() {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error('PostgreSQL binaries not found (apt-get install postgresql, or set POSTGRES_BIN).');
  const dir = tempDir('scriptside-pg-');
  const data = join(dir, 'data');
  const socketDir = join(dir, 'socket');
  mkdirSync(socketDir);
  if (isRoot()) {
    const uid = Number(run('id', ['-u', 'postgres'], 'id -u postgres'));
    const gid = Number(run('id', ['-g', 'postgres'], 'id -g postgres'));
    chownSync(dir, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  const port = await freePort();
  run(
    ...asPostgres(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]),
    'initdb',
  );
  // fsync off: these databases live for one test run; durability under a crash of the room server is what is tested.
  run(
    ...asPostgres(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'postgres.log'),
      '-w',
      '-t',
      String(START_TIMEOUT_MS / 1000),
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${socketDir} -c fsync=off -c max_connections=100`,
      'start',
    ]),
    'pg_ctl start',
  );
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  running.add(pid);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    pid,
    async stop() {
      // SIGINT is PostgreSQL's fast shutdown: it ends sessions and stops at once.
      await stopPid(pid, 'SIGINT', 10_000);
      removeTempDir(dir);
    },
  };
}

/** Resolves when `child` prints a line matching `pattern`; rejects if it exits first or takes too long. */
function waitForLine(child, pattern, lines, what) {
  return new Promise((resolveLine, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${what} did not start in ${START_TIMEOUT_MS} ms:\n${lines.slice(-20).join('\n')}`));
    }, START_TIMEOUT_MS);
    const onLine = (line) => {
      const match = pattern.exec(line);
      if (match) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolveLine(match);
      }
    };
    const onExit = (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it started:\n${lines.slice(-20).join('\n')}`));
    };
    child.once('exit', onExit);
    child.lineListeners.push(onLine);
  });
}

/** Spawns a process whose stdout and stderr lines are kept in `lines` (and passed to line listeners). */
function spawnLogged(cmd, args, options) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const lines = [];
  child.lineListeners = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      for (const line of parts) {
        lines.push(line);
        for (const listener of child.lineListeners) listener(line);
      }
    });
  }
  running.add(child.pid);
  child.once('exit', () => running.delete(child.pid));
  return { child, lines };
}

/**
 * Starts a private redis-server on 127.0.0.1 (no persistence).
 * @returns {Promise<{ url: string, port: number, pid: number, stop: () => Promise<void> }>}
 */
export async function startRedis() {
  const redisServer = findRedisServer();
  if (!redisServer)
    throw new Error('redis-server not found (apt-get install redis-server, or set REDIS_SERVER).');
  const port = await freePort();
  const { child, lines } = spawnLogged(redisServer, [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitForLine(child, /Ready to accept connections/, lines, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    stop: () => stopPid(child.pid, 'SIGTERM'),
  };
}

/**
 * @typedef {object} RoomInstance
 * @property {string} name
 * @property {string} url        ws://127.0.0.1:PORT
 * @property {number} port
 * @property {number} pid
 * @property {string[]} logs     every line it printed (stdout and stderr)
 * @property {() => boolean} alive
 * @property {() => Promise<void>} stop   SIGTERM: writes waiting changes, then exits
 * @property {() => Promise<void>} kill   SIGKILL: dies at once, as a crashed machine would
 */

/**
 * Starts one room server (`server/main.ts`) as a child process on a free port.
 * @param {{ name?: string, postgresUrl?: string, redisUrl?: string, dataDir?: string, store?: string,
 *   args?: string[], env?: Record<string, string> }} [options]
 * @returns {Promise<RoomInstance>}
 */
export async function startRoomInstance(options = {}) {
  const name = options.name ?? `room-${Math.random().toString(36).slice(2, 8)}`;
  const args = ['--import', 'tsx', join(ROOT, 'server/main.ts'), '--port', '0', '--name', name];
  if (options.postgresUrl) args.push('--postgres', options.postgresUrl);
  if (options.redisUrl) args.push('--redis', options.redisUrl);
  if (options.dataDir) args.push('--data', options.dataDir);
  if (options.store) args.push('--store', options.store);
  args.push(...(options.args ?? []));
  const { child, lines } = spawnLogged(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, SCRIPTSIDE_ROOM_SECRET: ROOM_SECRET, ...options.env },
  });
  const match = await waitForLine(
    child,
    /^Room server listening on (ws:\/\/[\d.]+:(\d+))/,
    lines,
    `room server ${name}`,
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  return {
    name,
    url: match[1],
    port: Number(match[2]),
    pid: child.pid,
    logs: lines,
    alive: () => !exited,
    stop: () => stopPid(child.pid, 'SIGTERM'),
    kill: () => stopPid(child.pid, 'SIGKILL'),
  };
}

/**
 * Runs the room server with `args` and returns its exit code and output, for servers expected to refuse to start.
 * @param {string[]} args
 * @param {Record<string, string | undefined>} [env]
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function runRoomServerExpectingExit(args, env = {}) {
  return new Promise((resolveRun) => {
    const { child, lines } = spawnLogged(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/main.ts'), '--port', '0', ...args],
      { cwd: ROOT, env: { ...process.env, SCRIPTSIDE_ROOM_SECRET: ROOM_SECRET, ...env } },
    );
    const timer = setTimeout(() => stopPid(child.pid, 'SIGTERM'), START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      // Let the last output lines arrive.
      setTimeout(() => resolveRun({ code, output: lines.join('\n') }), 50);
    });
  });
}

/**
 * Signs an invite like `npm run room-invite` (HS256 JWT: room, role, exp). `expiresInSeconds` may be negative (an
 * expired invite); `secret` defaults to the harness's.
 * @param {string} room
 * @param {'editor' | 'viewer'} [role]
 * @param {{ expiresInSeconds?: number, secret?: string }} [options]
 */
export async function makeInvite(room, role = 'editor', options = {}) {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (options.expiresInSeconds ?? 14 * 86_400);
  return new SignJWT({ room, role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(Math.min(now, exp - 1))
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(options.secret ?? ROOM_SECRET));
}

/**
 * Starts a room cluster: PostgreSQL and Redis (unless `embedded`) and `instances` room servers sharing them. With
 * `embedded: true`, one instance on the embedded file store in a temp folder. Stop it with `stop()`.
 * @param {{ instances?: number, embedded?: boolean, args?: string[] }} [options]
 * @returns {Promise<{ postgres?: Awaited<ReturnType<typeof startPostgres>>, redis?: Awaited<ReturnType<typeof startRedis>>,
 *   instances: RoomInstance[], dataDir?: string, addInstance: (name?: string) => Promise<RoomInstance>,
 *   stop: () => Promise<void> }>}
 */
export async function startRoomCluster(options = {}) {
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  try {
    if (options.embedded) {
      const dataDir = tempDir('scriptside-room-data-');
      stops.push(async () => removeTempDir(dataDir));
      const instance = await startRoomInstance({ name: 'embedded', dataDir, args: options.args });
      stops.push(() => instance.stop());
      const instances = [instance];
      return {
        instances,
        dataDir,
        addInstance: () => {
          throw new Error('An embedded store belongs to one instance.');
        },
        stop: stopAll,
      };
    }
    const postgres = await startPostgres();
    stops.push(() => postgres.stop());
    const redis = await startRedis();
    stops.push(() => redis.stop());
    const instances = [];
    const addInstance = async (name = `instance-${instances.length + 1}`) => {
      const instance = await startRoomInstance({
        name,
        postgresUrl: postgres.url,
        redisUrl: redis.url,
        args: options.args,
      });
      stops.push(() => instance.stop());
      instances.push(instance);
      return instance;
    };
    // Started together on purpose: instances starting at once on an empty database must not race.
    await Promise.all(
      Array.from({ length: options.instances ?? 2 }, (_, i) => addInstance(`instance-${i + 1}`)),
    );
    instances.sort((a, b) => a.name.localeCompare(b.name));
    return { postgres, redis, instances, addInstance, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Resident memory of `pid` in bytes (Linux /proc), or undefined elsewhere. */
export function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    return kb ? Number(kb[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
