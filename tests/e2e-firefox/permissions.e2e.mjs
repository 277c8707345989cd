// The shipped Firefox build, which may read no site at install: "Read this page" in the panel asks for access
// inside the click (Firefox refuses the question once anything has been awaited), then reads the page. The prompt
// is answered "Allow" by the harness's pref, as a user would.
import { check, clickRole, waitFor, waitForText } from './harness.mjs';

export const extension = 'shipped';

export default (test) => {
  test('the shipped build asks for site access from the click, then reads the page', async (h) => {
    const page = await h.openPage('/fixtures/cold-open.html');
    const panel = await h.openPanel();
    const before = await panel.evaluate(() => globalThis.browser.permissions.getAll());
    check(
      !before.origins.some((o) => o === '<all_urls>' || o.includes('127.0.0.1')),
      `no site access at install: ${before.origins}`,
    );
    // Without access the page's URL is hidden from the extension: the newest tab that is not ours is the page.
    const tabs = await panel.evaluate(() => globalThis.browser.tabs.query({}));
    const tabId = tabs.filter((t) => !t.url?.startsWith('moz-extension:')).at(-1).id;
    await panel.close();
    const reader = await h.openPanel(tabId);
    await clickRole(reader, 'button', /^read this page$/i);
    const script = await waitFor(
      async () => (await h.stored('scripts')).find((s) => s.title === 'The Cold Open'),
      15_000,
      'the page read after access was granted',
    );
    check(
      script.sourceKeys.some((k) => k.includes('/fixtures/cold-open.html')),
      `source: ${script.sourceKeys}`,
    );
    const after = await reader.evaluate(() => globalThis.browser.permissions.getAll());
    check(after.origins.includes('<all_urls>'), `access granted from the click: ${after.origins}`);
    await waitForText(reader, 'EXT. STUDIO LOT - DAWN');
    await reader.close();
    await page.close();
  });
};
