// The built manifests (Chrome MV3 and Firefox MV2) keep least privilege and a strict CSP. Both are built here into a
// temporary folder with WXT's own build, so the test reads exactly what would ship.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & {
  permissions: string[];
  content_security_policy: string | { extension_pages: string };
};

const out = mkdtempSync(join(tmpdir(), 'scriptside-manifest-'));
const built: Record<'chrome' | 'firefox', Manifest> = {} as never;
const quiet = {
  debug() {},
  log() {},
  info() {},
  success() {},
  warn() {},
  error: console.error,
  fatal: console.error,
  level: 0,
};

beforeAll(async () => {
  delete process.env.SCRIPTSIDE_E2E;
  const { build } = await import('wxt');
  for (const browser of ['chrome', 'firefox'] as const) {
    const outDir = join(out, browser);
    await build({ root: process.cwd(), browser, outDir, logger: quiet });
    const dir = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
    built[browser] = JSON.parse(readFileSync(join(outDir, dir, 'manifest.json'), 'utf8'));
  }
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const csp = (m: Manifest) =>
  typeof m.content_security_policy === 'string'
    ? m.content_security_policy
    : m.content_security_policy.extension_pages;

describe('built manifest: least privilege', () => {
  it('Chrome MV3 asks for exactly these permissions, and all-sites access only as optional', () => {
    const m = built.chrome;
    expect(m.manifest_version, 'MV3').toBe(3);
    expect([...m.permissions].sort(), 'Chrome permissions snapshot').toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    expect(m.host_permissions, 'no install-time host access').toBeUndefined();
    expect(m.optional_host_permissions, 'all sites only on request').toEqual(['<all_urls>']);
    expect(m.content_scripts, 'no content script on every site').toBeUndefined();
    expect(m.externally_connectable, 'no web page can message the extension').toBeUndefined();
    expect(m.web_accessible_resources, 'no extension page is exposed to web pages').toBeUndefined();
  });

  it('Firefox MV2 asks for the same, with <all_urls> optional', () => {
    const m = built.firefox;
    expect(m.manifest_version, 'MV2').toBe(2);
    expect([...m.permissions].sort(), 'Firefox permissions snapshot').toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
    expect(m.permissions, 'no all-sites permission at install').not.toContain('<all_urls>');
    expect(m.optional_permissions, 'all sites only on request').toEqual(['<all_urls>']);
    expect(m.content_scripts, 'no content script on every site').toBeUndefined();
    expect(
      (m.browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko
        .data_collection_permissions,
      'declares that no data is collected',
    ).toEqual({ required: ['none'] });
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s: extension pages have a strict CSP (self only, no eval, no inline, no remote code)',
    (b) => {
      const policy = csp(built[b]);
      expect(policy, 'exact policy').toBe(
        "default-src 'self'; script-src 'self'; object-src 'self'; img-src 'self'; " +
          "connect-src 'self' http: https: file: ws: wss:; base-uri 'none'; form-action 'none'",
      );
      expect(policy, 'no eval, no inline code or style').not.toMatch(/unsafe-|wasm-unsafe-eval|\*/);
      const directives = new Map(
        policy.split(';').map((d) => {
          const [name, ...sources] = d.trim().split(/\s+/);
          return [name, sources] as const;
        }),
      );
      for (const code of ['default-src', 'script-src', 'object-src'])
        expect(directives.get(code), `${code}: the extension's own files only`).toEqual(["'self'"]);
      expect(directives.has('style-src'), 'styles fall back to default-src (self only)').toBe(false);
      // WebSockets (ws:, wss:) are for a room's server, opened only once the user joined a room.
      for (const source of ['data:', 'blob:'])
        expect(directives.get('connect-src'), `no ${source} connections`).not.toContain(source);
    },
  );
});

describe('built manifest: snapshots of what ships', () => {
  // A change to either manifest (a permission, a key, the CSP, the sidebar or side panel) shows up here for review.
  it.each(['chrome', 'firefox'] as const)('%s manifest as shipped', (b) => {
    expect(built[b]).toMatchSnapshot();
  });

  it('Firefox opens Scriptside in the sidebar, from a shortcut and the toolbar button', () => {
    const m = built.firefox as Manifest & {
      sidebar_action?: { default_panel: string };
      browser_action?: unknown;
      commands: Record<string, unknown>;
    };
    expect(m.sidebar_action?.default_panel, 'the panel page is the sidebar').toBe('sidepanel.html');
    expect(m.browser_action, 'a toolbar button').toBeDefined();
    expect(Object.keys(m.commands), 'the sidebar has its own open shortcut').toContain(
      '_execute_sidebar_action',
    );
    expect(m.side_panel, 'no Chrome side panel key in Firefox').toBeUndefined();
  });
});
