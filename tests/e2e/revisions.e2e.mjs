// Revisions end to end: a draft is read from a URL, notes and flags are added, the next draft is served at the same
// URL and read again. The compare view shows the scenes the set changed, notes and flags follow, orphans are listed,
// and the list of changes is reachable by keyboard. Also measures the diff view and carrying 1,000 items forward.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, CORPUS_DIR, longScriptPage, ROOT, waitFor } from './harness.mjs';

/** A server on 127.0.0.1 whose one document changes when told (the same URL, a new draft). */
async function draftServer() {
  let doc = { body: '', type: 'text/plain; charset=utf-8' };
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': doc.type, 'cache-control': 'no-store' });
    res.end(doc.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    serve(body, type = 'text/plain; charset=utf-8') {
      doc = { body, type };
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

/** The anchor lib/anchoring makes (quote, 32 characters of context each side, offsets), built from stored text. */
function anchorOf(text, start, end) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

function noteRecord(scriptId, revisionId, anchor, i) {
  const t = Date.now();
  return {
    id: `e2e-note-${i}`,
    createdAt: t,
    updatedAt: t,
    scriptId,
    revisionId,
    anchor,
    placements: {},
    text: `Room note ${i}`,
    kind: 'note',
    tags: [],
    resolved: false,
  };
}

function flagRecord(scriptId, revisionId, anchor, i) {
  const t = Date.now();
  return {
    id: `e2e-flag-${i}`,
    createdAt: t,
    updatedAt: t,
    scriptId,
    revisionId,
    anchor,
    placements: {},
    item: anchor.exact.slice(0, 40),
    category: 'fact',
    question: 'Is this right?',
    sources: [],
    alternatives: [],
    notes: '',
    status: 'open',
    history: [],
  };
}

/** Adds records to the extension's database with plain IndexedDB (the notes and flags UI is another view's job). */
async function addRecords(h, notes, flags) {
  const ext = await h.extensionPage();
  await ext.evaluate(
    ({ notes, flags }) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('scriptside');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['notes', 'flags'], 'readwrite');
          for (const n of notes) tx.objectStore('notes').put(n);
          for (const f of flags) tx.objectStore('flags').put(f);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { notes, flags },
  );
}

async function readIn(panel) {
  const t0 = Date.now();
  await panel
    .getByRole('button', { name: /^read this page$/i })
    .first()
    .click();
  return t0;
}

async function revisionsOf(h, url) {
  const script = (await h.stored('scripts')).find((s) =>
    s.sourceKeys.some((k) => url.includes(k) || k.includes(new URL(url).pathname)),
  );
  if (!script) return [];
  return (await h.stored('revisions')).filter((r) => r.scriptId === script.id).sort((a, b) => a.seq - b.seq);
}

/** Runs axe-core on the Revisions view (other views' tabs are their authors' to check); throws on serious or critical. */
async function axeView(panel) {
  await panel.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await panel.evaluate(() =>
    window.axe.run('.view-container', { resultTypes: ['violations'] }),
  );
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(
    bad.length === 0,
    `Revisions view accessibility: ${bad
      .map(
        (v) =>
          `${v.id} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      )
      .join('; ')}`,
  );
}

/** Clicks the Revisions tab and waits until the diff shows a row; returns the ms it took, measured in the panel. */
async function openRevisionsTimed(panel) {
  return panel.evaluate(
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
}

export default (test) => {
  test(
    'a corpus revision set read twice from one URL: changed scenes, notes and flags follow, orphans listed, F7 list by keyboard',
    async (h) => {
      const srv = await draftServer();
      try {
        const dir = join(CORPUS_DIR, 'revisions/agony');
        srv.serve(readFileSync(join(dir, 'v1.fountain'), 'utf8'));
        const page = await h.context.newPage();
        const url = `${srv.origin}/agony/draft.fountain`;
        await page.goto(url);
        const panel = await h.openPanel(await h.tabIdOf(page));
        await readIn(panel);
        const [v1] = await waitFor(
          async () => ((await revisionsOf(h, url)).length === 1 ? revisionsOf(h, url) : undefined),
          15_000,
          'v1 stored',
        );

        // Notes on every fourth dialogue line, flags on every fifth action line: some sit in scenes v2 cuts.
        const text = v1.script.text;
        const els = v1.script.elements;
        const notes = els
          .filter((e) => e.type === 'dialogue')
          .filter((_, i) => i % 4 === 0)
          .map((e, i) =>
            noteRecord(v1.scriptId, v1.id, anchorOf(text, e.start, Math.min(e.end, e.start + 40)), i),
          );
        const flags = els
          .filter((e) => e.type === 'action')
          .filter((_, i) => i % 5 === 0)
          .map((e, i) =>
            flagRecord(v1.scriptId, v1.id, anchorOf(text, e.start, Math.min(e.end, e.start + 30)), i),
          );
        await addRecords(h, notes, flags);

        srv.serve(readFileSync(join(dir, 'v2.fountain'), 'utf8'));
        await page.reload();
        await readIn(panel);
        const revs = await waitFor(
          async () => ((await revisionsOf(h, url)).length === 2 ? revisionsOf(h, url) : undefined),
          15_000,
          'v2 stored as the next revision',
        );
        const v2 = revs[1];
        check(v2.color === 'Blue', `the second draft is Blue, got ${v2.color}`);

        const storedNotes = (await h.stored('notes')).filter((n) => n.scriptId === v1.scriptId);
        const storedFlags = (await h.stored('flags')).filter((f) => f.scriptId === v1.scriptId);
        check(
          storedNotes.length === notes.length && storedFlags.length === flags.length,
          'no note or flag dropped',
        );
        const all = [...storedNotes, ...storedFlags];
        check(
          all.every((r) => r.placements[v2.id]),
          'every note and flag has a placement in v2',
        );
        for (const r of all) {
          const p = r.placements[v2.id];
          if (p.status === 'exact')
            check(
              v2.script.text.slice(p.start, p.end) === r.anchor.exact,
              `exact placement on its words: ${r.anchor.exact}`,
            );
        }
        const count = (s) => all.filter((r) => r.placements[v2.id].status === s).length;
        const orphans = all.filter((r) => r.placements[v2.id].status === 'orphaned');
        console.log(
          `    [figure] agony v1->v2: ${all.length} items carried: ${count('exact')} exact, ${count('moved')} moved, ${count('fuzzy')} fuzzy, ${orphans.length} orphaned`,
        );
        check(orphans.length > 0, 'v2 cuts scenes that had notes: some orphans');

        await panel.getByRole('tab', { name: /Revisions/ }).click();
        const summary = await panel.locator('.compare-summary').textContent({ timeout: 10_000 });
        const m = /^Blue revision: (\d+) scenes? changed, (\d+) pages?.*?(?:, (\d+) scenes? omitted)?$/.exec(
          summary ?? '',
        );
        check(m, `summary line: ${summary}`);
        const scenes = panel.getByRole('list', { name: 'Changed scenes' });
        const removed = await scenes.getByRole('button', { name: /^Removed:/ }).count();
        const added = await scenes.getByRole('button', { name: /^Added:/ }).count();
        check(
          removed === Number(m[3] ?? 0) && removed > 0,
          `removed scenes listed (${removed}) = omitted in the summary (${m[3]}): ${(await scenes.textContent()).slice(0, 300)}`,
        );
        check(added > 0, `added scenes listed: ${added}`);
        const orphanList = panel.getByRole('list', { name: 'Orphaned notes and flags' });
        await orphanList.waitFor({ timeout: 10_000 });
        const orphanText = await orphanList.textContent();
        check(
          orphanText.includes(orphans[0].anchor.exact.replace(/\s+/g, ' ').trim().slice(0, 30)),
          'an orphan is shown with its old text',
        );
        await h.screenshot(panel, 'revisions-compare');

        // Keyboard only: F7 opens the list of changes, arrows move, Enter goes to the change.
        await panel.locator('body').focus();
        await panel.keyboard.press('F7');
        const box = panel.getByRole('dialog').getByRole('listbox', { name: 'Changes' });
        await box.waitFor({ timeout: 5000 });
        check(await box.evaluate((el) => el === document.activeElement), 'the list of changes has focus');
        const first = await box.getByRole('option').first().textContent();
        check(
          /^(Added|Removed|Changed|Moved) .+\.$/.test(first ?? ''),
          `each change reads as a sentence: ${first}`,
        );
        await h.screenshot(panel, 'revisions-changes-list');
        await panel.keyboard.press('ArrowDown');
        await panel.keyboard.press('Enter');
        await panel.getByText(/^Change 2 of \d+$/).waitFor({ timeout: 5000 });
        await panel.keyboard.press('Alt+F5');
        await panel.getByText(/^Change 3 of \d+$/).waitFor({ timeout: 5000 });
        await axeView(panel);
        await panel.emulateMedia({ colorScheme: 'dark' });
        await h.screenshot(panel, 'revisions-dark');
        await panel.close();
        await page.close();
      } finally {
        await srv.close();
      }
    },
    { corpus: true },
  );

  test('measures: 120-page drafts compared and shown, 1,000 notes and flags carried into a new revision', async (h) => {
    const srv = await draftServer();
    try {
      const v1Html = longScriptPage(120);
      // The second draft: words changed in every tenth scene, a time of day changed in every fifteenth.
      const v2Html = v1Html
        .replace(/Line 2 of scene (\d*0)\. We should check/g, 'Line 2 of scene $1. We must double-check')
        .replace(/(LOCATION NUMBER \d*[05]) - DAY/g, '$1 - DUSK');
      srv.serve(v1Html, 'text/html; charset=utf-8');
      const page = await h.context.newPage();
      const url = `${srv.origin}/long/script.html`;
      await page.goto(url);
      const panel = await h.openPanel(await h.tabIdOf(page));
      await readIn(panel);
      const [v1] = await waitFor(
        async () => ((await revisionsOf(h, url)).length === 1 ? revisionsOf(h, url) : undefined),
        30_000,
        'v1 stored',
      );
      const readV1 = await panel.evaluate(
        () => performance.getEntriesByName('scriptside:read-tab').at(-1)?.duration,
      );

      const text = v1.script.text;
      const lines = v1.script.elements.filter((e) => e.type === 'dialogue' || e.type === 'action');
      const pick = (k) => lines[Math.floor((k * lines.length) / 1000)];
      const notes = [];
      const flags = [];
      for (let k = 0; k < 1000; k++) {
        const e = pick(k);
        const a = anchorOf(text, e.start, Math.min(e.end, e.start + 24 + (k % 20)));
        if (k % 10 < 7) notes.push(noteRecord(v1.scriptId, v1.id, a, k));
        else flags.push(flagRecord(v1.scriptId, v1.id, a, k));
      }
      await addRecords(h, notes, flags);

      srv.serve(v2Html, 'text/html; charset=utf-8');
      await page.reload();
      const t0 = await readIn(panel);
      const revs = await waitFor(
        async () => ((await revisionsOf(h, url)).length === 2 ? revisionsOf(h, url) : undefined),
        30_000,
        'v2 stored',
      );
      const clickToStored = Date.now() - t0;
      const readV2 = await waitFor(
        () =>
          panel.evaluate(
            (n) =>
              performance.getEntriesByName('scriptside:read-tab').length >= n
                ? performance.getEntriesByName('scriptside:read-tab').at(-1).duration
                : undefined,
            2,
          ),
        10_000,
        'the second read timing',
      );
      const carry = await panel.evaluate(() => ({
        total: performance.getEntriesByName('scriptside:carry-forward').at(-1)?.duration,
        compute: performance.getEntriesByName('scriptside:carry-forward-compute').at(-1)?.duration,
        store: performance.getEntriesByName('scriptside:store-revision').at(-1)?.duration,
        storeV1: performance.getEntriesByName('scriptside:store-revision').at(-2)?.duration,
      }));
      const items = [...(await h.stored('notes')), ...(await h.stored('flags'))].filter(
        (r) => r.scriptId === v1.scriptId,
      );
      const placed = items.filter((r) => r.placements[revs[1].id]);
      check(placed.length === 1000, `all 1,000 items carried into v2, got ${placed.length}`);
      const exact = placed.filter((r) => r.placements[revs[1].id].status !== 'orphaned').length;
      console.log(
        `    [figure] store v2 of ${revs[1].pages.length || '~120'} pages with 1,000 notes and flags re-anchored: readTab ${Math.round(readV2)} ms (reading v1 with none to carry: ${Math.round(readV1)} ms; carry-forward share ~${Math.round(readV2 - readV1)} ms); click to stored ${clickToStored} ms; placed ${exact}/1000; carry-forward inside storeRevision ${Math.round(carry.total)} ms (re-anchoring ${Math.round(carry.compute)} ms, the rest reading and writing records); storeRevision ${Math.round(carry.store)} ms (v1 with nothing to carry: ${Math.round(carry.storeV1)} ms) (budget 500 ms)`,
      );
      check(
        // A figure, not a timed test: the budget is printed above; only a tenfold miss fails (a regression).
        carry.store <= 5000,
        `storing a new revision with 1,000 items re-anchored took ${Math.round(carry.store)} ms, over ten times its 500 ms budget`,
      );

      const cold = await openRevisionsTimed(panel);
      const computeCold = await panel.locator('.compare-summary').getAttribute('data-compare-ms');
      await panel
        .getByRole('tab', { name: /Script/ })
        .first()
        .click();
      const warm = await openRevisionsTimed(panel);
      const computeWarm = await panel.locator('.compare-summary').getAttribute('data-compare-ms');
      const pagesN = await panel.evaluate(
        () =>
          /(\d+) pages?/.exec(
            document.querySelector('.revision-item:last-child .revision-meta')?.textContent ?? '',
          )?.[1],
      );
      console.log(
        `    [figure] compare two ${pagesN}-page drafts and show the diff, Revisions tab click to first diff row: first open ${Math.round(cold)} ms (compare ${computeCold} ms, includes loading the view's code), again ${Math.round(warm)} ms (compare ${computeWarm} ms) (budget 300 ms)`,
      );
      // A figure, not a timed test: only a tenfold miss of the 300 ms budget fails.
      check(warm <= 3000, `diff interactive took ${Math.round(warm)} ms, over ten times its 300 ms budget`);
      await h.screenshot(panel, 'revisions-120-pages');
      await panel.close();
      await page.close();
    } finally {
      await srv.close();
    }
  });
};
