// Code split out of the panel's first load (a view, the script pages), shown without React Suspense. React holds back
// the reveal of content that resolved after a Suspense fallback until 300 ms after that fallback appeared (its
// "fallback throttle"), so a view whose code arrived in 20 ms showed after 300: the first open of Revisions and the
// script pages after a read waited on that, not on their code. Here the fallback is ordinary state: once the code is
// there the component renders at once, and a component whose code is already loaded never shows the fallback.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads on first use (or on `preload`). */
export interface Loadable<P> {
  (props: P): ReactNode;
  /** Starts loading the code (once); resolves with the component. */
  preload(): Promise<ComponentType<P>>;
}

/**
 * A component drawn by the one `load` resolves with, a muted `waiting` line meanwhile ("Loading…"; null: nothing). A
 * failed load is thrown during render, for the nearest error boundary to show (with its retry, which loads again).
 */
export function loadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  waiting: string | null = 'Loading…',
): Loadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // The next render (an error boundary's retry) loads again.
        pending = undefined;
        throw error;
      },
    ));

  function Loaded(props: P): ReactNode {
    const [state, setState] = useState<{ component?: ComponentType<P>; error?: unknown }>(() => ({
      component: loaded,
    }));
    const component = state.component ?? loaded;
    useEffect(() => {
      if (component) return;
      let live = true;
      preload().then(
        (c) => live && setState({ component: c }),
        (error: unknown) => live && setState({ error }),
      );
      return () => {
        live = false;
      };
    }, [component]);
    if (state.error !== undefined) throw state.error;
    if (!component) return waiting === null ? null : <p className="muted view-loading">{waiting}</p>;
    const Component = component;
    return <Component {...props} />;
  }
  return Object.assign(Loaded, { preload });
}
