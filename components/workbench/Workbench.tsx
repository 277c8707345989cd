// The workbench: activity bar, view container, status bar, command palette, notices, and file drop/import.
import { lazy, Suspense, useEffect, useRef, useState, type DragEvent } from 'react';
import { getCommand } from '../../lib/commands/registry';
import '@vscode/codicons/dist/codicon.css';
import './theme.css';
import { ErrorBoundary, errorLine, PanelFailed } from '../ui/ErrorBoundary';
import { Notifications } from '../ui/Notifications';
import { VIEWS } from '../views/registry';
import { useWorkbenchActions } from './actions';
import { ActivityBar } from './ActivityBar';
import { useCommands } from './commandContext';
import { useThemeSetting } from './data';
import { useKeybindings } from './keybindings';
import { OpenScriptProvider, useOpenScript, useOpenScriptLoader } from './openScript';
import { PlatformProvider, usePlatform, type Platform } from './platform';
import { StatusBar } from './StatusBar';
import { useApplyTheme } from './theme';
import { useWorkbench, WorkbenchProvider } from './state';
import { ViewContainer } from './ViewContainer';

// The palette (and fuse.js) loads when first opened: it is not needed to show the script.
const CommandPalette = lazy(() => import('./CommandPalette').then((m) => ({ default: m.CommandPalette })));

/** File types the import accepts (the drop zone takes any file and lets the reader refuse). */
export const IMPORT_ACCEPT = '.fountain,.fdx,.pdf,.txt,.html';

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

function Shell({ startupError }: { startupError?: string }) {
  const wb = useWorkbench();
  const { run } = useCommands();
  const actions = useWorkbenchActions();
  const theme = useThemeSetting();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  useApplyTheme(theme);
  useKeybindings((c, from) => void run(c, from));
  useEffect(() => wb.setFileChooser(() => fileInput.current?.click()), [wb]);
  const platform = usePlatform();
  const runReading = actions.runReading;
  useEffect(() => platform.onReadRequest?.((read) => void runReading(read)), [platform, runReading]);
  useEffect(() => {
    if (startupError) wb.notify(startupError, 'error');
    // Once, on mount: the error is about opening storage, which happens before the workbench exists.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- notify is stable; run once
  }, []);

  const problem = useOpenScript().open?.problem;
  const view = VIEWS.find((v) => v.id === wb.activeView) ?? VIEWS[0];
  const choose = getCommand('script.choose');

  return (
    <div
      className={`workbench${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        void actions.importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <ActivityBar views={VIEWS} active={view.id} onSelect={wb.setActiveView} />
      <main className="workbench-main">
        <Notifications notices={wb.notices} onDismiss={wb.dismiss} />
        {problem ? (
          <div className="notifications">
            <div className="notification notification-error" role="alert">
              <span className="notification-message">{problem}</span>
            </div>
          </div>
        ) : null}
        <ViewContainer view={view} />
      </main>
      <ErrorBoundary
        resetKey={view.id}
        fallback={(error) => (
          <footer className="status-bar" aria-label="Status">
            <span className="status-item">{`Status unavailable: ${errorLine(error)}`}</span>
          </footer>
        )}
      >
        <StatusBar onChooseScript={() => choose && void run(choose)} />
      </ErrorBoundary>
      {wb.quickInput ? (
        <Suspense fallback={null}>
          <CommandPalette input={wb.quickInput} />
        </Suspense>
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a script file to import it
        </div>
      ) : null}
      <input
        ref={fileInput}
        type="file"
        accept={IMPORT_ACCEPT}
        multiple
        hidden
        aria-label="Import a script"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void actions.importFiles(files);
        }}
      />
    </div>
  );
}

function WithOpenScript({ startupError }: { startupError?: string }) {
  const state = useOpenScriptLoader();
  return (
    <OpenScriptProvider value={state}>
      <Shell startupError={startupError} />
    </OpenScriptProvider>
  );
}

/**
 * The whole side panel UI, running on `platform` (the real browser, or a fake in tests). `startupError` is shown as
 * an alert (storage could not be opened).
 */
export function Workbench({
  platform,
  initialView,
  startupError,
}: {
  platform: Platform;
  initialView?: string;
  startupError?: string;
}) {
  return (
    <ErrorBoundary fallback={(error, retry) => <PanelFailed error={error} retry={retry} />}>
      <PlatformProvider value={platform}>
        <WorkbenchProvider initialView={initialView}>
          <WithOpenScript startupError={startupError} />
        </WorkbenchProvider>
      </PlatformProvider>
    </ErrorBoundary>
  );
}
