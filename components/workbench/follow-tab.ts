// A panel follows its own tab: when the tab beside it shows a page or file already read into Scriptside, the panel
// shows that script; when it shows one not read yet, the Script view offers to read it instead of silently showing
// another script. The tab's address is known only where the user let Scriptside read pages (asked once).
import { useEffect, useRef, useState } from 'react';
import { pageSourceKey } from '../../lib/reading/source';
import type { ScriptRecord } from '../../lib/db';
import type { Platform } from './platform';

/** Pages that can hold a script: web pages and local files (not the browser's own pages or a blank tab). */
const READABLE = /^(https?|file):/i;

/**
 * Follows `platform.targetTabId`: calls `show(id)` once per tab address that matches a stored script, and returns
 * whether the tab shows a readable page that no stored script came from.
 */
export function useFollowTab(
  platform: Platform,
  scripts: readonly ScriptRecord[] | undefined,
  show: (scriptId: string) => void,
): { unreadTab: boolean } {
  const [url, setUrl] = useState<string | undefined>(undefined);
  const tabId = platform.targetTabId;
  const tabUrl = platform.tabUrl;
  useEffect(() => {
    let live = true;
    setUrl(undefined);
    if (tabId === undefined || !tabUrl) return;
    void tabUrl(tabId)
      .then((u) => live && setUrl(u))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [tabId, tabUrl]);

  const key = url && READABLE.test(url) ? pageSourceKey(url) : undefined;
  const match = key ? scripts?.find((s) => s.sourceKeys.includes(key)) : undefined;
  // Switch once per tab address (and per script found for it): a script the user then chooses by hand stays.
  const followed = useRef('');
  useEffect(() => {
    if (!match || !key) return;
    const mark = `${tabId}|${key}|${match.id}`;
    if (followed.current === mark) return;
    followed.current = mark;
    show(match.id);
  }, [match, key, tabId, show]);
  return { unreadTab: !!key && scripts !== undefined && !match };
}
