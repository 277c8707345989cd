import { defineConfig } from 'wxt';

// Scriptside's manifest: least privilege (no install-time host access), side panel in Chrome, sidebar in Firefox.
// The end-to-end build (SCRIPTSIDE_E2E=1, written to .output/e2e) may read the local test server without a
// permission prompt, which headless Chromium and Firefox cannot answer. The shipped build never has host_permissions.
const e2e = process.env.SCRIPTSIDE_E2E === '1';

/**
 * Extension pages (panel, print, report, minutes) load only the extension's own files. Why each source is there:
 * - default-src 'self': scripts, the pdf.js worker, styles (React's style props go through the CSSOM, which CSP
 *   leaves alone; no inline <style> or style attribute is written), the codicon font, page images;
 * - img-src 'self': no page shows an image today (icons are the codicon font); none may come from anywhere else;
 * - connect-src 'self' http: https: file: reading the PDF open in a tab fetches that tab's URL again, which may be
 *   any site the user reads (and file:// in Chrome); the host permission, asked for on a click, still decides which
 *   sites answer. No data: or blob: connections.
 * - ws: wss: a room's server (Settings -> Room), only after the user joined a room with its address; until then the
 *   panel opens no WebSocket. The optional host permission for that server's origin is asked on the Join click.
 * - base-uri and form-action 'none': no page of ours has a <base> or a form that submits anywhere.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'self'",
  "img-src 'self'",
  "connect-src 'self' http: https: file: ws: wss:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  outDir: e2e ? '.output/e2e' : '.output',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // A constant, so the shipped bundle drops the e2e-only storage fault switch (lib/db/fault-injection.ts).
  // The read worker (components/platform/read-worker.ts) is an ES module worker: it loads pdf.js on demand, and
  // Vite's default classic (iife) worker bundles cannot split code.
  vite: () => ({
    define: { 'import.meta.env.SCRIPTSIDE_E2E': JSON.stringify(e2e) },
    worker: { format: 'es' as const },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Scriptside',
    description:
      'A side panel for scripts in the browser: room notes, fact-check flags, revisions and revised-page printing, offline.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // MV2 (Firefox's default build) has no optional_host_permissions: origins go in optional_permissions there.
    ...(manifestVersion === 2
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Open Scriptside' },
    // At most four suggested keys in Chrome, each with Ctrl or Alt; users rebind them at chrome://extensions/shortcuts.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open Scriptside',
      },
      'read-page': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Read this page into Scriptside',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note to the selected line',
      },
    },
    // Chrome MV3 takes { extension_pages }; WXT writes the same policy as MV2's string for Firefox.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'scriptside@scriptside.local',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  webExt: {
    disabled: false,
  },
  zip: {
    // The Firefox package comes with a sources zip (for addons.mozilla.org review): test output stays out of it.
    excludeSources: [
      '**/*.log',
      'tests/**/__screenshots__/**',
      'tests/**/screenshots/**',
      'tests/**/artifacts/**',
      '.ci/**',
    ],
  },
});
