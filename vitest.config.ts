import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. lib/ tests run in Node; component tests opt into jsdom with
// `// @vitest-environment jsdom` at the top of the file. End-to-end tests live in tests/e2e and run separately.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    globals: true,
    testTimeout: 30_000,
    // pdf.js in Node runs its worker in-thread, and on some malformed PDFs it leaves internal parse promises without a
    // handler after parsePdf has already refused the file with a typed ScriptError (the fuzz tests check that). Those
    // pdf.js-internal rejections are ignored here; any other unhandled error still fails the run.
    onUnhandledError(error) {
      const fromPdfJs =
        /^(XRefEntryException|XRefParseException|ParserEOFException|FormatError|InvalidPDFException|MissingDataException|UnknownErrorException)$/.test(
          error.name ?? '',
        ) && String(error.stack ?? '').includes('pdfjs-dist');
      if (fromPdfJs) return false;
    },
  },
});
