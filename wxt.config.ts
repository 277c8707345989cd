import { defineConfig } from 'wxt';

// Scriptside's manifest: least privilege (no install-time host access), side panel in Chrome, sidebar in Firefox.
// The end-to-end build (SCRIPTSIDE_E2E=1, written to .output/e2e) may read the local test server without a
// permission prompt, which headless Chromium cannot answer. The shipped build never has host_permissions.
const e2e = process.env.SCRIPTSIDE_E2E === '1';

export default defineConfig({
  outDir: e2e ? '.output/e2e' : '.output',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // A constant, so the shipped bundle drops the e2e-only storage fault switch (lib/db/fault-injection.ts).
  vite: () => ({ define: { 'import.meta.env.SCRIPTSIDE_E2E': JSON.stringify(e2e) } }),
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
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
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
    excludeSources: ['**/*.log', 'tests/**/__screenshots__/**', '.ci/**'],
  },
});
