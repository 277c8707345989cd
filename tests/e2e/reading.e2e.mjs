// Reading pages into the panel: formatted HTML, <pre>, Fountain, PDF; the same text twice; a page that is not a
// script; everything still there after the browser restarts. Also times a 120-page read and a cold panel open.
import { check, waitFor } from './harness.mjs';

/** Clicks "Read this page" in the panel (the view's title-row button, or the welcome view's). */
async function readInPanel(panel) {
  await panel
    .getByRole('button', { name: /^read this page$/i })
    .first()
    .click();
}

async function readPage(h, path) {
  const page = await h.openPage(path);
  const tabId = await h.tabIdOf(page);
  const panel = await h.openPanel(tabId);
  await panel
    .getByText(/Read this page|No script|Scenes/)
    .first()
    .waitFor();
  return { page, panel, tabId };
}

async function revisionsFor(h, pathPart) {
  const scripts = await h.stored('scripts');
  const script = scripts.find((s) => s.sourceKeys.some((k) => k.includes(pathPart)));
  if (!script) return undefined;
  const revisions = (await h.stored('revisions')).filter((r) => r.scriptId === script.id);
  return { script, revisions };
}

/** The formatted page read and stored, whether or not the first test ran: no test depends on the one before it. */
async function ensureColdOpen(h) {
  if (await revisionsFor(h, '/fixtures/cold-open.html')) return;
  const { panel, page } = await readPage(h, '/fixtures/cold-open.html');
  await readInPanel(panel);
  await waitFor(() => revisionsFor(h, '/fixtures/cold-open.html'), 10_000, 'the stored script');
  await panel.close();
  await page.close();
}

export default (test) => {
  test('reads a formatted script page: scenes shown and stored', async (h) => {
    const { panel } = await readPage(h, '/fixtures/cold-open.html');
    await readInPanel(panel);
    const got = await waitFor(() => revisionsFor(h, '/fixtures/cold-open.html'), 10_000, 'the stored script');
    check(got.script.title === 'The Cold Open', `title from the page: ${got.script.title}`);
    check(got.revisions.length === 1 && got.revisions[0].color === 'White', 'one White revision');
    const headings = got.revisions[0].script.elements
      .filter((e) => e.type === 'scene_heading')
      .map((e) => e.text);
    check(
      headings.join('|') ===
        "INT. WRITERS ROOM - NIGHT|EXT. STUDIO LOT - DAWN|INT. DANA'S OFFICE - CONTINUOUS",
      `scenes: ${headings}`,
    );
    await panel.getByText('EXT. STUDIO LOT - DAWN').first().waitFor({ timeout: 5000 });
    check(
      !(await panel
        .getByText('Home')
        .isVisible()
        .catch(() => false)),
      'the site navigation is not part of the script',
    );
    await h.screenshot(panel, 'read-formatted');
    await panel.close();
  });

  test('the panel showing a script has no serious or critical axe violations', async (h) => {
    await ensureColdOpen(h);
    const panel = await h.openPanel();
    await panel.getByText('Scenes').first().waitFor({ timeout: 10_000 });
    await h.axe(panel, 'panel with a script');
    await panel.close();
  });

  test('reading the same page again makes no new revision', async (h) => {
    await ensureColdOpen(h);
    const { panel } = await readPage(h, '/fixtures/cold-open.html');
    await readInPanel(panel);
    await panel
      .getByText(/already|no new|same|Stored/i)
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    await panel.waitForTimeout(500);
    const got = await revisionsFor(h, '/fixtures/cold-open.html');
    check(got.revisions.length === 1, `still one revision, found ${got.revisions.length}`);
    check((await h.stored('scripts')).length === 1, 'still one script');
    await panel.close();
  });

  test('reads a Fountain file shown as text', async (h) => {
    const { panel } = await readPage(h, '/fixtures/cold-open.fountain');
    await readInPanel(panel);
    const got = await waitFor(
      () => revisionsFor(h, 'cold-open.fountain'),
      10_000,
      'the stored Fountain script',
    );
    check(got.revisions[0].source.format === 'fountain', `format ${got.revisions[0].source.format}`);
    check(got.revisions[0].script.elements.filter((e) => e.type === 'character').length === 3, 'three cues');
    await panel.close();
  });

  test('a page that is not a script gets a plain sentence and stores nothing', async (h) => {
    const before = (await h.stored('scripts')).length;
    const { panel } = await readPage(h, '/fixtures/bakery.html');
    await readInPanel(panel);
    await panel.getByText('This page does not look like a script').first().waitFor({ timeout: 10_000 });
    check((await h.stored('scripts')).length === before, 'nothing stored');
    await h.screenshot(panel, 'not-a-script');
    await panel.close();
  });

  test(
    'reads the IMSDb-style <pre> page (corpus)',
    async (h) => {
      const { panel } = await readPage(h, '/corpus/html/cyber-bob-ep00001.pre.html');
      await readInPanel(panel);
      const got = await waitFor(
        () => revisionsFor(h, 'cyber-bob-ep00001.pre.html'),
        10_000,
        'the stored pre script',
      );
      const heads = got.revisions[0].script.elements.filter((e) => e.type === 'scene_heading');
      check(heads.length === 3, `three scenes as in the .fountain, got ${heads.length}`);
      check(got.revisions[0].source.format === 'plain', 'read as plain text layout');
      await panel.getByText('EXT. PARK--DAY').first().waitFor({ timeout: 5000 });
      await panel.close();
    },
    { corpus: true },
  );

  test(
    'reads a screenplain formatted page (corpus)',
    async (h) => {
      const { panel } = await readPage(h, '/corpus/html/brick-and-steel.screenplain.html');
      await readInPanel(panel);
      const got = await waitFor(
        () => revisionsFor(h, 'brick-and-steel.screenplain.html'),
        10_000,
        'the stored screenplain script',
      );
      const els = got.revisions[0].script.elements;
      check(els.filter((e) => e.type === 'scene_heading').length >= 2, 'scenes found');
      check(els.filter((e) => e.type === 'character').length >= 5, 'cues found');
      await h.screenshot(panel, 'read-screenplain');
      await panel.close();
    },
    { corpus: true },
  );

  test(
    'reads a corpus Fountain file',
    async (h) => {
      const { panel } = await readPage(h, '/corpus/fountain/brick-and-steel.fountain');
      await readInPanel(panel);
      const got = await waitFor(
        () => revisionsFor(h, 'brick-and-steel.fountain'),
        10_000,
        'the stored Fountain',
      );
      check(got.revisions[0].source.format === 'fountain', 'Fountain by file name');
      await panel.close();
    },
    { corpus: true },
  );

  test(
    'reads a PDF open in the tab (corpus)',
    async (h) => {
      const { panel } = await readPage(h, '/corpus/pdf/brick-and-steel.screenplain.pdf');
      await readInPanel(panel);
      const got = await waitFor(
        () => revisionsFor(h, 'brick-and-steel.screenplain.pdf'),
        20_000,
        'the stored PDF script',
      );
      check(got.revisions[0].source.format === 'pdf', 'read as a PDF');
      check(got.revisions[0].pages.length >= 2, `the PDF's own pages kept: ${got.revisions[0].pages.length}`);
      await h.screenshot(panel, 'read-pdf');
      await panel.close();
    },
    { corpus: true },
  );

  test('measures: a 120-page script read into a stored revision', async (h) => {
    const { panel } = await readPage(h, '/generated/long-120.html');
    const t0 = Date.now();
    await readInPanel(panel);
    const got = await waitFor(() => revisionsFor(h, 'long-120.html'), 30_000, 'the 120-page script');
    const ms = Date.now() - t0;
    const pages = got.revisions[0].pages.length;
    const inPanel = await waitFor(
      () => panel.evaluate(() => performance.getEntriesByName('scriptside:read-tab').at(-1)?.duration),
      10_000,
      'the read-tab timing',
    );
    console.log(
      `    [measure] read a ${pages}-page HTML script into a stored revision: readTab ${Math.round(inPanel)} ms in the panel; click to seen stored ${ms} ms (includes the panel rendering it)`,
    );
    check(pages >= 100, `about 120 pages laid out, got ${pages}`);
    await panel.close();
  });

  test('after a browser restart everything is still there', async (h) => {
    await ensureColdOpen(h);
    const before = {
      scripts: (await h.stored('scripts')).length,
      revisions: (await h.stored('revisions')).length,
    };
    await h.restart();
    const after = {
      scripts: (await h.stored('scripts')).length,
      revisions: (await h.stored('revisions')).length,
    };
    check(
      JSON.stringify(before) === JSON.stringify(after),
      `before ${JSON.stringify(before)} after ${JSON.stringify(after)}`,
    );
    const t0 = Date.now();
    const panel = await h.openPanel();
    await panel.getByText('Scenes').first().waitFor({ timeout: 15_000 });
    console.log(`    [measure] panel cold open (after restart, current script shown): ${Date.now() - t0} ms`);
    await h.screenshot(panel, 'after-restart');
    await panel.close();
  });
};
