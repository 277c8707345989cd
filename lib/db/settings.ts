// Typed settings, as WXT's storage items: each is declared once in lib/records/settings.ts (key, type, value until
// set, check) and read and written here as `settings.theme.get()` / `settings.theme.set('dark')`, or per record as
// `settings.revisionLock(revisionId).get()`. No setting is read by a bare string key.

import {
  SETTING_FAMILY_SPECS,
  SETTING_SPECS,
  type SettingFamilySpec,
  type SettingSpec,
} from '../records/settings';
import { db } from './database';
import { toStorageError } from './errors';
import { now } from './ids';

/** A stored setting, typed. */
export interface SettingItem<T> {
  readonly key: string;
  /** The value until one is set. */
  readonly fallback: T;
  /** The setting's check (from its declaration). */
  valid(value: unknown): value is T;
  /** The stored value; the fallback when none is stored, or when what is stored fails the setting's check. */
  get(): Promise<T>;
  /** Stores a value; throws SettingInvalid for a value the setting cannot hold, StorageError when storage fails. */
  set(value: T): Promise<void>;
  /** Forgets the stored value (get() gives the fallback again). */
  remove(): Promise<void>;
}

/** A value a setting cannot hold (a bug in the caller, never the user's input): `message` names the setting. */
export class SettingInvalid extends Error {
  constructor(key: string) {
    super(`The setting "${key.slice(0, 80)}" cannot hold that value; nothing was saved.`);
    this.name = 'SettingInvalid';
  }
}

/** The typed item of one declared setting. */
export function settingItem<T>(spec: SettingSpec<T>): SettingItem<T> {
  return {
    key: spec.key,
    fallback: spec.fallback,
    valid: spec.valid,
    async get() {
      const rec = await db.settings.get(spec.key);
      // A stored value of the wrong kind (an old bug, a hand-edited database) reads as unset, never as a crash.
      return rec !== undefined && spec.valid(rec.value) ? rec.value : spec.fallback;
    },
    async set(value) {
      if (!spec.valid(value)) throw new SettingInvalid(spec.key);
      try {
        await db.settings.put({ key: spec.key, value, updatedAt: now() });
      } catch (e) {
        throw toStorageError(e);
      }
    },
    async remove() {
      try {
        await db.settings.delete(spec.key);
      } catch (e) {
        throw toStorageError(e);
      }
    },
  };
}

/** One per-record setting for many records at once (one read), by record id; records with none stored are left out. */
export async function settingsOfMany<T>(
  family: (id: string) => SettingItem<T>,
  ids: readonly string[],
): Promise<Map<string, T>> {
  const items = ids.map((id) => family(id));
  const rows = await db.settings.bulkGet(items.map((i) => i.key));
  const out = new Map<string, T>();
  rows.forEach((row, i) => {
    const item = items[i];
    if (row !== undefined && item.valid(row.value)) out.set(ids[i], row.value);
  });
  return out;
}

function familyItems<T>(fam: SettingFamilySpec<T>): (id: string) => SettingItem<T> {
  return (id) => settingItem(fam.of(id));
}

/** Every stored setting, typed: one item per declaration, a function of the record's id for per-record ones. */
export const settings = {
  theme: settingItem(SETTING_SPECS.theme),
  currentScriptId: settingItem(SETTING_SPECS.currentScriptId),
  recentCommands: settingItem(SETTING_SPECS.recentCommands),
  lastBackupAt: settingItem(SETTING_SPECS.lastBackupAt),
  revisionLock: familyItems(SETTING_FAMILY_SPECS.revisionLock),
  dismissedOrphans: familyItems(SETTING_FAMILY_SPECS.dismissedOrphans),
  noteDraft: familyItems(SETTING_FAMILY_SPECS.noteDraft),
};
