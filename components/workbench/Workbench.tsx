// The workbench: activity bar, view container, status bar, command palette, notices, and file drop/import.
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
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
import { useNotices, useQuickInput, useViewState, useWorkbench, WorkbenchProvider } from './state';
import { useViews } from './views';
import { whenIdle } from '../platform/idle';
import { loadable } from '../ui/loadable';
import type { PageTextRequest } from './platform';
import { ViewContainer } from './ViewContainer';
import { StoredDataLost } from './stored-data';

// The palette (and fuse.js) loads when first opened: it is not needed to show the script.
const CommandPalette = loadable(() => import('./CommandPalette').then((m) => m.CommandPalette), null);

/** File types the import accepts (the drop zone takes any file and lets the reader refuse). */
export const IMPORT_ACCEPT = '.fountain,.fdx,.pdf,.txt,.html';

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/** The notices at the top of the panel: the only part of the shell that redraws when one comes or goes. */
function NoticesArea() {
  const notices = useNotices();
  const { dismiss } = useWorkbench();
  return <Notifications notices={notices} onDismiss={dismiss} />;
}

/** The palette, while a quick input is requested. */
function QuickInputHost() {
  const input = useQuickInput();
  return input ? <CommandPalette input={input} /> : null;
}

/**
 * Text selected in the page for a note or a flag (the page's context menu): a note goes to the Notes view, which opens
 * and takes it as the next note's anchor; a flag is stored once the open script has loaded (the menu often opens the
 * panel, so the request can come before the script).
 */
function usePageTextRequests(): (request: PageTextRequest) => void {
  const views = useViews();
  const { ctx } = useCommands();
  const { loading } = useOpenScript();
  const [flags, setFlags] = useState<string[]>([]);
  useEffect(() => {
    if (loading || flags.length === 0) return;
    setFlags([]);
    for (const quote of flags) void ctx.factcheck.flagQuote(quote);
  }, [loading, flags, ctx]);
  return useCallback(
    (r: PageTextRequest) => {
      if (r.type === 'add-note') views.run('notes', (view) => view.noteOnQuote(r.quote));
      else setFlags((list) => [...list, r.quote]);
    },
    [views],
  );
}

function Shell({ startupError }: { startupError?: string }) {
  const wb = useWorkbench();
  const { activeView } = useViewState();
  const { run } = useCommands();
  const onPageText = usePageTextRequests();
  const actions = useWorkbenchActions();
  const theme = useThemeSetting();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  useApplyTheme(theme);
  useKeybindings((c, from) => void run(c, from));
  useEffect(() => wb.setFileChooser(() => fileInput.current?.click()), [wb]);
  const platform = usePlatform();
  const runReading = actions.runReading;
  useEffect(
    () => platform.onReadRequest?.((read) => void runReading(read), onPageText),
    [platform, runReading, onPageText],
  );
  // Once the panel's first screen is up (the open script read, or the welcome) and the panel is idle: the code and
  // worker a reading needs, the views' split-out parts and the palette, so the first "Read this page", the first
  // script shown and the first Ctrl+Shift+P do not wait for them. Not before: the panel is idle while it waits for
  // storage, and loading them then slowed its first screen.
  const { loading, open } = useOpenScript();
  const firstScreenUp = !loading;
  useEffect(() => {
    if (!firstScreenUp) return;
    return whenIdle(() => {
      platform.prepareReading?.();
      for (const v of VIEWS) v.warm?.();
      void CommandPalette.preload().catch(() => undefined);
    });
  }, [platform, firstScreenUp]);
  useEffect(() => {
    if (startupError) wb.notify(startupError, 'error');
    // Once, on mount: the error is about opening storage, which happens before the workbench exists.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- notify is stable; run once
  }, []);

  const problem = open?.problem;
  const view = VIEWS.find((v) => v.id === activeView) ?? VIEWS[0];
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
        <NoticesArea />
        {/* The check is a safety net: if it fails, the panel goes on without it. */}
        <ErrorBoundary fallback={() => null}>
          <StoredDataLost ready={firstScreenUp} />
        </ErrorBoundary>
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
        <StatusBar views={VIEWS} onChooseScript={() => choose && void run(choose)} />
      </ErrorBoundary>
      <QuickInputHost />
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
