// Hostile input everywhere: a script imported from a file with a hostile name, whose title
// and text carry markup, script URLs, bidi overrides, invisible, NUL and broken characters; a note, a session and a
// flag with hostile text. Every surface (panel views, print, report and minutes pages, every export) shows the text
// literally and runs nothing: no dialog, no element made from the text, no script flag set.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { check, ROOT, waitFor } from './harness.mjs';

const { HOSTILE_TEXTS, HOSTILE_FILE_NAMES, HUGE_LINE } = await tsImport(
  '../fixtures/hostile/index.ts',
  pathToFileURL(`${ROOT}/tests/e2e/hostile.e2e.mjs`).href,
);
const text = (name) => HOSTILE_TEXTS.find((t) => t.name === name).text;
const SCRIPT_TAG = text('script tag');
const IMG = text('img onerror');
const JS_LINK = text('javascript link');
const SVG = text('svg onload');
const RLO = text('right-to-left override');
const TITLE = `${SCRIPT_TAG} ${IMG}`;
/** Texts every surface must show character for character (the visible ones; invisible ones are checked in storage). */
const VISIBLE = [SCRIPT_TAG, IMG, JS_LINK, SVG];
const NOTE_TEXT = `${IMG} ${JS_LINK} ${RLO} ${text('NUL characters')}`;
const FLAG_NOTES = `${SVG} ${SCRIPT_TAG}`;
const SESSION_TITLE = `${SCRIPT_TAG} room`;

// A file with NUL is refused as binary data ("This Fountain file is not text"), and lone surrogates cannot be encoded
// as UTF-8 bytes: those two go into the note text instead, typed as a user would.
const IN_FILE = HOSTILE_TEXTS.filter((t) => t.name !== 'NUL characters' && t.name !== 'lone surrogates');

/** Ordinary scenes with dialogue, so the importer is confident the file is a script. */
function plainScenes(n = 8) {
  const out = [];
  for (let i = 1; i <= n; i++) {
    out.push(`${i % 2 ? 'INT' : 'EXT'}. PLAIN PLACE ${i} - DAY`, '', `People talk in place ${i}.`, '');
    out.push('MARCUS', `Line ${i} from Marcus.`, '', 'DANA', `Line ${i} from Dana.`, '');
  }
  return out.join('\n');
}

/** A Fountain draft whose action lines are the hostile texts (forced with '!', so none turns into markup). */
export function hostileFountain(extra = '') {
  const lines = [
    `Title: ${TITLE}`,
    'Credit: written by',
    'Author: Nobody',
    '',
    'INT. HOSTILE ROOM - DAY',
    '',
  ];
  for (const t of IN_FILE) lines.push(`!${t.text}`, '');
  lines.push('DANA', `${IMG} is what she says.`, '', 'EXT. HOSTILE STREET - NIGHT', '', `!${JS_LINK}`, '');
  if (extra) lines.push(extra, '');
  lines.push(plainScenes());
  return lines.join('\n');
}

/** Watches `page` for anything the hostile text could do: dialogs, a set flag, elements made from markup. */
function guard(page) {
  const state = { dialogs: 0 };
  page.on('dialog', (d) => {
    state.dialogs++;
    void d.dismiss();
  });
  state.verify = async (where) => {
    check(state.dialogs === 0, `${where}: no dialog opened (${state.dialogs})`);
    check((await page.evaluate(() => window.__pwned)) === undefined, `${where}: no hostile script ran`);
    const made = await page.evaluate(
      () =>
        document.querySelectorAll(
          'img[src="x"], img[onerror], svg[onload], a[href^="javascript:"], script:not([src])',
        ).length,
    );
    check(made === 0, `${where}: no element made from hostile markup (${made})`);
  };
  return state;
}

/** Checks `page` shows each of `texts` literally (as text content somewhere in the page). */
async function showsLiterally(page, texts, where) {
  const body = await page.evaluate(() => document.body.innerText);
  for (const t of texts) check(body.includes(t), `${where}: shows literally ${JSON.stringify(t)}`);
}

async function exportFrom(panel, toolbar, title) {
  const [file] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('toolbar', { name: toolbar }).getByRole('button', { name: title }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** The workbench's file input (the only file input labelled so). */
function importInput(panel) {
  return panel.locator('input[type="file"][aria-label="Import a script"]').first();
}

async function selectLine(panel, matching) {
  await panel.getByRole('tab', { name: 'Script' }).click();
  await panel.getByRole('option', { name: matching }).first().click();
}

export default (test) => {
  let scriptId;
  let revisionId;
  let sessionId;

  /** Imports the hostile file in `panel`; the stored revision. */
  async function importHostile(h, panel) {
    await importInput(panel).setInputFiles({
      name: HOSTILE_FILE_NAMES[0],
      mimeType: 'text/plain',
      buffer: Buffer.from(hostileFountain()),
    });
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    await waitFor(async () => (await h.stored('revisions')).length === 1, 10_000, 'the revision stored');
    const [rev] = await h.stored('revisions');
    ({ scriptId } = rev);
    revisionId = rev.id;
    return rev;
  }

  /** The hostile script stored, whether or not the first test ran: no test depends on the one before it. */
  async function ensureScript(h) {
    const [rev] = await h.stored('revisions');
    if (rev) {
      ({ scriptId } = rev);
      revisionId = rev.id;
      return;
    }
    const panel = await h.openPanel();
    await importHostile(h, panel);
    await panel.close();
  }

  /** The hostile note in a hostile session, and a flag with hostile research notes (what the second test makes). */
  async function addNoteSessionFlag(h, panel) {
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.keyboard.press('Control+Alt+KeyS');
    await panel.getByRole('textbox', { name: 'Session title' }).fill(SESSION_TITLE);
    await panel.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Stop session' }).waitFor();
    await selectLine(panel, /HOSTILE ROOM/);
    await panel.keyboard.press('Control+Alt+KeyN');
    const box = panel.getByRole('textbox', { name: 'New note' });
    await box.fill(NOTE_TEXT);
    await box.press('Enter');
    await waitFor(async () => (await box.inputValue()) === '', 5000, 'the note saved');
    sessionId = (await h.stored('sessions'))[0].id;
    await selectLine(panel, /Line 1 from Marcus/);
    await panel.keyboard.press('Control+Alt+KeyK');
    await waitFor(async () => (await h.stored('flags')).length === 1, 5000, 'the flag stored');
    await panel.getByRole('tab', { name: 'Fact-check' }).click();
    await panel
      .getByRole('button', { name: /flag .*'/ })
      .first()
      .click();
    await panel.getByRole('textbox', { name: 'Research notes' }).fill(FLAG_NOTES);
    await panel.getByRole('textbox', { name: 'Research notes' }).press('Tab');
    await waitFor(
      async () => (await h.stored('flags'))[0].notes === FLAG_NOTES,
      5000,
      'the flag notes stored',
    );
  }

  /** The script with its hostile note, session and flag, made here when the tests before did not run. */
  async function ensureRecords(h) {
    await ensureScript(h);
    const session = (await h.stored('sessions'))[0];
    if (session && (await h.stored('flags')).length) {
      sessionId = session.id;
      return;
    }
    const panel = await h.openPanel();
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    await addNoteSessionFlag(h, panel);
    await panel.close();
  }

  test('a script from a file with a hostile name and text shows literally in the Script view', async (h) => {
    const panel = await h.openPanel();
    const g = guard(panel);
    const rev = await importHostile(h, panel);
    const [script] = await h.stored('scripts');
    check(script.title === TITLE, `the title is stored unchanged: ${JSON.stringify(script.title)}`);
    for (const t of IN_FILE) {
      // Zero-width, bidi and combining characters must survive storage exactly.
      check(rev.script.text.includes(t.text.trim()), `stored exactly: ${t.name}`);
    }
    await showsLiterally(panel, [...VISIBLE, 'HOSTILE ROOM'], 'Script view');
    await showsLiterally(panel, [SCRIPT_TAG], 'status bar title');
    await g.verify('Script view');
    await h.screenshot(panel, 'hostile-script-view');
    await panel.close();
  });

  test('a hostile note, session and flag show literally in the Notes and Fact-check views', async (h) => {
    await ensureScript(h);
    const panel = await h.openPanel();
    const g = guard(panel);
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    await addNoteSessionFlag(h, panel);
    const notes = await h.stored('notes');
    check(notes.length === 1 && notes[0].text === NOTE_TEXT, 'the note is stored unchanged');
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.getByRole('article').first().waitFor({ timeout: 10_000 });
    await showsLiterally(panel, [IMG, JS_LINK, SCRIPT_TAG], 'Notes view');
    await g.verify('Notes view');
    await panel.getByRole('tab', { name: 'Fact-check' }).click();
    await panel.getByRole('searchbox', { name: 'Filter flags' }).waitFor({ timeout: 10_000 });
    await panel
      .getByRole('button', { name: /flag .*'/ })
      .first()
      .click();
    const flag = (await h.stored('flags'))[0];
    await showsLiterally(panel, [flag.anchor.exact.trim().slice(0, 20)], 'Fact-check view');
    await g.verify('Fact-check view');
    await h.screenshot(panel, 'hostile-factcheck-view');

    // Exports: the exact text, and formula-looking cells prefixed.
    const csv = await exportFrom(panel, 'Fact-check actions', 'Export Clearance Report (CSV)');
    check(
      csv.text.includes(SVG.replace(/"/g, '""')) || csv.text.includes(SVG),
      'clearance CSV keeps the flag notes',
    );
    check(!/(^|,)"?[=+\-@]/m.test(csv.text), 'no clearance CSV cell starts with = + - @');
    await panel.getByRole('tab', { name: 'Notes' }).click();
    const notesCsv = await exportFrom(panel, 'Notes actions', 'Export All Notes (CSV)');
    check(
      notesCsv.text.includes(IMG.replace(/"/g, '""')),
      'notes CSV keeps the note text (quotes doubled as CSV does)',
    );
    check(!/(^|,)"?[=+\-@]/m.test(notesCsv.text), `no notes CSV cell starts with = + - @:\n${notesCsv.text}`);
    const md = await exportFrom(panel, 'Notes actions', 'Export Session Minutes (Markdown)');
    console.log(`    [figure] minutes Markdown head: ${JSON.stringify(md.text.slice(0, 160))}`);
    check(
      md.text.includes('\\<script\\>window.\\_\\_pwned'),
      'minutes Markdown keeps the tag, escaped so a viewer shows it as text',
    );
    check(
      !md.text.includes(SCRIPT_TAG),
      'minutes Markdown escapes the tag so a Markdown viewer shows it as text',
    );
    await panel.close();
  });

  test('a formula note is prefixed in the notes CSV', async (h) => {
    await ensureScript(h);
    const panel = await h.openPanel();
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    await selectLine(panel, /HOSTILE STREET/);
    await panel.keyboard.press('Control+Alt+KeyN');
    const box = panel.getByRole('textbox', { name: 'New note' });
    await box.fill(text('formula cell'));
    await box.press('Enter');
    await waitFor(async () => (await box.inputValue()) === '', 5000, 'the formula note saved');
    const csv = await exportFrom(panel, 'Notes actions', 'Export All Notes (CSV)');
    check(!/(^|,)"?[=+\-@]/m.test(csv.text), `no notes CSV cell starts with = + - @:\n${csv.text}`);
    check(csv.text.includes('HYPERLINK'), 'the formula text is kept, prefixed');
    await panel.close();
  });

  test('the print, clearance report and minutes pages show hostile text literally', async (h) => {
    await ensureRecords(h);
    for (const [path, where, wait] of [
      [`print.html?script=${scriptId}&revision=${revisionId}`, 'print page', 'body[data-state]'],
      [`report.html?script=${scriptId}&revision=${revisionId}`, 'clearance report', 'h1'],
      [`minutes.html?session=${sessionId}`, 'minutes page', 'h1'],
    ]) {
      const page = await h.context.newPage();
      const g = guard(page);
      await page.goto(`chrome-extension://${h.extensionId}/${path}`);
      await page.waitForSelector(wait, { timeout: 15_000 });
      await page.waitForTimeout(300);
      const want =
        where === 'print page'
          ? [SCRIPT_TAG, IMG, JS_LINK]
          : where === 'minutes page'
            ? [IMG, SESSION_TITLE]
            : [SVG];
      await showsLiterally(page, want, where);
      await g.verify(where);
      await h.screenshot(page, `hostile-${where.replace(/ /g, '-')}`);
      await page.close();
    }
  });

  test('the Revisions compare view shows a hostile second draft literally', async (h) => {
    await ensureScript(h);
    const panel = await h.openPanel();
    const g = guard(panel);
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    await importInput(panel).setInputFiles({
      name: HOSTILE_FILE_NAMES[0],
      mimeType: 'text/plain',
      buffer: Buffer.from(hostileFountain(`!${SVG} added in the second draft`)),
    });
    await waitFor(async () => (await h.stored('revisions')).length === 2, 10_000, 'the second draft stored');
    await panel.getByRole('tab', { name: /Revisions/ }).click();
    await panel.locator('.compare-summary').waitFor({ timeout: 10_000 });
    await panel.waitForTimeout(300);
    await showsLiterally(panel, [`${SVG} added in the second draft`], 'Revisions compare');
    await g.verify('Revisions compare');
    await h.screenshot(panel, 'hostile-revisions');
    await panel.close();
  });

  test('the backup JSON keeps hostile text exactly', async (h) => {
    await ensureRecords(h);
    const panel = await h.openPanel();
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const section = panel.getByRole('region', { name: 'Backup & restore' });
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      section.getByRole('button', { name: 'Save backup of everything' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    check(
      backup.tables.scripts.some((s) => s.title === TITLE),
      'backup title unchanged',
    );
    check(
      backup.tables.notes.some((n) => n.text === NOTE_TEXT),
      'backup note text unchanged',
    );
    check(
      backup.tables.flags.some((f) => f.notes === FLAG_NOTES),
      'backup flag notes unchanged',
    );
    await panel.close();
  });

  test('every hostile file name imports or is refused with a sentence; a 5 MB line does not hang the panel', async (h) => {
    await ensureScript(h);
    const panel = await h.openPanel();
    const g = guard(panel);
    await panel.getByRole('listbox', { name: 'Script lines' }).waitFor({ timeout: 15_000 });
    for (const name of HOSTILE_FILE_NAMES.slice(1)) {
      const before = (await h.stored('revisions')).length;
      try {
        await importInput(panel).setInputFiles({
          name,
          mimeType: 'text/plain',
          buffer: Buffer.from(`Title: From a hostile file name\n\n${plainScenes(4)}\n`),
        });
      } catch (e) {
        console.log(
          `    [skip] the browser refused the name ${JSON.stringify(name.slice(0, 30))}: ${String(e.message).slice(0, 80)}`,
        );
        continue;
      }
      await waitFor(
        async () =>
          (await h.stored('revisions')).length > before || (await panel.getByRole('alert').count()) > 0,
        10_000,
        `import of ${JSON.stringify(name.slice(0, 30))}`,
      );
    }
    const started = Date.now();
    const before = (await h.stored('revisions')).length;
    await importInput(panel).setInputFiles({
      name: 'huge-line.fountain',
      mimeType: 'text/plain',
      buffer: Buffer.from(`Title: Huge\n\n${plainScenes(4)}\n\n${HUGE_LINE}\n`),
    });
    await waitFor(
      async () =>
        (await h.stored('revisions')).length > before ||
        (await panel.getByText(/too (long|big|large)/i).count()) > 0,
      60_000,
      'the 5 MB line read or refused',
    );
    console.log(`    [measure] 5 MB line imported or refused in ${Date.now() - started} ms`);
    check(await panel.evaluate(() => document.body.innerText.length > 0), 'the panel still renders');
    await g.verify('after hostile file names');
    await h.screenshot(panel, 'hostile-file-names');
    await panel.close();
  });
};
