// Shared test setup: DOM matchers for component tests, IndexedDB for storage tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
