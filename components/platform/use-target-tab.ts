// The tab the panel works on: `?tabId=` in the panel URL (tests, "open in tab"), else the window's active tab.

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** The tab id from the panel's URL, if any. */
export function tabIdFromUrl(href: string): number | undefined {
  const raw = new URL(href).searchParams.get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** React hook: the id of the tab the panel reads from; follows the active tab unless the URL fixes one. */
export function useTargetTab(): number | undefined {
  const fixed = tabIdFromUrl(location.href);
  const [active, setActive] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (fixed !== undefined) return;
    let windowId: number | undefined;
    let cancelled = false;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (cancelled) return;
      windowId = tab?.windowId;
      setActive(tab?.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setActive(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed]);
  return fixed ?? active;
}
