import { defineConfig } from 'wxt';

// Scriptside's manifest: least privilege (no install-time host access), side panel in Chrome, sidebar in Firefox.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
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
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: 'Open Scriptside' },
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
