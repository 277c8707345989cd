// What the workbench needs from the browser side (reading tabs, importing files, highlighting in the page).
// The side panel entrypoint supplies the real implementations; component tests supply fakes.
import { createContext, useContext } from 'react';
import type { ReadSession } from '../platform/session';
import type { MarkArea } from '../../lib/db/stored-mark';

export type { ReadSession };

/** The outcome of reading a tab or a file (same shape as the platform's ReadOutcome). */
export type ReadOutcome =
  | { ok: true; scriptId: string; revisionId: string; created: boolean; title: string }
  | { ok: false; code: string; message: string };

/** Text the user selected in the page and sent to the panel from the context menu: a note's anchor, or a flag. */
export interface PageTextRequest {
  type: 'add-note' | 'flag-fact';
  quote: string;
  tabId?: number;
}

export interface Platform {
  /** The tab the panel works on, if known. */
  targetTabId: number | undefined;
  /** Reads the tab; `session` carries the panel's Cancel, progress and page-cap question for a long PDF. */
  readTab(tabId: number, session?: ReadSession): Promise<ReadOutcome>;
  importFiles(files: File[], session?: ReadSession): Promise<ReadOutcome[]>;
  /** Marks the quote in the tab for a moment, when the tab shows `sourceUrl` (the page the script was read from). */
  revealInPage(
    tabId: number,
    target: { quote: string; start?: number; end?: number; sourceUrl?: string },
  ): Promise<unknown>;
  /**
   * The address of a tab, when the browser lets Scriptside know it (after the user allowed reading pages); a panel
   * uses it to follow its own tab.
   */
  tabUrl?(tabId: number): Promise<string | undefined>;
  /** Gets the next reading ready while the panel is idle (its code and worker), so a click does not wait for them. */
  prepareReading?(): void;
  /** Stores the demo script and returns its id. */
  loadDemo(): Promise<string>;
  /**
   * Where the mark saying scripts are stored is kept, outside IndexedDB (lib/db/stored-mark): with it the panel tells
   * the user when the browser dropped the database. None: no check.
   */
  storedMark?: MarkArea;
  /**
   * Subscribes to requests made outside the panel (toolbar, context menu, keyboard command): a reading arrives as a
   * function doing the reading, page text for a note or a flag as a `PageTextRequest`. Returns the unsubscribe
   * function.
   */
  onReadRequest?(
    handle: (read: (session?: ReadSession) => Promise<ReadOutcome>) => void,
    onPageText?: (request: PageTextRequest) => void,
  ): () => void;
}

const PlatformContext = createContext<Platform | null>(null);

export const PlatformProvider = PlatformContext.Provider;

/** The platform the workbench runs on. */
export function usePlatform(): Platform {
  const p = useContext(PlatformContext);
  if (!p) throw new Error('usePlatform needs a <PlatformProvider> around the workbench.');
  return p;
}
