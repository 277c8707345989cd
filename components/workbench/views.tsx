// The view runner: the one way a command (or another view) acts on a view, through the view's typed handle
// (lib/commands/views.ts). A view registers its handle while mounted; an action for a view that is not mounted waits
// for it and runs once, when it mounts.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { HandledViewId, RunInViewOptions, ViewHandles, ViewRunner } from '../../lib/commands/views';
import { holdTypedKeys } from '../ui/typeahead';

/**
 * Actions kept per view while it is not mounted. A few are plenty (a PA presses a shortcut, then another before the
 * view has loaded); an older one beyond these would act on a view the user has long moved past.
 */
export const PENDING_PER_VIEW = 10;

type AnyAction = (view: never) => void;

/** The runner plus what views use to offer their handle. */
export interface ViewRegistry extends ViewRunner {
  /** Makes `handle` view `id`'s handle, runs the actions that waited for it; returns the function that removes it. */
  register<K extends HandledViewId>(id: K, handle: ViewHandles[K]): () => void;
}

/** A runner whose `show(id)` brings view `id` forward (the workbench's setActiveView). */
export function createViewRegistry(show: (id: HandledViewId) => void): ViewRegistry {
  const handles = new Map<HandledViewId, unknown>();
  const pending = new Map<HandledViewId, AnyAction[]>();
  return {
    run(id, action, options: RunInViewOptions = {}) {
      const handle = handles.get(id) as ViewHandles[typeof id] | undefined;
      if (options.focus && !handle) holdTypedKeys();
      if (options.show !== false) show(id);
      if (handle) {
        action(handle);
        return;
      }
      pending.set(id, [...(pending.get(id) ?? []).slice(-(PENDING_PER_VIEW - 1)), action as AnyAction]);
    },
    shown(id) {
      return handles.get(id) as ViewHandles[typeof id] | undefined;
    },
    register(id, handle) {
      handles.set(id, handle);
      const waiting = pending.get(id) ?? [];
      pending.delete(id);
      for (const action of waiting) (action as (view: typeof handle) => void)(handle);
      return () => {
        if (handles.get(id) === handle) handles.delete(id);
      };
    },
  };
}

const Ctx = createContext<ViewRegistry | null>(null);

/** Holds the view runner for everything inside; `show` brings a view forward. */
export function ViewsProvider({
  show,
  children,
}: {
  show: (id: HandledViewId) => void;
  children: ReactNode;
}) {
  const showRef = useRef(show);
  showRef.current = show;
  const registry = useMemo(() => createViewRegistry((id) => showRef.current(id)), []);
  return <Ctx.Provider value={registry}>{children}</Ctx.Provider>;
}

function useRegistry(): ViewRegistry {
  const r = useContext(Ctx);
  if (!r) throw new Error('The view runner needs a <ViewsProvider>.');
  return r;
}

/** The view runner (stable for the workbench's life). */
export function useViews(): ViewRunner {
  return useRegistry();
}

/**
 * Offers `handle` as view `id`'s handle while the calling component is mounted. The handle may change every render
 * (it closes over the view's state); the registration does not, so an action is never run twice.
 */
export function useViewHandle<K extends HandledViewId>(id: K, handle: ViewHandles[K]): void {
  const registry = useRegistry();
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    // Every method calls the latest handle: the registered object stays the same for the view's life.
    const stable = new Proxy({} as ViewHandles[K], {
      get: (_t, name) => {
        const value = (latest.current as unknown as Record<string | symbol, unknown>)[name];
        return typeof value === 'function'
          ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(latest.current, args)
          : value;
      },
    });
    return registry.register(id, stable);
  }, [registry, id]);
}
