// Performance figures in headless Chromium for issue 14's paths, each printed beside the browser's floor measured in
// the same run (opening a packaged extension page that renders nothing), with the ratio to it and met/MISSED against
// the path's goal. These are figures, not tight timed tests: only 10x the goal fails, so a regression is caught
// without flaking on a loaded machine. Cold opens are medians of several opens after one that warms the browser's
// caches for the extension's files (as a daily user's are).
// SCRIPTSIDE_PROFILE=1 also prints the panel's top self-time functions (CDP Profiler) for the cold open.
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, E2E_EXT, longScriptPage, waitFor } from './harness.mjs';

const PROFILE = !!process.env.SCRIPTSIDE_PROFILE;
/** SCRIPTSIDE_TRACE=1: Chromium traces of the cold opens and of the read and Revisions clicks, summed by event on the panel's main thread. */
const TRACE = !!process.env.SCRIPTSIDE_TRACE;

/** Stores generated notes and flags on a script straight into IndexedDB (as earlier sessions would have). */
async function seed(h, scriptId, revisionId, { notes = 0, flags = 0, from = 0 }) {
  const ext = await h.extensionPage();
  await ext.evaluate(
    ({ scriptId, revisionId, notes, flags, from }) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('scriptside');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          const tx = idb.transaction(['notes', 'flags'], 'readwrite');
          const t = Date.now() - 86_400_000;
          const anchor = (i) => ({ exact: 'x', prefix: '', suffix: '', start: i * 50, end: i * 50 + 10 });
          for (let i = from; i < from + notes; i++) {
            tx.objectStore('notes').put({
              id: `perf-note-${i}`,
              createdAt: t + i,
              updatedAt: t + i,
              scriptId,
              revisionId,
              placements: {},
              anchor: anchor(i),
              text: `Seeded note ${i} about the box of props`,
              kind: i % 5 ? 'pitch' : 'decision',
              tags: [],
              resolved: false,
            });
          }
          for (let i = from; i < from + flags; i++) {
            tx.objectStore('flags').put({
              id: `perf-flag-${i}`,
              createdAt: t + i,
              updatedAt: t + i,
              scriptId,
              revisionId,
              placements: {},
              anchor: anchor(i),
              item: `Seeded item ${i}`,
              category: 'fact',
              question: 'Is this right?',
              sources: [],
              alternatives: [],
              notes: '',
              status: ['open', 'researching', 'cleared', 'verified'][i % 4],
              history: [],
            });
          }
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { scriptId, revisionId, notes, flags, from },
  );
}

/** Prints a figure beside its budget and fails only past ten times the budget. */
function figure(what, ms, budget) {
  console.log(
    `    [measure] ${what}: ${ms.toFixed(0)} ms (budget ${budget} ms, ${(ms / budget).toFixed(2)}x)`,
  );
  check(ms < budget * 10, `${what} took ${ms.toFixed(0)} ms, over ten times its ${budget} ms budget`);
}

/**
 * Prints one of the paths: the floor of this run, the figure, their ratio and met/MISSED against the goal
 * (`goalMs`, described by `goal`). Fails only past ten times the goal.
 */
function pathFigure(what, ms, floor, goalMs, goal) {
  console.log(
    `    [path] ${what}: ${ms.toFixed(0)} ms | floor ${floor.toFixed(0)} ms | ratio ${(ms / floor).toFixed(2)}x ` +
      `| goal ${goal} = ${goalMs.toFixed(0)} ms ${ms <= goalMs ? 'met' : 'MISSED'}`,
  );
  check(
    ms < goalMs * 10,
    `${what} took ${ms.toFixed(0)} ms, over ten times its ${goalMs.toFixed(0)} ms goal`,
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Cold opens measured per path (after one warming open); the median is the figure. */
const OPENS = 3;

// The floor: a packaged extension page that renders nothing, with one script of its own that notes when it ran. The
// shipped build has no such page, so the suite writes it into the e2e build's folder before the browser starts (the
// runner builds first, then loads each suite, then launches); Chromium serves an unpacked extension's files from disk.
const FLOOR_PAGE = 'perf-floor.html';
function addFloorPage() {
  writeFileSync(
    join(E2E_EXT, FLOOR_PAGE),
    '<!doctype html><html><head><meta charset="utf-8"><title>Floor</title>' +
      '<script type="module" src="perf-floor.js"></script></head><body></body></html>\n',
  );
  writeFileSync(join(E2E_EXT, 'perf-floor.js'), 'window.__floorAt = performance.now();\n');
}

/** The browser's floor on this machine now: median ms from navigation to the empty page's script running. */
async function measureFloor(h) {
  const times = [];
  for (let i = 0; i <= OPENS + 2; i++) {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/${FLOOR_PAGE}`);
    await page.waitForFunction(() => window.__floorAt !== undefined, null, { timeout: 20_000 });
    const at = await page.evaluate(() => window.__floorAt);
    await page.close();
    if (i > 0) times.push(at);
  }
  return median(times);
}

/** Opens the panel with a probe that records, on the page's own clock, when the script lines first show. */
async function openTimedPanel(h, tabId) {
  const panel = await h.context.newPage();
  await panel.addInitScript(() => {
    const seen = () => {
      const list = document.querySelector('[role="listbox"][aria-label="Script lines"]');
      if (list && list.querySelector('[role="option"]') && document.getElementById('tab-notes')) {
        window.__scriptShownAt = performance.now();
        return true;
      }
      return false;
    };
    new MutationObserver((_, obs) => seen() && obs.disconnect()).observe(document, {
      childList: true,
      subtree: true,
    });
  });
  const session = PROFILE ? await startProfile(h, panel) : undefined;
  const trace = TRACE ? await startTrace(h, panel) : undefined;
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForFunction(() => window.__scriptShownAt !== undefined, null, { timeout: 20_000 });
  if (session) await printProfile(session);
  if (trace) await trace.stop();
  return panel;
}

/**
 * Opens the panel as Alt+Shift+N does (the background leaves an "add note" request, then the panel opens), with a
 * probe that records when the Notes capture box holds the focus, i.e. takes keys.
 */
async function openPanelForNote(h, tabId, url) {
  // Every open panel takes waiting requests, and the harness keeps one open for reading storage: close them all, so
  // the new panel is the one that takes it (a window has one side panel). The request is left from the floor page.
  for (const p of h.context.pages()) if (p.url().includes('/sidepanel.html')) await p.close();
  const hand = await h.context.newPage();
  await hand.goto(`chrome-extension://${h.extensionId}/${FLOOR_PAGE}`);
  await hand.evaluate(
    // eslint-disable-next-line no-undef -- runs in the extension page, where `chrome` exists
    (action) => chrome.storage.session.set({ pendingAction: action }),
    { type: 'add-note', tabId, at: Date.now(), url, quote: '' },
  );
  await hand.close();
  const panel = await h.context.newPage();
  await panel.addInitScript(() => {
    const ready = () => {
      const box = document.querySelector('textarea[aria-label="New note"]');
      if (box && document.activeElement === box) {
        window.__captureReadyAt = performance.now();
        return true;
      }
      return false;
    };
    // Focus moves without changing the DOM, so the probe also listens for it.
    const obs = new MutationObserver(() => ready() && obs.disconnect());
    obs.observe(document, { childList: true, subtree: true });
    document.addEventListener('focusin', () => ready() && obs.disconnect(), true);
  });
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForFunction(() => window.__captureReadyAt !== undefined, null, { timeout: 20_000 });
  return panel;
}

/** Starts the CDP sampling profiler on a page (SCRIPTSIDE_PROFILE=1). */
async function startProfile(h, page) {
  const session = await h.context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return session;
}

/** The functions with the most self time in a CDP profile (who to blame for a slow open). */
async function printProfile(session) {
  const { profile } = await session.send('Profiler.stop');
  const self = new Map();
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [k, ms] of top) console.log(`      [profile] ${ms.toFixed(1)} ms  ${k}`);
}

/** The welcome view's own "Read this page" button (the view's title bar has a "Read This Page" icon button too). */
const WELCOME_READ = '.welcome button.button-primary';

/**
 * Reads the 120-page page into a stored script through the panel's welcome view, and measures it. Every test that
 * needs the script calls `longScript`, so none depends on the test before it.
 */
async function readLongScript(h) {
  const page = await h.openPage('/generated/long-120.html');
  const tabId = await h.tabIdOf(page);
  const panel = await h.openPanel(tabId);
  // Wait for the welcome view itself: matching the name alone also finds the title bar's "Read This Page" icon
  // button, which shows while storage is still loading, before the welcome view exists (that was the flaky click).
  await panel.locator(WELCOME_READ).waitFor({ timeout: 15_000 });
  // A user clicks a moment after the panel shows: what it loads when idle is loaded by then.
  await panel.waitForTimeout(1000);
  const session = PROFILE ? await startProfile(h, panel) : undefined;
  const trace = TRACE ? await startTrace(h, panel) : undefined;
  const shownMs = await panel.evaluate(
    (selector) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        const done = () => {
          const list = document.querySelector('[role="listbox"][aria-label="Script lines"]');
          if (list && list.textContent.includes('LOCATION NUMBER 1')) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        };
        const obs = new MutationObserver(done);
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        const button = document.querySelector(selector);
        if (!button) reject(new Error('the welcome view went away before "Read this page" was clicked'));
        else button.click();
      }),
    WELCOME_READ,
  );
  if (session) await printProfile(session);
  if (trace) await trace.stop();
  const readMs = await panel.evaluate(
    () => performance.getEntriesByName('scriptside:read-tab').at(-1)?.duration,
  );
  const script = await waitFor(
    async () => (await h.stored('scripts')).find((s) => s.sourceKeys.some((k) => k.includes('long-120'))),
    10_000,
    'the 120-page script stored',
  );
  const revision = (await h.stored('revisions')).find((r) => r.scriptId === script.id);
  return { tabId, script, revision, panel, shownMs, readMs };
}

/** A server on 127.0.0.1 whose one document changes when told (the same URL, a new draft). */
async function draftServer() {
  let body = '';
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    serve(html) {
      body = html;
    },
    close: () =>
      new Promise((r) => {
        server.close(r);
        // The browser keeps its connection alive; waiting for it to time out cost this suite about 90 seconds.
        server.closeAllConnections();
      }),
  };
}

/** Starts a Chromium trace of a page's timeline (SCRIPTSIDE_TRACE=1); `stop` prints where its main thread went. */
async function startTrace(h, page) {
  const cdp = await h.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      // The renderer's main thread is the one that ran the most tasks; sum its events by name (nested ones too).
      const busy = new Map();
      for (const e of events) {
        if (e.ph === 'X' && e.name === 'RunTask')
          busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
      }
      const [main, total] = [...busy].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      const byName = new Map();
      for (const e of events) {
        if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || /RunTask/.test(e.name)) continue;
        byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
      }
      console.log(
        `      [trace] main thread busy ${(total / 1000).toFixed(0)} ms; by event (nested events counted in each):`,
      );
      for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
        console.log(`      [trace] ${(us / 1000).toFixed(1)} ms  ${name}`);
      }
    },
  };
}

/** Milliseconds from a click on the Revisions tab to the first diff row and the summary, on the panel's clock. */
async function openRevisionsTimed(h, panel) {
  const session = PROFILE ? await startProfile(h, panel) : undefined;
  const trace = TRACE ? await startTrace(h, panel) : undefined;
  const ms = await panel.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        document.getElementById('tab-revisions').click();
        const tick = () =>
          document.querySelector('.diff-row') && document.querySelector('.compare-summary')
            ? resolve(performance.now() - t0)
            : requestAnimationFrame(tick);
        tick();
      }),
  );
  if (session) await printProfile(session);
  if (trace) await trace.stop();
  return ms;
}

export default (test) => {
  addFloorPage();
  /** The stored 120-page script, read once per browser profile by whichever test needs it first. */
  let long;
  async function longScript(h) {
    if (!long) {
      const { panel, ...rest } = await readLongScript(h);
      await panel.close();
      long = rest;
    }
    return long;
  }
  /** The browser's floor, measured once per run by the first test that needs it. */
  let floorMs;
  async function floor(h) {
    floorMs ??= await measureFloor(h);
    return floorMs;
  }

  test('measures: the browser floor, an empty packaged extension page from navigation to its script', async (h) => {
    const ms = await floor(h);
    console.log(`    [floor] empty extension page, navigation to its script running: ${ms.toFixed(0)} ms`);
    check(ms > 0 && ms < 10_000, `the floor is a sensible time (${ms} ms)`);
  });

  test('measures: reading a 120-page HTML page into a stored revision, and the panel showing it', async (h) => {
    const base = await floor(h);
    const { panel, ...read } = await readLongScript(h);
    long = read;
    const { revision, readMs, shownMs } = read;
    check(typeof readMs === 'number', 'readTab leaves its "scriptside:read-tab" User Timing entry');
    check(
      revision.pages.length >= 110,
      `the generated page lays out to about 120 pages (${revision.pages.length})`,
    );
    figure(
      `read a ${revision.pages.length}-page HTML page into a stored revision (scriptside:read-tab)`,
      readMs,
      150,
    );
    pathFigure(
      `click "Read this page" (${revision.pages.length}-page page) until the new script shows`,
      shownMs,
      base,
      250,
      'within 250 ms of the click',
    );
    await h.screenshot(panel, 'performance-read-120');
    await panel.close();
  });

  test('measures: cold open with a 120-page script, 1,000 notes and 200 flags; the Notes view; adding a note', async (h) => {
    const base = await floor(h);
    const { tabId, script, revision } = await longScript(h);
    await seed(h, script.id, revision.id, { notes: 1000, flags: 200 });
    // The first open after seeding warms the browser's caches for the extension's files, as a daily user's would be.
    await (await openTimedPanel(h, tabId)).close();
    const opens = [];
    for (let i = 0; i < OPENS; i++) {
      const p = await openTimedPanel(h, tabId);
      opens.push(await p.evaluate(() => window.__scriptShownAt));
      if (i < OPENS - 1) await p.close();
    }
    const panel = await openTimedPanel(h, tabId);
    pathFigure(
      `panel cold open, 120 pages + 1,000 notes + 200 flags, to script lines and activity bar (median of ${OPENS}: ${opens.map((t) => t.toFixed(0)).join(', ')})`,
      median(opens),
      base,
      2 * base + 150,
      '2x floor + 150 ms',
    );
    const clickable = await panel.evaluate(() => {
      const t0 = performance.now();
      document.getElementById('tab-notes').click();
      return performance.now() - t0;
    });
    console.log(`    [measure] a tab click handled right after the cold open in ${clickable.toFixed(0)} ms`);
    await panel.getByRole('tab', { name: 'Script' }).click();
    // A user opens Notes a moment after the panel: its code loads when idle.
    await panel.waitForTimeout(1500);
    const notesMs = await panel.evaluate(
      () =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const obs = new MutationObserver(() => {
            if (
              document.querySelector('article') &&
              document.querySelector('textarea[aria-label="New note"]')
            ) {
              obs.disconnect();
              resolve(performance.now() - t0);
            }
          });
          obs.observe(document.body, { childList: true, subtree: true });
          document.getElementById('tab-notes').click();
        }),
    );
    figure('Notes view with 1,000 notes: click to first note and capture box shown', notesMs, 400);
    const box = panel.getByRole('textbox', { name: 'New note' });
    await box.fill('Timing note zebra');
    const addMs = await panel.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          const obs = new MutationObserver(() => {
            if (document.querySelector('[aria-label^="Note: Timing note zebra"]')) {
              obs.disconnect();
              resolve(performance.now() - start);
            }
          });
          obs.observe(document.body, { childList: true, subtree: true, characterData: true });
          const el = document.querySelector('textarea[aria-label="New note"]');
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
        }),
    );
    figure('adding a note while 1,000 exist: Enter to the note shown in the list', addMs, 50);
    await h.screenshot(panel, 'performance-notes-1000');
    await panel.close();
  });

  test('measures: panel cold open straight to the Notes view (Alt+Shift+N) with 1,000 notes, capture box taking keys', async (h) => {
    const base = await floor(h);
    const { tabId, script, revision } = await longScript(h);
    await seed(h, script.id, revision.id, { notes: 1000, flags: 200 });
    const url = h.url('/generated/long-120.html');
    await (await openPanelForNote(h, tabId, url)).close();
    const opens = [];
    for (let i = 0; i < OPENS; i++) {
      const p = await openPanelForNote(h, tabId, url);
      opens.push(await p.evaluate(() => window.__captureReadyAt));
      if (i < OPENS - 1) await p.close();
      else {
        // The box takes what is typed: the first key lands in it.
        await p.keyboard.type('Zebra');
        const typed = await p.getByRole('textbox', { name: 'New note' }).inputValue();
        check(typed.includes('Zebra'), `keys typed after the open go into the capture box (got "${typed}")`);
        await p.close();
      }
    }
    pathFigure(
      `panel cold open straight to Notes with 1,000 notes, navigation to the capture box taking keys (median of ${OPENS}: ${opens.map((t) => t.toFixed(0)).join(', ')})`,
      median(opens),
      base,
      300,
      'within 300 ms of navigation',
    );
  });

  test('measures: first open of Revisions with two 119-page drafts, click to the first diff row', async (h) => {
    const base = await floor(h);
    const srv = await draftServer();
    try {
      const v1 = longScriptPage(120);
      // The second draft: words changed in every tenth scene, a time of day changed in every fifteenth.
      const v2 = v1
        .replace(/Line 2 of scene (\d*0)\. We should check/g, 'Line 2 of scene $1. We must double-check')
        .replace(/(LOCATION NUMBER \d*[05]) - DAY/g, '$1 - DUSK');
      srv.serve(v1);
      const page = await h.context.newPage();
      const url = `${srv.origin}/drafts/script.html`;
      await page.goto(url);
      const tabId = await h.tabIdOf(page);
      const reader = await h.openPanel(tabId);
      // The panel shows the script read before (the 120-page one), so the title bar's button reads this tab.
      const readButton = reader.getByRole('button', { name: /^read this page$/i }).first();
      await readButton.click({ timeout: 15_000 });
      const drafts = async (n) => {
        const script = (await h.stored('scripts')).find((s) =>
          s.sourceKeys.some((k) => k.includes('/drafts/')),
        );
        const revs = script ? (await h.stored('revisions')).filter((r) => r.scriptId === script.id) : [];
        return revs.length >= n ? revs : undefined;
      };
      await waitFor(() => drafts(1), 30_000, 'the first draft stored');
      srv.serve(v2);
      await page.reload();
      await readButton.click();
      const revs = await waitFor(() => drafts(2), 30_000, 'the second draft stored');
      await reader.close();
      const pages = revs.map((r) => r.pages.length).join(' and ');

      const opens = [];
      const computes = [];
      for (let i = 0; i <= OPENS; i++) {
        const panel = await openTimedPanel(h, tabId);
        // A user opens Revisions a moment after the panel: its code loads when idle.
        await panel.waitForTimeout(1500);
        const ms = await openRevisionsTimed(h, panel);
        const compare = await panel.locator('.compare-summary').getAttribute('data-compare-ms');
        // The first open warms the browser's caches for the extension's files, as for the other cold opens.
        if (i > 0) {
          opens.push(ms);
          computes.push(Number(compare));
        }
        if (i === OPENS) await h.screenshot(panel, 'performance-revisions-120');
        await panel.close();
      }
      pathFigure(
        `first open of Revisions in a fresh panel, two drafts of ${pages} pages, click to the first diff row (median of ${OPENS}: ${opens.map((t) => t.toFixed(0)).join(', ')}; compare ${median(computes).toFixed(1)} ms)`,
        median(opens),
        base,
        250,
        'within 250 ms of the click',
      );
      await page.close();
    } finally {
      await srv.close();
    }
  });

  test('measures: the Fact-check view with 500 flags until interactive', async (h) => {
    const base = await floor(h);
    const { tabId, script, revision } = await longScript(h);
    // All 500 flags, whatever the tests before seeded (the same ids are overwritten, so it does not depend on them).
    await seed(h, script.id, revision.id, { flags: 500 });
    const opens = [];
    let panel;
    for (let i = 0; i < OPENS; i++) {
      panel = await openTimedPanel(h, tabId);
      await panel.waitForTimeout(1500);
      opens.push(
        await panel.evaluate(
          () =>
            new Promise((resolve) => {
              const t0 = performance.now();
              const obs = new MutationObserver(() => {
                if (
                  document.querySelector('input[type="search"][aria-label="Filter flags"]') &&
                  document.body.textContent.includes('Seeded item 499')
                ) {
                  obs.disconnect();
                  resolve(performance.now() - t0);
                }
              });
              obs.observe(document.body, { childList: true, subtree: true, characterData: true });
              document.getElementById('tab-factcheck').click();
            }),
        ),
      );
      if (i < OPENS - 1) await panel.close();
    }
    pathFigure(
      `Fact-check view with 500 flags, click to the list and its filter (median of ${OPENS}: ${opens.map((t) => t.toFixed(0)).join(', ')})`,
      median(opens),
      base,
      150,
      'within 150 ms of the click',
    );
    await panel.getByRole('searchbox', { name: 'Filter flags' }).fill('Seeded item 42');
    await waitFor(
      async () => (await panel.getByText('Seeded item 42', { exact: false }).count()) >= 1,
      15_000,
      'the filtered flags',
    ).catch(async (e) => {
      await h.screenshot(panel, 'performance-factcheck-filter-failed');
      throw e;
    });
    await h.screenshot(panel, 'performance-factcheck-500');
    await panel.close();
  });
};
