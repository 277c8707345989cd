// Rooms in SQL: PostgreSQL (pg) for N instances, or PGlite (PostgreSQL compiled to WebAssembly) embedded. Both run
// the same statements through a two-method driver, so the embedded measurement is of the production SQL.
import { lockDataFolder } from './folder-lock.ts';
import { type RoomStore, RoomStoreError, mergeStoredUpdates } from './types.ts';

interface Rows {
  rows: Record<string, unknown>[];
}
type Query = (sql: string, params?: unknown[]) => Promise<Rows>;

/** The part of a database driver the store uses. */
interface SqlDriver {
  query: Query;
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw). */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const TABLE = 'scriptside_room_updates';

/**
 * Taken around table creation: `CREATE TABLE IF NOT EXISTS` is not safe against itself (two instances starting at
 * once on an empty database failed with a duplicate key in pg_type), so instances create the schema one at a time.
 */
const SCHEMA_LOCK_KEY = 16_031_016;

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${TABLE} (
     id bigserial PRIMARY KEY,
     room text NOT NULL,
     data bytea NOT NULL,
     stored_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX IF NOT EXISTS ${TABLE}_room ON ${TABLE} (room, id)`,
];

function bytes(value: unknown): Uint8Array {
  // pg gives a Buffer, PGlite a Uint8Array: both are Uint8Arrays.
  return value as Uint8Array;
}

async function createSqlStore(kind: string, driver: SqlDriver, onClose?: () => void): Promise<RoomStore> {
  await driver.transaction(async (query) => {
    await query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    for (const statement of SCHEMA) await query(statement);
  });
  return {
    kind,
    async load(room) {
      const { rows } = await driver.query(`SELECT data FROM ${TABLE} WHERE room = $1 ORDER BY id`, [room]);
      return rows.map((row) => bytes(row.data));
    },
    async append(room, updates) {
      if (updates.length === 0) return;
      const values = updates.map((_, i) => `($1, $${i + 2})`).join(', ');
      await driver.query(`INSERT INTO ${TABLE} (room, data) VALUES ${values}`, [room, ...updates]);
    },
    async compact(room) {
      await driver.transaction(async (query) => {
        // One compaction of a room at a time across all instances; the others skip rather than wait.
        const { rows: locked } = await query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok', [room]);
        if (!locked[0]?.ok) return;
        const { rows } = await query(`SELECT id, data FROM ${TABLE} WHERE room = $1 ORDER BY id`, [room]);
        if (rows.length <= 1) return;
        const merged = mergeStoredUpdates(rows.map((row) => bytes(row.data)));
        // Delete exactly the rows merged: rows another instance appends meanwhile are kept.
        await query(`DELETE FROM ${TABLE} WHERE room = $1 AND id = ANY($2::bigint[])`, [
          room,
          rows.map((row) => String(row.id)),
        ]);
        await query(`INSERT INTO ${TABLE} (room, data) VALUES ($1, $2)`, [room, merged]);
      });
    },
    async close() {
      await driver.close();
      onClose?.();
    },
  };
}

/** Connects to PostgreSQL at `url` and creates the table if needed (safe when several instances start at once). */
export async function openPostgresStore(url: string): Promise<RoomStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client that loses its server emits 'error' on the pool; without a listener that would end the process.
  pool.on('error', (error) => console.error(`room store: PostgreSQL connection lost (${error.message})`));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new RoomStoreError(`Could not reach PostgreSQL at --postgres (${(error as Error).message}).`, {
      cause: error,
    });
  }
  return createSqlStore('postgres', {
    query: (sql, params) => pool.query(sql, params) as Promise<Rows>,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work((sql, params) => client.query(sql, params) as Promise<Rows>);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  });
}

/** Opens PGlite in `dir` (embedded PostgreSQL), with the folder lock PGlite itself does not take. */
export async function openPgliteStore(dir: string): Promise<RoomStore> {
  const release = lockDataFolder(dir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(`${dir}/pglite`);
    return await createSqlStore(
      'pglite',
      {
        query: (sql, params) => db.query(sql, params) as Promise<Rows>,
        transaction: (work) =>
          db.transaction((tx) => work((sql, params) => tx.query(sql, params) as Promise<Rows>)),
        close: () => db.close(),
      },
      release,
    );
  } catch (error) {
    release();
    throw error;
  }
}
