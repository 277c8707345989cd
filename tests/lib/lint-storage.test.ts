// Proves the storage boundary in eslint.config.js fires: Dexie, dexie-react-hooks, the `db` object and
// lib/db/database are refused in the UI and in the engine outside lib/db, while lib/db's functions, lib/db's own
// files and the one live-query file (components/platform/live.ts, over lib/db/live.ts) pass. Also the ban on React's
// lazy and Suspense in the UI (components/ui/loadable.tsx instead).
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const sample = readFileSync(new URL('../fixtures/lint/storage-sample.tsx.txt', import.meta.url), 'utf8');

async function lintAs(filePath: string, code: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages;
}

/** The rules reported on each line. */
function rulesByLine(messages: { line: number; ruleId: string | null }[]): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  for (const m of messages) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m.ruleId ?? 'parse']);
  return byLine;
}

const lineOf = (needle: string) => sample.split('\n').findIndex((l) => l.includes(needle)) + 1;

const BAD_LINES = [
  "import Dexie from 'dexie'",
  "from 'dexie-react-hooks'",
  "import { db } from '../../lib/db'",
  "import { ScriptsideDB } from '../../lib/db/index'",
  "from '../../lib/db/database'",
  'export { db as storage }',
];

describe('lint bans storage access around lib/db', () => {
  it('refuses Dexie, dexie-react-hooks, the db object and lib/db/database in a component', async () => {
    const messages = await lintAs('components/views/storage-sample.tsx', sample);
    expect(
      messages.some((m) => m.fatal),
      'the sample parses',
    ).toBe(false);
    const byLine = rulesByLine(messages);
    for (const needle of BAD_LINES) {
      expect(byLine.get(lineOf(needle)) ?? [], `${needle} is refused in components/`).toContain(
        'no-restricted-imports',
      );
    }
  });

  it('refuses the same in an entry point and in the engine outside lib/db', async () => {
    const entry = rulesByLine(await lintAs('entrypoints/sample/main.tsx', sample));
    expect(entry.get(lineOf("import { db } from '../../lib/db'")), 'db in an entry point').toContain(
      'no-restricted-imports',
    );
    const engine = `import { db } from '../db';\nimport Dexie from 'dexie';\nexport const x = [db, Dexie];\n`;
    const lib = rulesByLine(await lintAs('lib/print/sample.ts', engine));
    expect(lib.get(1) ?? [], 'db from lib/print').toContain('no-restricted-imports');
    expect(lib.get(2) ?? [], 'dexie from lib/print').toContain('no-restricted-imports');
  });

  it("lets lib/db use Dexie and the UI call lib/db's functions; even the live-query hook gets no Dexie", async () => {
    const inDb = `import { Dexie } from 'dexie';\nimport { db } from './database';\nexport const x = [Dexie, db];\n`;
    expect(
      (await lintAs('lib/db/sample.ts', inDb)).map((m) => `${m.line}:${m.ruleId}`),
      'lib/db is the door itself',
    ).toEqual([]);
    const live = `import { watchQuery } from '../../lib/db/live';\nexport const useLive = watchQuery;\n`;
    expect(
      (await lintAs('components/platform/live.ts', live)).map((m) => `${m.line}:${m.ruleId}`),
      'the one live-query file uses lib/db/live',
    ).toEqual([]);
    const hooks = `import { useLiveQuery } from 'dexie-react-hooks';\nexport const useLive = useLiveQuery;\n`;
    expect(
      rulesByLine(await lintAs('components/platform/live.ts', hooks)).get(1) ?? [],
      'dexie-react-hooks stays out of the UI, live-query file included',
    ).toContain('no-restricted-imports');
    const ui = `import { scriptNotes, settings, type NoteRecord } from '../../lib/db';\nexport const x: [unknown, unknown, NoteRecord?] = [scriptNotes, settings];\n`;
    expect(
      (await lintAs('components/views/good.ts', ui)).map((m) => `${m.line}:${m.ruleId} ${m.message}`),
      "lib/db's functions and types are the way in",
    ).toEqual([]);
    const daringLive = `import { db } from '../../lib/db';\nexport const x = db;\n`;
    expect(
      rulesByLine(await lintAs('components/platform/live.ts', daringLive)).get(1) ?? [],
      'even the live-query file gets no db object',
    ).toContain('no-restricted-imports');
  });
});

describe('lint bans React lazy and Suspense in the UI', () => {
  it('refuses them, and lets loadable through', async () => {
    const code =
      "import { lazy, Suspense } from 'react';\n" +
      "import { loadable } from '../../ui/loadable';\n" +
      "export const A = lazy(() => import('./A'));\nexport const B = loadable(() => import('./B').then((m) => m.B));\n" +
      'export { Suspense };\n';
    const byLine = rulesByLine(await lintAs('components/views/sample/contribution.ts', code));
    expect(byLine.get(1) ?? [], 'lazy and Suspense from react').toContain('no-restricted-imports');
    expect(byLine.get(2) ?? [], 'loadable').not.toContain('no-restricted-imports');
  });
});
