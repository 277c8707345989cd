// Layout at the widths a side panel really has (420 px) and a wide one (1200 px), light and dark: the print queue's
// jobs and their actions get the room they need, and the status bar's items never overlap with a session running and
// a flag open. Each test sets up what it needs (the demo script), so none depends on the one before it.
import { check, waitFor } from './harness.mjs';

/** Light, dark and high contrast (forced colours), as emulateMedia options. */
const SCHEMES = {
  light: { colorScheme: 'light', forcedColors: 'none' },
  dark: { colorScheme: 'dark', forcedColors: 'none' },
  'high-contrast': { colorScheme: 'dark', forcedColors: 'active' },
};

const SIZES = [
  { width: 420, height: 800 },
  { width: 1200, height: 900 },
];

/** A panel on the demo script (stored once per profile). */
async function demoPanel(h) {
  const panel = await h.openPanel();
  const demo = panel.locator('.welcome').getByRole('button', { name: 'Open the demo script' });
  const lines = panel.getByRole('listbox', { name: 'Script lines' });
  await Promise.race([demo.waitFor({ timeout: 15_000 }), lines.waitFor({ timeout: 15_000 })]);
  if (await demo.isVisible()) await demo.click();
  await waitFor(async () => (await h.stored('revisions')).length === 2, 10_000, 'the two demo drafts');
  await lines.waitFor({ timeout: 15_000 });
  return panel;
}

/** The visible status-bar items that overlap another one, as "a / b" pairs. */
function statusOverlaps(panel) {
  return panel.evaluate(() => {
    const bar = document.querySelector('.status-bar').getBoundingClientRect();
    const items = [...document.querySelectorAll('.status-left > *, .status-right > *')]
      .map((el) => ({ text: el.textContent.trim(), r: el.getBoundingClientRect() }))
      // Items that gave way wrap onto the hidden second row.
      .filter(({ r }) => r.width > 0 && r.top < bar.bottom - 2 && r.bottom > bar.top + 2);
    const out = [];
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i].r;
        const b = items[j].r;
        if (a.left < b.right - 1 && b.left < a.right - 1) out.push(`${items[i].text} / ${items[j].text}`);
      }
    return { out, shown: items.map((x) => x.text) };
  });
}

export default (test) => {
  test('the print queue gives its jobs the room they need, and every job action can be reached', async (h) => {
    const panel = await demoPanel(h);
    await panel.getByRole('tab', { name: 'Print queue' }).click();
    await panel.getByRole('button', { name: 'Queue revised pages' }).click();
    await waitFor(async () => (await h.stored('printJobs')).length >= 1, 10_000, 'a queued job');
    const job = panel.locator('.job-row').first();
    await job.waitFor({ timeout: 10_000 });
    for (const size of SIZES) {
      await panel.setViewportSize(size);
      for (const [scheme, media] of Object.entries(SCHEMES)) {
        await panel.emulateMedia(media);
        await h.screenshot(panel, `layout-print-queue-${size.width}-${scheme}`);
      }
      await panel.emulateMedia(SCHEMES.light);
      const buttons = job.locator('.job-actions button');
      const count = await buttons.count();
      check(count >= 4, `the job has its actions (${count})`);
      for (let i = 0; i < count; i++) {
        const b = buttons.nth(i);
        await b.scrollIntoViewIfNeeded();
        const reachable = await b.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !!hit && (hit === el || el.contains(hit));
        });
        check(
          reachable,
          `at ${size.width} px, job action ${await b.getAttribute('aria-label')} is not cut off`,
        );
      }
      const clipped = await panel.evaluate(() =>
        [...document.querySelectorAll('.print-queue-view .section-body')].some(
          (b) => b.scrollHeight > b.clientHeight + 1,
        ),
      );
      check(!clipped, `at ${size.width} px no print-queue section hides part of its content`);
    }
    // By keyboard: Tab reaches the first job action.
    await panel.setViewportSize(SIZES[0]);
    await job.focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await panel.keyboard.press('Tab');
      reached = await panel.evaluate(() => !!document.activeElement?.closest('.job-actions'));
    }
    check(reached, 'Tab reaches the job actions');
    await panel.close();
  });

  test('the status bar does not overlap at 420 px with a session running and a flag open', async (h) => {
    const panel = await demoPanel(h);
    await panel.setViewportSize(SIZES[0]);
    // A flag on a line (Ctrl+Alt+K on the selected line), then a running session.
    const lines = panel.getByRole('listbox', { name: 'Script lines' });
    await lines.focus();
    for (let i = 0; i < 6; i++) await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Control+Alt+KeyK');
    await waitFor(async () => (await h.stored('flags')).length >= 1, 10_000, 'a flag');
    await panel.getByRole('tab', { name: 'Notes' }).click();
    const start = panel.getByRole('button', { name: 'Start session' });
    await start.waitFor({ timeout: 10_000 });
    await start.click();
    await panel.getByRole('textbox', { name: 'Session title' }).fill('Ep 1 break');
    await panel.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Stop session' }).waitFor({ timeout: 10_000 });
    for (const size of SIZES) {
      await panel.setViewportSize(size);
      const { out, shown } = await statusOverlaps(panel);
      check(out.length === 0, `at ${size.width} px status items overlap: ${out.join('; ')}`);
      check(
        shown.some((t) => /running|\d+:\d\d/.test(t)),
        `at ${size.width} px the session timer is shown: ${shown.join(' | ')}`,
      );
      for (const [scheme, media] of Object.entries(SCHEMES)) {
        await panel.emulateMedia(media);
        await h.screenshot(panel, `layout-status-${size.width}-${scheme}`);
      }
      await panel.emulateMedia(SCHEMES.light);
    }
    await panel.close();
  });

  test('the touched views at 420 and 1200 px, light, dark and high contrast: screenshots, and axe stays clean', async (h) => {
    const panel = await demoPanel(h);
    const views = [
      ['Script', 'script'],
      ['Notes', 'notes'],
      ['Revisions', 'revisions'],
      ['Fact-check', 'factcheck'],
      ['Settings', 'settings'],
    ];
    for (const [tab, name] of views) {
      await panel.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await panel.waitForTimeout(500);
      for (const size of SIZES) {
        await panel.setViewportSize(size);
        for (const [scheme, media] of Object.entries(SCHEMES)) {
          await panel.emulateMedia(media);
          await h.screenshot(panel, `layout-${name}-${size.width}-${scheme}`);
        }
      }
      await panel.emulateMedia(SCHEMES.light);
      await h.axe(panel, `${tab} view`);
    }
    await panel.close();
  });
};
