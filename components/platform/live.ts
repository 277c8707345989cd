// The one file of the UI that knows stored data is live: a React hook over lib/db's watchQuery (Dexie's liveQuery), so
// a component re-renders when the records it read change (in this page, the background or another panel). Components
// never reach the database any other way (eslint.config.js enforces it).
import { useEffect, useState } from 'react';
import { watchQuery } from '../../lib/db/live';
import type { SettingItem } from '../../lib/db';

/**
 * The answer of `query` (a lib/db read), asked again whenever what it read changes; undefined while loading (the
 * last answer stays until the next one arrives). `deps` are the query's inputs, as for useEffect. A failed read is
 * thrown during render, for the view's error boundary to show.
 */
export function useLive<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<{ v: T } | undefined>(undefined);
  const [failure, setFailure] = useState<{ e: unknown } | undefined>(undefined);
  useEffect(
    () =>
      watchQuery(
        query,
        (v) => setValue({ v }),
        (e) => setFailure({ e }),
      ),
    // The deps are the caller's: the rule of hooks is checked where useLive is called.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
  if (failure) throw failure.e;
  return value?.v;
}

/** A typed setting's value, live; undefined while loading (the setting's fallback when none is stored). */
export function useSetting<T>(item: SettingItem<T>): T | undefined {
  return useLive(() => item.get(), [item.key]);
}
