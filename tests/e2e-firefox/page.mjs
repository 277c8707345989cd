// Page helpers for the Firefox suite: elements found by role and accessible name (as the Chromium suite finds them
// with Playwright's getByRole), real keyboard and pointer input over BiDi, and printing through Firefox's own engine.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { waitFor } from '../e2e/harness.mjs';

/**
 * The element with ARIA role `role` (or its native equivalent) whose accessible name (aria-label, else its text)
 * matches `name`, as a puppeteer handle, waiting until it exists. Names are matched as the user reads them.
 */
export async function byRole(page, role, name, { within, ms = 10_000 } = {}) {
  const handle = await waitFor(
    async () => {
      const h = await page.evaluateHandle(
        findByRole,
        role,
        String(name),
        name instanceof RegExp,
        within ?? null,
      );
      const el = h.asElement();
      if (!el) await h.dispose();
      return el;
    },
    ms,
    `${role} "${name}"`,
  );
  return handle;
}

// Runs in the page: kept self-contained (no closure) because it is serialised to the browser.
function findByRole(role, name, isRe, within) {
  const NATIVE = {
    button: 'button,[role=button]',
    tab: '[role=tab]',
    textbox: 'input:not([type]),input[type=text],input[type=search],textarea,[role=textbox]',
    searchbox: 'input[type=search],[role=searchbox]',
    article: 'article,[role=article]',
    option: '[role=option]',
    region: 'section[aria-label],[role=region]',
    list: 'ul,ol,[role=list]',
    listbox: '[role=listbox]',
    group: '[role=group],fieldset',
    toolbar: '[role=toolbar]',
  };
  const re = isRe
    ? new RegExp(name.slice(1, name.lastIndexOf('/')), name.slice(name.lastIndexOf('/') + 1))
    : null;
  const labelOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
    if (el.id && el.labels?.length) return el.labels[0].textContent.trim();
    // Name from content, as assistive technology reads it: aria-hidden parts are not part of it.
    const text = (n) =>
      n.nodeType === 3
        ? n.nodeValue
        : n.nodeType === 1 && n.getAttribute('aria-hidden') === 'true'
          ? ''
          : [...n.childNodes].map(text).join('');
    return text(el).replace(/\s+/g, ' ').trim();
  };
  const root = within ? (document.querySelector(within) ?? document) : document;
  for (const el of root.querySelectorAll(NATIVE[role] ?? `[role=${role}]`)) {
    const label = labelOf(el);
    if (re ? re.test(label) : label === name) return el;
  }
  return null;
}

/** Clicks the element `byRole` finds, with real pointer input (BiDi input actions). */
export async function clickRole(page, role, name, opts) {
  const el = await byRole(page, role, name, opts);
  await el.click();
  await el.dispose();
}

/** Waits until the page's text includes `text` (a string or a RegExp). */
export function waitForText(page, text, ms = 10_000) {
  return waitFor(
    () =>
      page.evaluate(
        (t, isRe) =>
          isRe
            ? new RegExp(t.slice(1, t.lastIndexOf('/')), t.slice(t.lastIndexOf('/') + 1)).test(
                document.body.innerText,
              )
            : document.body.innerText.includes(t),
        String(text),
        text instanceof RegExp,
      ),
    ms,
    `the text ${text}`,
  );
}

/** Presses a key with modifiers, written as Playwright does ("Control+Alt+KeyN"), with real keyboard input. */
export async function press(page, combo) {
  const keys = combo.split('+');
  const key = keys.pop();
  for (const k of keys) await page.keyboard.down(k);
  await page.keyboard.press(key);
  for (const k of keys.reverse()) await page.keyboard.up(k);
}

/** Prints `page` to PDF through BiDi (Firefox's own print engine) and returns the text of each printed page. */
export async function printedPages(page, file) {
  const data = await page.mainFrame().browsingContext.print({ background: false, shrinkToFit: false });
  writeFileSync(file, Buffer.from(data, 'base64'));
  // NFKC: Firefox's PDFs keep typographic ligatures ("ﬁ"), which pdftotext gives back as one character.
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
}
