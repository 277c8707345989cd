// Reading in Firefox ESR: the bundled demo script, a formatted HTML script page, and a PDF shown in Firefox's own
// PDF viewer (which no extension may script, so the panel reads the tab's URL instead), all from the local server.
import { byRole, check, clickRole, waitFor, waitForText } from './harness.mjs';

async function revisionsFor(h, pathPart) {
  const script = (await h.stored('scripts')).find((s) => s.sourceKeys.some((k) => k.includes(pathPart)));
  if (!script) return undefined;
  const revisions = (await h.stored('revisions')).filter((r) => r.scriptId === script.id);
  return { script, revisions };
}

/** Opens `path` in a tab, then the panel on that tab, and clicks "Read this page". */
async function readPage(h, path) {
  const page = await h.openPage(path);
  const panel = await h.openPanel(await h.tabIdOf(page));
  await clickRole(panel, 'button', /^read this page$/i);
  return { page, panel };
}

export default (test) => {
  test('opens the demo script: two drafts stored, its scenes shown', async (h) => {
    const panel = await h.openPanel();
    await clickRole(panel, 'button', 'Open the demo script');
    await byRole(panel, 'listbox', 'Script lines', { ms: 15_000 });
    const revisions = await waitFor(
      async () => ((await h.stored('revisions')).length === 2 ? h.stored('revisions') : undefined),
      10_000,
      'the two demo drafts',
    );
    check(
      revisions
        .map((r) => r.color)
        .sort()
        .join(',') === 'Blue,White',
      `a White and a Blue draft: ${revisions.map((r) => r.color)}`,
    );
    const scripts = await h.stored('scripts');
    check(scripts.length === 1 && /Marlowe/i.test(scripts[0].title), `the demo script: ${scripts[0]?.title}`);
    await waitForText(panel, /INT\.|EXT\./);
    await panel.close();
  });

  test('reads a formatted script page from the test server: scenes shown and stored', async (h) => {
    const { page, panel } = await readPage(h, '/fixtures/cold-open.html');
    const got = await waitFor(() => revisionsFor(h, '/fixtures/cold-open.html'), 15_000, 'the stored script');
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
    await waitForText(panel, 'EXT. STUDIO LOT - DAWN');
    await panel.close();
    await page.close();
  });

  test(
    "reads a PDF shown in Firefox's PDF viewer: read from the tab's URL, the PDF's own pages kept",
    async (h) => {
      const { page, panel } = await readPage(h, '/corpus/pdf/brick-and-steel.screenplain.pdf');
      const got = await waitFor(
        () => revisionsFor(h, 'brick-and-steel.screenplain.pdf'),
        30_000,
        'the stored PDF script',
      );
      check(got.revisions[0].source.format === 'pdf', `read as a PDF: ${got.revisions[0].source.format}`);
      check(got.revisions[0].pages.length >= 2, `the PDF's own pages kept: ${got.revisions[0].pages.length}`);
      check(
        got.revisions[0].script.elements.filter((e) => e.type === 'scene_heading').length >= 2,
        'scenes found in the PDF',
      );
      await panel.close();
      await page.close();
    },
    { corpus: true },
  );

  test('a page that is not a script gets a plain sentence and stores nothing', async (h) => {
    const before = (await h.stored('scripts')).length;
    const { page, panel } = await readPage(h, '/fixtures/bakery.html');
    await waitForText(panel, 'This page does not look like a script');
    check((await h.stored('scripts')).length === before, 'nothing stored');
    await panel.close();
    await page.close();
  });
};
