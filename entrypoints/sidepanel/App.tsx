// Wires the workbench to the real browser: the platform functions, the target tab, storage opening, and readings
// the background requested (toolbar, context menu, keyboard command).
import { useEffect, useMemo, useState } from 'react';
import { openDatabase } from '../../lib/db';
import {
  importFiles,
  loadDemo,
  onPendingAction,
  readCaptured,
  readTab,
  requestPersistentStorage,
  revealInPage,
  useTargetTab,
  type ReadOutcome,
} from '../../components/platform';
import type { Platform } from '../../components/workbench/platform';
import { Workbench } from '../../components/workbench/Workbench';

/** Readings requested from outside the panel, as functions the workbench runs and reports. */
function onReadRequest(handle: (read: () => Promise<ReadOutcome>) => void): () => void {
  return onPendingAction((action) => {
    if (action.type !== 'read-page') return;
    if (action.error) {
      const message = action.error;
      handle(async () => ({ ok: false, code: 'failed', message }));
    } else if (action.capture) {
      const capture = action.capture;
      handle(() => readCaptured(capture));
    } else {
      handle(() => readTab(action.tabId));
    }
  });
}

/** The side panel app. */
export function App() {
  const targetTabId = useTargetTab();
  const [storage, setStorage] = useState<{ ready: boolean; error?: string }>({ ready: false });
  useEffect(() => {
    void openDatabase().then((status) => setStorage({ ready: true, error: status.ok ? undefined : status.message }));
    void requestPersistentStorage().catch(() => false);
  }, []);
  const platform = useMemo<Platform>(
    () => ({ targetTabId, readTab, importFiles, revealInPage, loadDemo, onReadRequest }),
    [targetTabId],
  );
  if (!storage.ready) return null;
  return <Workbench platform={platform} startupError={storage.error} />;
}
