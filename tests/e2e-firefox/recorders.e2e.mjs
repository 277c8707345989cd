// The Firefox suite's own recorders can fail: a console error, an uncaught error and a CSP violation in an extension
// page are each caught, in the real sidebar and the background page too, and so is a request off the machine.
// (A recorder that sees nothing proves nothing.)
import { check, waitFor } from './harness.mjs';

export default (test) => {
  test('the recorders catch a console error, an uncaught error, a CSP violation and a request off the machine', async (h) => {
    const ext = await h.extensionPage();
    await ext.evaluate(() => {
      console.error('recorder self-test');
      setTimeout(() => {
        throw new Error('recorder self-test uncaught');
      });
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
      // The CSP allows http: for reading a PDF tab's URL again; the recording proxy answers it instead of the site.
      void fetch('http://scriptside-recorder-self-test.invalid/').catch(() => {});
    });
    check(
      h.watched?.includes('sidebar') && h.watched.includes('background page'),
      `the sidebar and the background page are watched: ${h.watched}`,
    );
    await ext.evaluate(() => {
      for (const win of [
        ...globalThis.browser.extension.getViews({ type: 'sidebar' }),
        globalThis.browser.extension.getBackgroundPage(),
      ]) {
        win.console.error('recorder self-test in an undriven page');
        // A function of that page's own realm, run by its own timer, so the error is that page's (a function made
        // here would throw in this page). JSON.parse of a broken string throws a SyntaxError there.
        win.setTimeout(win.JSON.parse, 0, '{recorder self-test');
      }
    });
    const seen = await waitFor(
      () =>
        h.errors.some((l) => l.includes('recorder self-test uncaught')) &&
        h.errors.some((l) => /console\.error: "recorder self-test"/.test(l)) &&
        h.errors.some((l) => /CSP violation: style-src/.test(l)) &&
        ['sidebar', 'background page'].every(
          (where) =>
            h.errors.some((l) => l.includes(`[${where}] recorder self-test in an undriven page`)) &&
            h.errors.some((l) => l.includes(`[${where}] uncaught:`) && l.includes('JSON.parse')),
        ) &&
        h.offending.some((u) => u.includes('scriptside-recorder-self-test.invalid')),
      10_000,
      'all four recorded',
    ).catch((e) => e);
    const found = `errors: ${JSON.stringify(h.errors)}; requests: ${JSON.stringify(h.offending)}`;
    // What the self-test caused is not a failure of the suite; everything else recorded still counts.
    h.errors = h.errors.filter((l) => !/recorder self-test|CSP violation: style-src|JSON\.parse/.test(l));
    h.offending = h.offending.filter((u) => !u.includes('scriptside-recorder-self-test.invalid'));
    check(seen === true, `the recorders missed something: ${found}`);
  });
};
