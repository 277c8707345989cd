// Asking for permission to read sites, at the moment each browser accepts the question. Loaded with the panel (not
// with the readers), so the question can be asked inside the click that reads the page.

import { browser } from 'wxt/browser';

/**
 * Firefox accepts permissions.request only while the user's click is being handled, before anything is awaited
 * (afterwards it refuses: "may only be called from a user input handler"). Chrome accepts it for a few seconds
 * after the click, so there Scriptside asks only once the page has proved unreadable.
 */
const asksInsideTheClick = 'sidebarAction' in browser;

/**
 * Asks once for permission to read pages, from a click (call it before any await in the click handler: the
 * request needs the user's gesture). Resolves true when Scriptside may read the tab's site.
 */
export function requestSiteAccess(origin?: string): Promise<boolean> {
  const origins = [origin ? `${origin}/*` : '<all_urls>'];
  return browser.permissions.request({ origins }).catch(() => false);
}

/**
 * In Firefox, asks now (call it synchronously in the click that reads the tab) and gives the answer to come; in
 * Chrome, undefined: the reader asks later, only if the page turns out to be unreadable. Granted already: no prompt.
 */
export function askForSiteAccessInClick(): Promise<boolean> | undefined {
  return asksInsideTheClick ? requestSiteAccess() : undefined;
}
