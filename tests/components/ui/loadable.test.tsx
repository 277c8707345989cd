// @vitest-environment jsdom
// Split-out code shown without React Suspense: React holds a Suspense boundary's content back until 300 ms after its
// fallback appeared, which made a view whose code arrived in 20 ms show after 300. A loadable shows at once once
// loaded, never shows its waiting line when preloaded, and hands a failed load to the error boundary, whose retry
// loads again.
import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadable } from '../../../components/ui/loadable';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

class Boundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    return this.state.error ? (
      <button type="button" onClick={() => this.setState({ error: undefined })}>
        Retry
      </button>
    ) : (
      this.props.children
    );
  }
}

describe('loadable', () => {
  it('shows its waiting line, then the component in the same turn its code arrives', async () => {
    const code = deferred<typeof Hello>();
    const View = loadable(() => code.promise, 'Loading pages…');
    render(<View name="Ana" />);
    expect(screen.getByText('Loading pages…')).toBeInTheDocument();
    await act(async () => code.resolve(Hello));
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
    expect(screen.queryByText('Loading pages…')).toBeNull();
  });

  it('never shows the waiting line once preloaded, and loads its code once', async () => {
    let loads = 0;
    const View = loadable(async () => {
      loads++;
      return Hello;
    });
    await View.preload();
    await View.preload();
    render(<View name="Ben" />);
    expect(screen.getByText('Hello Ben'), 'drawn in the first render').toBeInTheDocument();
    expect(loads).toBe(1);
  });

  it('gives a failed load to the error boundary; its retry loads again', async () => {
    const attempts = [deferred<typeof Hello>(), deferred<typeof Hello>()];
    let n = 0;
    const View = loadable(() => attempts[n++].promise);
    // React reports the error the boundary catches; expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <View name="Cy" />
      </Boundary>,
    );
    await act(async () => attempts[0].reject(new Error('chunk gone')));
    const retry = screen.getByRole('button', { name: 'Retry' });
    await act(async () => retry.click());
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => attempts[1].resolve(Hello));
    expect(screen.getByText('Hello Cy')).toBeInTheDocument();
    expect(n, 'loaded a second time').toBe(2);
    quiet.mockRestore();
  });
});
