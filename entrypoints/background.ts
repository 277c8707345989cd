// Background: the toolbar button opens the side panel; context menus and keyboard commands read the page (where
// activeTab was just granted) and hand the request to the panel through storage.session.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { validateMessage, isExtensionPageSender, type PendingAction } from '../lib/messaging/messages';
import { readThisDocument } from '../components/platform/extract';

const PENDING_KEY = 'pendingAction';

type Tab = { id?: number; windowId?: number; url?: string };

export default defineBackground(() => {
  // Chrome only: Firefox has sidebar_action and no sidePanel API.
  const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  const sidebarAction = (
    browser as unknown as { sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> } }
  ).sidebarAction;

  /** Opens the panel. Must run synchronously inside the user's gesture: no await before this call. */
  function openPanel(tab: Tab | undefined): void {
    if (sidePanel && tab?.windowId !== undefined) {
      sidePanel
        .open({ windowId: tab.windowId })
        .catch((e: unknown) => console.warn('[scriptside] open panel', e));
    } else if (sidebarAction) {
      sidebarAction.open().catch((e: unknown) => console.warn('[scriptside] open sidebar', e));
    }
  }

  async function hand(action: PendingAction): Promise<void> {
    await browser.storage.session.set({ [PENDING_KEY]: action });
  }

  /** Reads the tab here, where activeTab was granted by the menu click or shortcut. */
  async function readForPanel(tab: Tab): Promise<void> {
    if (tab.id === undefined) return;
    const at = Date.now();
    try {
      const [r] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: readThisDocument,
      });
      await hand({
        type: 'read-page',
        tabId: tab.id,
        at,
        extract: r?.result as Extract<PendingAction, { type: 'read-page' }>['extract'],
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await hand({
        type: 'read-page',
        tabId: tab.id,
        at,
        error: `Scriptside cannot read this page: ${message.slice(0, 300)}`,
      });
    }
  }

  /** Hands the text selected in the page to the panel as the next note's anchor (activeTab came with the key). */
  async function noteForPanel(tab: Tab): Promise<void> {
    if (tab.id === undefined) return;
    let quote = '';
    try {
      const [r] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => String(globalThis.getSelection?.() ?? ''),
      });
      quote = typeof r?.result === 'string' ? r.result : '';
    } catch {
      // A page Scriptside may not read: the note goes on the line last touched in the panel.
    }
    await hand({
      type: 'add-note',
      tabId: tab.id,
      at: Date.now(),
      url: (tab.url ?? '').slice(0, 8000),
      quote: quote.slice(0, 20_000),
    });
  }

  sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((e: unknown) => console.warn('[scriptside]', e));
  // Firefox: the toolbar button (browser_action in MV2) toggles the sidebar; Chrome's opens the side panel itself.
  const toolbarButton = (browser as unknown as { browserAction?: { onClicked: ToolbarClicked } })
    .browserAction;
  if (sidebarAction && toolbarButton) {
    toolbarButton.onClicked.addListener(() => {
      sidebarAction.toggle().catch((e: unknown) => console.warn('[scriptside] toggle sidebar', e));
    });
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: 'read-page',
        title: 'Read this page into Scriptside',
        contexts: ['page', 'frame'],
      });
      browser.contextMenus.create({
        id: 'add-note',
        title: 'Add note to this line',
        contexts: ['selection'],
      });
      browser.contextMenus.create({ id: 'flag-fact', title: 'Flag for fact-check', contexts: ['selection'] });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    openPanel(tab);
    if (!tab || tab.id === undefined) return;
    if (info.menuItemId === 'read-page') void readForPanel(tab);
    else if (info.menuItemId === 'add-note' || info.menuItemId === 'flag-fact') {
      void hand({
        type: info.menuItemId,
        tabId: tab.id,
        at: Date.now(),
        url: (tab.url ?? info.pageUrl ?? '').slice(0, 8000),
        quote: (info.selectionText ?? '').slice(0, 20_000),
      });
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'add-note' && tab) {
      openPanel(tab);
      void noteForPanel(tab);
      return;
    }
    if (command !== 'read-page' || !tab) return;
    openPanel(tab);
    void readForPanel(tab);
  });

  // The panel asks for the waiting request; only this extension's own pages may take it.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const checked = validateMessage(message);
    if (!checked.ok) return undefined;
    if (!isExtensionPageSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    if (checked.value.type === 'take-pending-action') {
      return browser.storage.session.get(PENDING_KEY).then(async (got) => {
        await browser.storage.session.remove(PENDING_KEY);
        return got[PENDING_KEY] ?? null;
      });
    }
    return undefined;
  });
});

interface ToolbarClicked {
  addListener(listener: () => void): void;
}

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
