// Shared set-up for workbench component tests: a clean database, layout numbers jsdom lacks, the fixture script,
// and a fake platform that stores readings through the real storage code and records what the panel asked for.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { db } from '../../lib/db';
import { storeRevision } from '../../lib/db/revisions';
import { parseFountain } from '../../lib/script/fountain';
import { paginate } from '../../lib/script/paginate';
import type { Script } from '../../lib/script/model';
import type { Platform, ReadOutcome } from '../../components/workbench/platform';
import { Workbench } from '../../components/workbench/Workbench';

/** The fixture script's Fountain text (original, written for these tests). */
export const LATE_EDITION = readFileSync(
  resolve(__dirname, '../fixtures/workbench/late-edition.fountain'),
  'utf8',
);

/** jsdom does no layout: give every element a panel-sized box so the virtualised script view renders rows. */
export function fakeLayout(width = 400, height = 800): void {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
}

/** Empties every table (fake-indexeddb persists for the whole test file). */
export async function clearDb(): Promise<void> {
  await db.open();
  await Promise.all(db.tables.map((t) => t.clear()));
}

/** Stores `script` as a new script and returns its ids. */
export async function storeScript(script: Script, title = 'The Late Edition') {
  return storeRevision({
    script,
    source: { kind: 'file', fileName: `${title}.fountain`, format: script.format },
    title,
    pages: paginate(script, { paper: 'letter' }),
  });
}

export interface FakePlatform extends Platform {
  revealInPage: ReturnType<typeof vi.fn<Platform['revealInPage']>>;
  readTab: ReturnType<typeof vi.fn<Platform['readTab']>>;
  importFiles: ReturnType<typeof vi.fn<Platform['importFiles']>>;
  loadDemo: ReturnType<typeof vi.fn<Platform['loadDemo']>>;
}

/** A platform whose reading stores the fixture (or returns `readResult`), on tab 7. */
export function fakePlatform(readResult?: ReadOutcome): FakePlatform {
  const readFixture = async (): Promise<ReadOutcome> => {
    if (readResult) return readResult;
    const r = await storeScript(parseFountain(LATE_EDITION));
    return { ok: true, ...r, title: 'The Late Edition' };
  };
  return {
    targetTabId: 7,
    readTab: vi.fn<Platform['readTab']>(readFixture),
    importFiles: vi.fn<Platform['importFiles']>(async (files) => Promise.all(files.map(readFixture))),
    revealInPage: vi.fn<Platform['revealInPage']>(async () => true),
    loadDemo: vi.fn<Platform['loadDemo']>(
      async () => (await storeScript(parseFountain(LATE_EDITION), 'Demo')).scriptId,
    ),
  };
}

/** Renders the whole workbench on a fake platform. */
export function renderWorkbench(platform: FakePlatform = fakePlatform()) {
  return { platform, ...render(<Workbench platform={platform} />) };
}
