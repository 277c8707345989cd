// The Firefox suite's own recorders can fail: a console error, an uncaught error and a CSP violation in an extension
// page are each caught, and so is a request off the machine. (A recorder that sees nothing proves nothing.)
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
    const seen = await waitFor(
      () =>
        h.errors.some((l) => l.includes('recorder self-test uncaught')) &&
        h.errors.some((l) => /console\.error: "recorder self-test"/.test(l)) &&
        h.errors.some((l) => /CSP violation: style-src/.test(l)) &&
        h.offending.some((u) => u.includes('scriptside-recorder-self-test.invalid')),
      10_000,
      'all four recorded',
    ).catch((e) => e);
    const found = `errors: ${JSON.stringify(h.errors)}; requests: ${JSON.stringify(h.offending)}`;
    // What the self-test caused is not a failure of the suite; everything else recorded still counts.
    h.errors = h.errors.filter((l) => !/recorder self-test|CSP violation: style-src/.test(l));
    h.offending = h.offending.filter((u) => !u.includes('scriptside-recorder-self-test.invalid'));
    check(seen === true, `the recorders missed something: ${found}`);
  });
};
