// Reading in Firefox ESR: the bundled demo script, a formatted HTML script page, and a PDF shown in Firefox's own
// PDF viewer (which no extension may script, so the panel reads the tab's URL instead), all from the local server.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { byRole, check, clickRole, ROOT, waitFor, waitForText } from './harness.mjs';

/**
 * A two-page script PDF made by the repository's own PDF writer (tests/fixtures/make-pdf.ts, run through tsx), so
 * the PDF path is tested without the shared corpus.
 */
function twoPageScriptPdf() {
  const writer = join(ROOT, 'tests/fixtures/make-pdf.ts');
  const code = `
    import { makePdf, pageLabel, scriptText } from ${JSON.stringify(writer)};
    const p1 = [...pageLabel('1'), scriptText(0, 0, 'INT. HARBOUR OFFICE - NIGHT'),
      scriptText(2, 0, 'Rain hammers the window. ODILE sorts ferry tickets.'),
      scriptText(4, 20, 'ODILE'), scriptText(5, 10, 'The last boat left at nine.')];
    const p2 = [...pageLabel('2'), scriptText(0, 0, 'EXT. PIER - CONTINUOUS'), scriptText(2, 0, 'Gulls.'),
      scriptText(4, 20, 'MARCUS'), scriptText(5, 10, 'Nobody runs in this town.')];
    process.stdout.write(Buffer.from(makePdf([{ texts: p1 }, { texts: p2 }])).toString('base64'));`;
  const b64 = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', code], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return Buffer.from(b64, 'base64');
}

/** Serves one PDF on 127.0.0.1 as a web server would (Firefox shows it in its own viewer). */
async function pdfServer(bytes) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': bytes.length });
    res.end(bytes);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

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
  test('opens the demo script: two drafts stored, its scenes shown, the real sidebar follows', async (h) => {
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
    // Firefox reports no CSP violation while a page loads (see harness.mjs): check that what it loads did load.
    const loaded = await panel.evaluate(() => ({
      codicons: [...document.fonts].some((f) => /codicon/.test(f.family) && f.status === 'loaded'),
      styles: [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0),
    }));
    check(loaded.codicons, 'the codicon font loaded under the CSP');
    check(loaded.styles > 100, `the panel's style sheets loaded under the CSP (${loaded.styles} rules)`);
    // The real sidebar Firefox opened on install is a second live panel on the same database: it follows.
    const ext = await h.extensionPage();
    await waitFor(
      () =>
        ext.evaluate(() =>
          globalThis.browser.extension
            .getViews({ type: 'sidebar' })
            .some((w) => /Marlowe/i.test(w.document.body.innerText)),
        ),
      10_000,
      'the sidebar showing the demo script',
    );
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

  test("reads a PDF shown in Firefox's PDF viewer from the tab's URL: both pages and the scenes kept", async (h) => {
    const srv = await pdfServer(twoPageScriptPdf());
    try {
      const page = await h.newTab(`${srv.origin}/drafts/harbour.pdf`);
      const panel = await h.openPanel(await h.tabIdOf(page));
      await clickRole(panel, 'button', /^read this page$/i);
      const got = await waitFor(
        () => revisionsFor(h, '/drafts/harbour.pdf'),
        30_000,
        'the stored PDF script',
      );
      const [revision] = got.revisions;
      check(revision.source.format === 'pdf', `read as a PDF: ${revision.source.format}`);
      check(revision.pages.length === 2, `the PDF's two pages kept: ${revision.pages.length}`);
      // The read worker (a module worker, nested pdf.js worker) starts in Firefox under the extension's CSP.
      const inWorker = await panel.evaluate(
        () => performance.getEntriesByName('scriptside:read-in-worker').length,
      );
      check(inWorker > 0, 'the PDF was parsed in the read worker, not on the fallback path');
      const headings = revision.script.elements.filter((e) => e.type === 'scene_heading').map((e) => e.text);
      check(
        headings.join('|') === 'INT. HARBOUR OFFICE - NIGHT|EXT. PIER - CONTINUOUS',
        `scenes from the PDF: ${headings}`,
      );
      await waitForText(panel, 'EXT. PIER - CONTINUOUS');
      await panel.close();
      await page.close();
    } finally {
      await srv.close();
    }
  });

  test(
    "reads a corpus PDF shown in Firefox's PDF viewer: read from the tab's URL, the PDF's own pages kept",
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
