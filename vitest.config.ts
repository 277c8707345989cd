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
  },
});
