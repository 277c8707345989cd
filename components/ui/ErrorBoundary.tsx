// Error boundaries: a view (or the status bar, or the whole panel) that cannot render shows a sentence instead of
// blanking the panel. A broken record must never make Settings > Backup & restore unreachable, so each view has its
// own boundary and the root's fallback can still save a backup of everything.
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the children, with a way to try again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  /** When this changes (another view, another script), the boundary tries its children again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error?: Error;
  key?: unknown;
}

/** Catches render errors below it and shows `fallback` instead. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.key) ? null : { key: props.resetKey, error: undefined };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the developer console; the user sees the fallback's sentence.
    console.warn('Scriptside: a part of the panel could not be shown.', error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (error) return this.props.fallback(error, () => this.setState({ error: undefined }));
    return this.props.children;
  }
}

/** The error's message as one short line of text (it may quote stored, untrusted text: shown as text only). */
export function errorLine(error: Error): string {
  const m = (error.message || error.name || 'Unknown error').replace(/\s+/g, ' ').trim();
  return m.length > 200 ? `${m.slice(0, 200)}…` : m;
}

/** A view that failed: says so and what still works. */
export function ViewFailed({ title, error, retry }: { title: string; error: Error; retry: () => void }) {
  return (
    <div className="view-failed" role="alert">
      <p>
        {`The ${title} view could not be shown (${errorLine(error)}). Your data is still stored; the other views, and Settings → Backup & restore, still work.`}
      </p>
      <button type="button" className="button-secondary" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

/** The whole panel failed: says so, and still offers to save everything before anything else is tried. */
export function PanelFailed({ error, retry }: { error: Error; retry: () => void }) {
  const [status, setStatus] = useState('');
  async function save() {
    // Loaded on the click: the backup code stays out of the panel's first load.
    const [{ saveBackupFile }, { exportBackup, salvageBackup }] = await Promise.all([
      import('./save-backup'),
      import('../../lib/db/backup'),
    ]);
    try {
      saveBackupFile(await exportBackup());
      setStatus('The backup was saved to your downloads.');
    } catch {
      const salvage = await salvageBackup();
      saveBackupFile(salvage.backup);
      setStatus('Saved what could be read to your downloads.');
    }
  }
  return (
    <div className="panel-failed" role="alert">
      <h1>Scriptside could not show the panel</h1>
      <p>{`${errorLine(error)}. Your scripts, notes and flags are still stored.`}</p>
      <div className="inline-form">
        <button type="button" className="button-primary" onClick={() => void save()}>
          Save backup of everything
        </button>
        <button type="button" className="button-secondary" onClick={retry}>
          Try again
        </button>
      </div>
      {status ? <p role="status">{status}</p> : null}
    </div>
  );
}
