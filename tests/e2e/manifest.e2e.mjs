// The shipped manifest keeps least privilege, and the side panel's first-load JavaScript is measured.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check, SHIPPED_EXT } from './harness.mjs';

/** The side panel's first-load JavaScript budget (issues 13 and 14). */
const FIRST_LOAD_BUDGET_KB = 400;

export default (test) => {
  test('the shipped manifest asks for exactly the agreed permissions', async () => {
    const m = JSON.parse(readFileSync(join(SHIPPED_EXT, 'manifest.json'), 'utf8'));
    const perms = [...m.permissions].sort().join(',');
    check(
      perms === 'activeTab,contextMenus,scripting,sidePanel,storage,unlimitedStorage',
      `permissions changed: ${perms}`,
    );
    check(
      m.host_permissions === undefined,
      `install-time host access appeared: ${JSON.stringify(m.host_permissions)}`,
    );
    check(
      JSON.stringify(m.optional_host_permissions) === '["<all_urls>"]',
      'the optional host permission is <all_urls>, asked on a click',
    );
    check(m.content_scripts === undefined, 'no content script is registered on all sites');
    check(m.side_panel?.default_path === 'sidepanel.html', 'the side panel page is declared');
    check(
      m.commands?._execute_action && m.commands?.['read-page'],
      'open-panel and read-page shortcuts are declared',
    );
    const keys = Object.values(m.commands)
      .map((c) => c.suggested_key?.default)
      .filter(Boolean);
    check(keys.length <= 4 && keys.every((k) => /^(Ctrl|Alt)\+/.test(k)), `suggested keys: ${keys}`);
    check(
      /script-src 'self'; object-src 'self'/.test(m.content_security_policy.extension_pages),
      'strict CSP',
    );
  });

  test('side panel first-load JavaScript stays within its budget', async () => {
    const html = readFileSync(join(SHIPPED_EXT, 'sidepanel.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
    check(refs.length > 0, 'sidepanel.html loads scripts');
    const bytes = refs.reduce((n, r) => n + statSync(join(SHIPPED_EXT, r.replace(/^\//, ''))).size, 0);
    console.log(
      `    [measure] side panel first-load JS: ${(bytes / 1024).toFixed(1)} kB in ${refs.length} file(s): ${refs.join(', ')}`,
    );
    check(!refs.some((r) => /pdf/.test(r)), 'pdf.js is not in the first load (it loads lazily)');
    // A size, not a timing: the same on every machine. Rooms (Yjs, the provider), pdf.js, the views and the engines
    // past the first screen load on use.
    check(bytes <= FIRST_LOAD_BUDGET_KB * 1024, `first-load JS is at most ${FIRST_LOAD_BUDGET_KB} kB`);
  });
};
