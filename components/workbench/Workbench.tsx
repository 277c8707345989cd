// The workbench: activity bar, view container, status bar, command palette, notices, and file drop/import.
import { lazy, Suspense, useEffect, useRef, useState, type DragEvent } from 'react';
import { getCommand } from '../../lib/commands/registry';
import '@vscode/codicons/dist/codicon.css';
import './theme.css';
import { Notifications } from '../ui/Notifications';
import { VIEWS } from '../views/registry';
import { useWorkbenchActions } from './actions';
import { ActivityBar } from './ActivityBar';
import { useCommands } from './commandContext';
import { useThemeSetting } from './data';
import { useKeybindings } from './keybindings';
import { OpenScriptProvider, useOpenScriptLoader } from './openScript';
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
        <ViewContainer view={view} />
      </main>
      <StatusBar onChooseScript={() => choose && void run(choose)} />
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
    <PlatformProvider value={platform}>
      <WorkbenchProvider initialView={initialView}>
        <WithOpenScript startupError={startupError} />
      </WorkbenchProvider>
    </PlatformProvider>
  );
}
