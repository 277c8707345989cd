// The one file of the UI that knows stored data is live: it wraps dexie-react-hooks' useLiveQuery around the query
// functions of lib/db, so a component re-renders when the records it read change (in this page, the background or
// another panel). Components never reach the database any other way (eslint.config.js enforces it).
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingItem } from '../../lib/db';

/**
 * The answer of `query` (a lib/db read), asked again whenever what it read changes; undefined while loading (the
 * last answer stays until the next one arrives). `deps` are the query's inputs, as for useEffect.
 */
export function useLive<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  // The deps are the caller's: the rule of hooks is checked where useLive is called.
  return useLiveQuery(query, [...deps]);
}

/** A typed setting's value, live; undefined while loading (the setting's fallback when none is stored). */
export function useSetting<T>(item: SettingItem<T>): T | undefined {
  return useLive(() => item.get(), [item.key]);
}
