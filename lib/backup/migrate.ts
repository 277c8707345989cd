// Brings a backup's tables from the schema version that wrote them up to the current one, one step at a time.
// Every future schema version adds a step here together with its Dexie upgrade (lib/db/database.ts), so old backups
// are migrated, never refused.

import { BACKUP_SCHEMA_VERSION } from './format';

/** A step from schema version N to N + 1, keyed by N. Steps are pure: they return new tables. */
export type Migrations = Readonly<
  Record<number, (tables: Record<string, unknown>) => Record<string, unknown>>
>;

/**
 * The shipped steps. Schema 1 is the first shipped version, so there are none yet; a step 1 -> 2 goes here when
 * version(2) is added to the database.
 */
export const MIGRATIONS: Migrations = {};

/** A backup from a schema version this code has no step for. */
export class MissingMigration extends Error {}

/** Applies the steps from `fromVersion` up to the current version. Throws MissingMigration if a step is missing. */
export function migrateBackup(
  tables: Record<string, unknown>,
  fromVersion: number,
  steps: Migrations = MIGRATIONS,
  toVersion = BACKUP_SCHEMA_VERSION,
): Record<string, unknown> {
  let out = tables;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps[v];
    if (!step)
      throw new MissingMigration(`This backup is from schema ${v}, which this Scriptside cannot read.`);
    out = step(out);
  }
  return out;
}
