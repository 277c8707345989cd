// What the workbench uses from the platform: reading tabs and files, revealing text in the page, the target tab.

export {
  readTab,
  readExtractedPage,
  importFiles,
  requestSiteAccess,
  type ReadOutcome,
  type ReadSession,
} from './read';
export { revealInPage } from './reveal';
export { prepareReading } from './read';
export { useTargetTab, tabIdFromUrl } from './use-target-tab';
export { loadDemo } from './demo';
export { takePendingAction, onPendingAction, requestPersistentStorage, PENDING_KEY } from './pending';
export { readThisDocument } from './extract';
