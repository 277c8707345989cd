// @vitest-environment jsdom
// "Reading the page…" never spins forever: a reading that does not answer can be cancelled from the status bar, and
// it ends with a sentence.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform, ReadOutcome, ReadSession } from '../../../components/workbench/platform';
import { pageCapQuestion, READ_DEADLINE_MS } from '../../../components/workbench/actions';
import { PROGRESS_REDRAW_MS } from '../../../components/workbench/state';
import { PDF_PAGE_CAP } from '../../../lib/script/pdf';
import { anchorAt } from '../../../lib/anchoring';
import { db } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { parseFountain } from '../../../lib/script/fountain';
import { paginate } from '../../../lib/script/paginate';
import {
  clearDb,
  fakeLayout,
  fakePlatform,
  LATE_EDITION,
  renderWorkbench,
  storeScript,
  type FakePlatform,
} from '../helpers';

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('reading the page', () => {
  it('a reading that never answers can be cancelled, and says so', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    // A permission prompt left unanswered, or a tab with nothing to read: the reading never settles.
    platform.readTab = vi.fn<Platform['readTab']>(() => new Promise<ReadOutcome>(() => {}));
    renderWorkbench(platform);
    await user.click(await screen.findByRole('button', { name: /^Read this page$/ }, { timeout: 5000 }));
    const status = screen.getByRole('contentinfo', { name: 'Status' });
    expect(await within(status).findByText(/Reading the page/), 'the spinner shows').toBeInTheDocument();
    await user.click(within(status).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(within(status).queryByText(/Reading the page/), 'the spinner stops').toBeNull(),
    );
    expect(
      await screen.findByText(/Reading cancelled: nothing was stored/),
      'a sentence says what happened',
    ).toBeInTheDocument();
    expect(READ_DEADLINE_MS, 'and it would have ended by itself').toBeLessThanOrEqual(60_000);
  });
});

/** A reading of a `total`-page PDF the test drives page by page through the session the panel gave it. */
function steppedReading(platform: FakePlatform, total: number) {
  let session: ReadSession | undefined;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  platform.readTab = vi.fn<Platform['readTab']>(async (_tab, s) => {
    session = s;
    if (total > PDF_PAGE_CAP && !(await s?.confirmPages?.(total))) {
      return { ok: false, code: 'cancelled', message: 'Reading the PDF was cancelled.' };
    }
    await finished;
    // As read.ts does: a cancelled reading stores nothing.
    if (s?.signal?.aborted)
      return { ok: false, code: 'cancelled', message: 'Reading the PDF was cancelled.' };
    const r = await storeScript(parseFountain(LATE_EDITION));
    return { ok: true, ...r, title: 'The Late Edition' };
  });
  return { session: () => session, finish };
}

describe('reading a long PDF', () => {
  it('shows pages read of total in a progress bar, and Cancel aborts the reading and stores nothing', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    const reading = steppedReading(platform, 122);
    renderWorkbench(platform);
    await user.click(await screen.findByRole('button', { name: /^Read this page$/ }, { timeout: 5000 }));
    const status = screen.getByRole('contentinfo', { name: 'Status' });
    await waitFor(() => expect(reading.session(), 'the panel gives the reading a session').toBeDefined());
    const session = reading.session()!;
    act(() => session.onProgress?.(1, 122));
    const bar = await within(status).findByRole('progressbar', { name: 'Reading the page' });
    expect(bar.getAttribute('aria-valuemax'), 'the PDF’s pages').toBe('122');
    expect(bar.getAttribute('aria-valuenow'), 'pages read').toBe('1');
    await new Promise((r) => setTimeout(r, PROGRESS_REDRAW_MS + 10));
    act(() => session.onProgress?.(37, 122));
    await waitFor(() =>
      expect(within(status).getByRole('status').textContent, 'in words too').toMatch(
        /Reading the page… 37 of 122 pages/,
      ),
    );
    expect(bar.getAttribute('aria-valuenow'), 'the bar follows').toBe('37');
    await user.click(within(status).getByRole('button', { name: 'Cancel' }));
    expect(session.signal?.aborted, 'Cancel aborts the work, not only the waiting').toBe(true);
    expect(await screen.findByText(/Reading cancelled: nothing was stored/)).toBeInTheDocument();
    reading.finish();
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.scripts.count(), 'a late result is not stored').toBe(0);
    expect(within(status).queryByRole('progressbar'), 'the bar is gone').toBeNull();
  });

  it('a reading that keeps reporting pages outlasts the deadline', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const platform = fakePlatform();
      const reading = steppedReading(platform, 300);
      renderWorkbench(platform);
      const read = await screen.findByRole('button', { name: /^Read this page$/ });
      await act(async () => read.click());
      await waitFor(() => expect(reading.session()).toBeDefined());
      for (let page = 1; page <= 4; page++) {
        await act(async () => {
          await vi.advanceTimersByTimeAsync(READ_DEADLINE_MS - 1000);
          reading.session()!.onProgress?.(page, 300);
        });
      }
      expect(screen.queryByText(/did not answer within/), 'not cut off while it progresses').toBeNull();
      expect(reading.session()!.signal?.aborted, 'still reading').toBe(false);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(READ_DEADLINE_MS + 10);
      });
      expect(reading.session()!.signal?.aborted, 'a reading gone quiet is stopped').toBe(true);
      expect(await screen.findByText(/did not answer within/)).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks in the panel before reading a PDF over the page cap; Cancel reads and stores nothing', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    const reading = steppedReading(platform, 1840);
    renderWorkbench(platform);
    await user.click(await screen.findByRole('button', { name: /^Read this page$/ }, { timeout: 5000 }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent, 'the page count and an estimate').toMatch(
      /This PDF has 1,840 pages; reading it takes about \d+ seconds\. Read it anyway\?/,
    );
    expect(dialog.textContent, 'the estimate is the named one').toContain(pageCapQuestion(1840));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog'), 'the question closes').toBeNull());
    expect(await screen.findByText(/cancelled/i), 'it says it stopped').toBeInTheDocument();
    reading.finish();
    expect(await db.scripts.count(), 'nothing stored').toBe(0);
  });

  it('reads a PDF over the page cap when the user says Read', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    const reading = steppedReading(platform, 700);
    renderWorkbench(platform);
    await user.click(await screen.findByRole('button', { name: /^Read this page$/ }, { timeout: 5000 }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/This PDF has 700 pages/);
    await user.click(within(dialog).getByRole('button', { name: 'Read' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    reading.finish();
    expect(
      await screen.findByText(/Stored the script from this page/, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(await db.scripts.count(), 'stored once read').toBe(1);
  });
});

describe('importing a long PDF', () => {
  it('shows its pages read, and Cancel stores nothing', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    let session: ReadSession | undefined;
    platform.importFiles = vi.fn<Platform['importFiles']>(
      (files, s) =>
        new Promise<ReadOutcome[]>((resolve) => {
          session = s;
          s?.signal?.addEventListener('abort', () =>
            resolve(
              files.map(() => ({ ok: false, code: 'cancelled', message: 'Reading the PDF was cancelled.' })),
            ),
          );
        }),
    );
    const { container } = renderWorkbench(platform);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['%PDF-1.4'], 'long.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(session).toBeDefined());
    act(() => session!.onProgress?.(5, 120));
    const status = screen.getByRole('contentinfo', { name: 'Status' });
    const bar = await within(status).findByRole('progressbar');
    expect(bar.getAttribute('aria-valuemax')).toBe('120');
    expect(within(status).getByRole('status').textContent).toMatch(/Importing… 5 of 120 pages/);
    await user.click(within(status).getByRole('button', { name: 'Cancel' }));
    expect(session!.signal?.aborted, 'Cancel aborts the import').toBe(true);
    expect(await screen.findByText(/Import cancelled: that file was not stored/)).toBeInTheDocument();
    expect(await db.scripts.count()).toBe(0);
  });
});

describe('reading a new draft', () => {
  it('says what changed (scenes, pages, notes carried) instead of the first-read message', async () => {
    const user = userEvent.setup();
    const first = await storeScript(parseFountain(LATE_EDITION), 'The Late Edition');
    const stored = (await db.revisions.get(first.revisionId))!.script;
    const start = stored.text.indexOf('Who signed off on page six?');
    const t = Date.now();
    await db.notes.add({
      id: 'n1',
      createdAt: t,
      updatedAt: t,
      scriptId: first.scriptId,
      revisionId: first.revisionId,
      anchor: anchorAt(stored, start, start + 27),
      placements: {},
      text: 'Keep this line',
      kind: 'decision',
      tags: [],
      resolved: false,
    });
    const platform = fakePlatform();
    platform.readTab = vi.fn<Platform['readTab']>(async () => {
      const next = parseFountain(LATE_EDITION.replace('The presses slow.', 'The presses stop dead.'));
      const r = await storeRevision({
        scriptId: first.scriptId,
        script: next,
        source: { kind: 'file', fileName: 'The Late Edition.fountain', format: 'fountain' },
        title: 'The Late Edition',
        pages: paginate(next, { paper: 'letter' }),
      });
      return { ok: true, ...r, title: 'The Late Edition' };
    });
    renderWorkbench(platform);
    await screen.findByRole('tree', { name: 'Outline' });
    await user.keyboard('{Alt>}{Shift>}R{/Shift}{/Alt}');
    const notice = await screen.findByText(/Stored a new draft of “The Late Edition”/, {}, { timeout: 8000 });
    expect(notice.textContent, 'the changed scene').toMatch(/1 scene changed/);
    expect(notice.textContent, 'the pages to reprint').toMatch(/1 page to reprint/);
    expect(notice.textContent, 'the note carried across').toMatch(
      /1 carried, 0 placed approximately, 0 orphaned/,
    );
  });
});
