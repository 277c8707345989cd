// Shared test setup: DOM matchers for component tests, IndexedDB for storage tests.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

if (typeof window !== 'undefined') {
  // Testing Library waits 1 s by default for an element to appear. On these shared 2-core machines, with the suite's
  // workers and other builds running, a first render that reads IndexedDB has been seen to take longer (the welcome
  // view still "Loading…" at 1 s): wait up to 5 s, which costs nothing when the element is there sooner.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
  // Views, the palette and layout code load lazily in the panel (some on a timer, as a prefetch). Loading them once
  // here means a lazy import a component starts near the end of a test resolves from the module cache, instead of
  // loading after the test environment is torn down (an EnvironmentTeardownError in an unrelated run).
  await Promise.all([
    import('../components/views/script/ScriptPages'),
    import('../components/workbench/CommandPalette'),
    import('../components/views/settings/SettingsView'),
    import('../components/views/notes/NotesView'),
    import('../components/views/revisions/RevisionsView'),
    import('../components/views/factcheck/FactCheckView'),
    import('../components/views/factcheck/actions'),
    import('../components/views/print-queue/PrintQueueView'),
    import('../lib/script/paginate-locked'),
    import('../lib/revision/pages'),
    import('../lib/print/jobs'),
    import('../lib/factcheck/suggest'),
    import('../lib/factcheck/report'),
  ]);
}
