// Lint: TypeScript rules, React hooks, the engine boundary (lib/ stays free of browser/DOM/React/Dexie APIs outside
// lib/db and lib/messaging), the storage boundary (Dexie and the db object only inside lib/db) and the
// untrusted-text rules (no HTML injection, no eval).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const htmlInjection = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Page text is untrusted: render it as text, never as HTML.',
  },
  {
    selector: 'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Page text is untrusted: set textContent or build nodes, never innerHTML/outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Page text is untrusted: no insertAdjacentHTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No document.write: the print view is a packaged page.',
  },
];

// Storage has one door: lib/db's functions per record type. Dexie, the `db` object and lib/db/database stay inside
// lib/db; the UI makes reads live through components/platform/live.ts (a hook over lib/db/live.ts's watchQuery).
const DB_OBJECT = "The database object is lib/db's own: call lib/db's functions for the record type instead.";
const dbObjectPatterns = [
  { group: ['**/db/database', '**/db/database.ts'], message: DB_OBJECT },
  {
    group: ['**/lib/db', '**/lib/db/index', '../db', '../db/index'],
    importNames: ['db', 'ScriptsideDB'],
    message: DB_OBJECT,
  },
];
const dexieOutsideDb = { name: 'dexie', message: 'Only lib/db imports dexie: use its functions.' };
const dexieHooksOutsideDb = {
  name: 'dexie-react-hooks',
  message: 'Live reads go through components/platform/live.ts (useLive over a lib/db function).',
};
// React's lazy shows split-out code through a Suspense fallback, which React holds for 300 ms however fast the code
// arrives (components/ui/loadable.tsx says more).
const reactLazy = {
  name: 'react',
  importNames: ['lazy', 'Suspense'],
  message: 'Split-out code is shown with loadable() from components/ui/loadable.tsx, not lazy and Suspense.',
};
const uiStorageImports = {
  paths: [dexieOutsideDb, dexieHooksOutsideDb, reactLazy],
  patterns: dbObjectPatterns,
};

const engineBannedImports = {
  paths: [
    { name: 'dexie', message: 'Only lib/db imports dexie.' },
    { name: 'dexie-react-hooks', message: 'lib/ has no React.' },
    { name: 'react', message: 'lib/ has no React.' },
    { name: 'react-dom', message: 'lib/ has no React.' },
    { name: 'webextension-polyfill', message: 'lib/ uses no extension API.' },
  ],
  patterns: [
    { group: ['wxt', 'wxt/*', '@wxt-dev/*'], message: 'lib/ uses no extension API.' },
    {
      group: ['**/components/**', '**/entrypoints/**', '@/components/*', '@/entrypoints/*'],
      message: 'lib/ does not import the UI.',
    },
    { group: ['react/*', 'react-dom/*'], message: 'lib/ has no React.' },
    ...dbObjectPatterns,
  ],
};

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'chrome',
  'browser',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'DOMParser',
  'HTMLElement',
  'Element',
  'Node',
  'location',
  'fetch',
  'XMLHttpRequest',
  'CSS',
  'Highlight',
].map((name) => ({ name, message: 'lib/ runs in Node and in any page: no browser or DOM API here.' }));

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.wxt',
      'coverage',
      'tests/e2e/screenshots',
      'tests/e2e/artifacts',
      'web-ext.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...htmlInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/db/**', 'lib/messaging/**'],
    rules: {
      'no-restricted-imports': ['error', engineBannedImports],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'lib/messaging/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', uiStorageImports] },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs,js}', 'scripts/**/*.mjs'],
    rules: {
      // Tests build hostile fixtures and drive pages; the injection rules guard shipped code.
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
