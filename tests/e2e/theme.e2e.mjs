// Theme changes apply at once: the theme picked in one panel's Settings (or its palette) themes every open panel and
// the extension's own pages (print, clearance report, minutes) without a reload, over the browser's own scheme; and
// those pages are looked at, and checked with axe, in light, dark and high contrast at 420 px and 1200 px.
import { check, waitFor } from './harness.mjs';

const SIZES = [
  { width: 420, height: 800 },
  { width: 1200, height: 900 },
];

/** The theme radios in Settings, by the theme each applies. */
const RADIOS = { auto: 'Follow the browser', light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };

/** A panel on the demo script (stored once per profile), whichever test runs first. */
async function demoPanel(h) {
  const panel = await h.openPanel();
  const lines = panel.getByRole('listbox', { name: 'Script lines' });
  if ((await h.stored('revisions')).length === 0)
    await panel.locator('.welcome').getByRole('button', { name: 'Open the demo script' }).click();
  await waitFor(async () => (await h.stored('revisions')).length === 2, 10_000, 'the two demo drafts');
  await lines.waitFor({ timeout: 15_000 });
  return panel;
}

/** Stores a finished room session with one note, and an open flag, on the demo's newest draft; the session's id. */
async function seedSession(h, scriptId, revision) {
  const ext = await h.extensionPage();
  const text = revision.script.text;
  // The first line after the title page with words on it, so the report and minutes show it.
  const at = text.slice(200).search(/\n\S[^\n]{9}/) + 201;
  const exact = text.slice(at, text.indexOf('\n', at)).slice(0, 30);
  const anchor = {
    exact,
    prefix: text.slice(Math.max(0, at - 32), at),
    suffix: text.slice(at + exact.length, at + exact.length + 32),
    start: at,
    end: at + exact.length,
  };
  const sessionId = 'theme-session';
  await ext.evaluate(
    ({ scriptId, revisionId, anchor, sessionId }) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('scriptside');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          const tx = idb.transaction(['notes', 'sessions', 'flags'], 'readwrite');
          const t = Date.now();
          tx.objectStore('sessions').put({
            id: sessionId,
            createdAt: t,
            updatedAt: t,
            scriptId,
            title: 'Ep 1 break',
            date: '2026-01-05',
            attendees: ['JS'],
            startedAt: t - 60_000,
            endedAt: t,
          });
          tx.objectStore('notes').put({
            id: 'theme-note',
            createdAt: t,
            updatedAt: t,
            scriptId,
            revisionId,
            sessionId,
            anchor,
            placements: {},
            text: 'Can this scene start later?',
            kind: 'question',
            tags: ['pace'],
            resolved: false,
          });
          tx.objectStore('flags').put({
            id: 'theme-flag',
            createdAt: t,
            updatedAt: t,
            scriptId,
            revisionId,
            anchor,
            placements: {},
            item: anchor.exact.slice(0, 20),
            category: 'fact',
            question: 'Is this right?',
            sources: [],
            alternatives: [],
            notes: '',
            status: 'open',
            history: [{ status: 'open', at: t }],
          });
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { scriptId, revisionId: revision.id, anchor, sessionId },
  );
  return sessionId;
}

/** The demo in a panel, and the print, clearance report and minutes pages opened beside it. */
async function openPages(h) {
  const panel = await demoPanel(h);
  const revisions = (await h.stored('revisions')).sort((a, b) => a.seq - b.seq);
  const newest = revisions[1];
  const sessionId = await seedSession(h, newest.scriptId, newest);
  const specs = [
    ['print page', `print.html?script=${newest.scriptId}&revision=${newest.id}`, 'body[data-state]'],
    ['clearance report', `report.html?script=${newest.scriptId}&revision=${newest.id}`, 'h1'],
    ['minutes page', `minutes.html?session=${sessionId}`, 'h1'],
  ];
  const pages = [];
  for (const [label, path, ready] of specs) {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    await page.waitForSelector(ready, { timeout: 15_000 });
    pages.push({ label, page });
  }
  return { panel, pages };
}

/** Picks a theme with the Settings radios of `panel`. */
async function pickTheme(panel, theme) {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const radio = panel.getByRole('radio', { name: RADIOS[theme] });
  // A controlled radio: it shows checked once the stored setting comes back, so click, then wait for that.
  await radio.click();
  await waitFor(() => radio.isChecked(), 5000, `the ${RADIOS[theme]} radio checked`);
}

/** The page's background as drawn: "dark" or "light" by luminance, "black" when it is pure black. */
function shade(page) {
  return page.evaluate(() => {
    const [r, g, b, a] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    // A transparent body shows the canvas, which is the browser's colour for the page's colour scheme.
    if (a === 0)
      return getComputedStyle(document.documentElement).colorScheme.includes('dark') ? 'dark' : 'light';
    if (r + g + b === 0) return 'black';
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  });
}

/** Waits until every page is drawn in `want`, without reloading any of them. */
async function expectShade(pages, want, why) {
  for (const { label, page } of pages)
    await waitFor(async () => (await shade(page)) === want, 5000, `${label} ${want}: ${why}`);
}

export default (test) => {
  test('a theme picked in a panel applies at once to every open panel and page, over the browser scheme', async (h) => {
    const { panel, pages } = await openPages(h);
    const other = await demoPanel(h);
    const all = [...pages, { label: 'a second panel', page: other }];
    for (const { page } of all) await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await expectShade(all, 'light', 'the browser is light and the theme follows it');

    await pickTheme(panel, 'dark');
    await expectShade(all, 'dark', 'Dark picked in Settings while the browser is light');

    for (const { page } of all) await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' });
    await pickTheme(panel, 'light');
    await expectShade(all, 'light', 'Light picked in Settings while the browser is dark');

    await pickTheme(panel, 'high-contrast');
    await expectShade(pages.slice(1), 'black', 'High contrast picked in Settings');
    await expectShade(
      [pages[0], { label: 'a second panel', page: other }],
      'black',
      'High contrast: the print desk and the panel are black',
    );

    await pickTheme(panel, 'auto');
    await expectShade(all, 'dark', 'Follow the browser, which is dark');

    // The palette's Color Theme command is the same setting.
    await panel.bringToFront();
    await panel.keyboard.press('F1');
    await panel.getByRole('combobox').first().fill('>color theme');
    await panel.keyboard.press('Enter');
    const pick = panel.getByRole('combobox', { name: 'Select a colour theme' });
    await pick.fill('light');
    await panel
      .getByRole('option', { name: /^Light/ })
      .first()
      .waitFor();
    await panel.keyboard.press('Enter');
    await expectShade(all, 'light', 'Light picked in the palette while the browser is dark');

    // A page opened later starts in the chosen theme, not the browser's.
    const late = await h.context.newPage();
    await late.emulateMedia({ colorScheme: 'dark' });
    await late.goto(pages[1].page.url());
    await late.waitForSelector('h1', { timeout: 15_000 });
    await expectShade([{ label: 'a report opened later', page: late }], 'light', 'the stored Light setting');
    check(
      (await late.evaluate(() => document.documentElement.dataset.theme)) === 'light',
      'the report page carries the stored theme',
    );
    for (const p of [late, other, panel, ...pages.map((x) => x.page)]) await p.close();
  });

  test('print, clearance report and minutes pages in light, dark and high contrast at 420 and 1200 px: axe clean', async (h) => {
    const { panel, pages } = await openPages(h);
    for (const theme of ['light', 'dark', 'high-contrast']) {
      await pickTheme(panel, theme);
      for (const { label, page } of pages) {
        await waitFor(
          async () => (await page.evaluate(() => document.documentElement.dataset.theme)) === theme,
          5000,
          `${label} in ${theme}`,
        );
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.waitForTimeout(100);
          await h.axe(page, `${label} (${theme}, ${size.width} px)`);
          await h.screenshot(page, `theme-${label.replace(/\W+/g, '-')}-${theme}-${size.width}`);
          // Nothing is wider than the window (a page scrolls down, not sideways) except the print page's
          // paper-sized sheets, which keep their size at any width.
          if (label !== 'print page') {
            const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            check(wide <= 1, `${label} at ${size.width} px in ${theme} scrolls sideways by ${wide} px`);
          }
        }
      }
    }
    await pickTheme(panel, 'auto');
    for (const p of [panel, ...pages.map((x) => x.page)]) await p.close();
  });
};
