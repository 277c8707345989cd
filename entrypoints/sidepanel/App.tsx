// Wires the workbench to the real browser: the platform functions, the target tab, storage opening, and readings
// the background requested (toolbar, context menu, keyboard command).
import { useEffect, useMemo, useState } from 'react';
import { openDatabase } from '../../lib/db';
// Light modules statically; the readers (parsers, FDX and PDF) load on first use to keep the panel's first load small.
import { onPendingAction, requestPersistentStorage } from '../../components/platform/pending';
import { tabUrlOf } from '../../components/platform/tab-url';
import { useTargetTab } from '../../components/platform/use-target-tab';
import { askForSiteAccessInClick } from '../../components/platform/site-access';
import { storedMarkArea } from '../../components/platform/stored-mark-area';
import type { ReadOutcome, ReadSession } from '../../components/platform';
import type { PageTextRequest, Platform } from '../../components/workbench/platform';
import { Workbench } from '../../components/workbench/Workbench';

const readers = () => import('../../components/platform');

// Firefox takes the question about site access only inside the click, so it is asked before the readers load.
const readTab = (tabId: number, session?: ReadSession) => {
  const asked = askForSiteAccessInClick();
  return readers().then((m) => m.readTab(tabId, asked, session));
};
const importFiles = (files: File[], session?: ReadSession) =>
  readers().then((m) => m.importFiles(files, session));
const readExtractedPage = (extract: unknown, tabId: number, session?: ReadSession) =>
  readers().then((m) => m.readExtractedPage(extract, tabId, session));
const prepareReading = () => void readers().then((m) => m.prepareReading());
const loadDemo = () => readers().then((m) => m.loadDemo());
const revealInPage = (
  tabId: number,
  where: { quote: string; start?: number; end?: number; sourceUrl?: string },
) => readers().then((m) => m.revealInPage(tabId, where));

/** Readings requested from outside the panel, as functions the workbench runs and reports. */
function onReadRequest(
  handle: (read: (session?: ReadSession) => Promise<ReadOutcome>) => void,
  onPageText?: (request: PageTextRequest) => void,
): () => void {
  return onPendingAction((action) => {
    // "Add note to this line" and "Flag for fact-check" in the page: the workbench hands the text to the feature.
    if (action.type === 'add-note' || action.type === 'flag-fact') {
      onPageText?.({ type: action.type, quote: action.quote, tabId: action.tabId });
      return;
    }
    if (action.type !== 'read-page') return;
    if (action.error) {
      const message = action.error;
      handle(async () => ({ ok: false, code: 'failed', message }));
    } else if (action.extract) {
      const extract = action.extract;
      const tabId = action.tabId;
      handle((session) => readExtractedPage(extract, tabId, session));
    } else {
      handle((session) => readTab(action.tabId, session));
    }
  });
}

/** The side panel app. */
export function App() {
  const targetTabId = useTargetTab();
  const [storage, setStorage] = useState<{ ready: boolean; error?: string }>({ ready: false });
  useEffect(() => {
    void openDatabase().then((status) =>
      setStorage({ ready: true, error: status.ok ? undefined : status.message }),
    );
    void requestPersistentStorage().catch(() => false);
  }, []);
  const platform = useMemo<Platform>(
    () => ({
      targetTabId,
      readTab,
      importFiles,
      revealInPage,
      loadDemo,
      onReadRequest,
      prepareReading,
      tabUrl: tabUrlOf,
      storedMark: storedMarkArea,
    }),
    [targetTabId],
  );
  if (!storage.ready) return null;
  return <Workbench platform={platform} startupError={storage.error} />;
}
