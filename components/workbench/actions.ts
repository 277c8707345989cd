// What the workbench does for the user's actions: read the tab, import files, open the demo, jump to scenes and
// pages. Every failure ends as a notice in the panel, never only in the console.
import { useMemo } from 'react';
import { useChooseScript } from './data';
import { useOpenScript } from './openScript';
import { usePlatform, type ReadOutcome, type ReadSession } from './platform';
import { useWorkbench, type BusyControl } from './state';
import { useViews } from './views';
import { whenIdle } from '../platform/idle';
import { errorSentence } from '../../lib/error-sentence';

/**
 * How long a reading may go without a sign of progress before Scriptside stops it: a page with nothing readable, a
 * tab that never answers or a permission prompt left unanswered must not leave "Reading the page…" spinning forever.
 * A PDF reports every page it reads, and each report restarts the clock, so a long PDF that keeps reading is never
 * cut off; the clock also waits while the page-cap question waits for the user.
 */
export const READ_DEADLINE_MS = 30_000;

/**
 * About how long the extension takes per PDF page (pdf.js text, layout analysis in the read worker, storing), for the
 * page-cap question's estimate: tests/e2e/long-read.e2e.mjs reads 120 pages in 2.3-2.9 s on two shared cores.
 */
export const PDF_READ_MS_PER_PAGE = 20;

/** "This PDF has 1,840 pages; reading it takes about 18 seconds. Read it anyway?" */
export function pageCapQuestion(pages: number): string {
  const seconds = Math.max(1, Math.round((pages * PDF_READ_MS_PER_PAGE) / 1000));
  const time =
    seconds < 90
      ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
      : `${Math.round(seconds / 60)} minutes`;
  return `This PDF has ${pages.toLocaleString('en-US')} pages; reading it takes about ${time}. Read it anyway?`;
}

/** What a reading ends with when the user cancels it or it outlasts READ_DEADLINE_MS. */
const READ_CANCELLED: ReadOutcome = {
  ok: false,
  code: 'cancelled',
  message: 'Reading cancelled: nothing was stored.',
};
const READ_TIMED_OUT: ReadOutcome = {
  ok: false,
  code: 'timeout',
  message:
    'The page did not answer within 30 seconds, so nothing was read. If the browser asked for permission to ' +
    'read pages, answer it and try again; a blank or browser page has nothing to read.',
};

/**
 * The session a reading runs under: its progress drawn in the status bar, the page-cap question asked there, and
 * `controller`'s signal (Cancel) stopping it. `onActivity` runs on each sign of life; `onWaitForUser` while the
 * question waits on the user.
 */
function readingSession(
  control: BusyControl,
  controller: AbortController,
  onActivity: () => void = () => {},
  onWaitForUser: () => void = () => {},
): ReadSession {
  const { signal } = controller;
  return {
    signal,
    onProgress(done, total) {
      onActivity();
      control.progress(done, total, 'pages');
    },
    async confirmPages(pages) {
      onWaitForUser();
      // The status bar's Cancel aborts while the question is up: that is a "no" too.
      const cancelled = new Promise<boolean>((resolve) =>
        signal.addEventListener('abort', () => resolve(false), { once: true }),
      );
      const yes = await Promise.race([control.ask(pageCapQuestion(pages), 'Read'), cancelled]);
      onActivity();
      return yes && !signal.aborted;
    },
  };
}

/** The workbench's actions, bound to the current platform, state and open script. */
export function useWorkbenchActions() {
  const platform = usePlatform();
  const wb = useWorkbench();
  const { open } = useOpenScript();
  const chooseScript = useChooseScript();
  const views = useViews();

  return useMemo(() => {
    async function afterRead(outcome: ReadOutcome, what: string) {
      if (!outcome.ok) {
        // The user's own Cancel is news, not a failure.
        wb.notify(outcome.message, outcome.code === 'cancelled' ? 'info' : 'error');
        return;
      }
      await chooseScript(outcome.scriptId);
      wb.setActiveView('script');
      // The next reading gets a fresh worker ready (each reading's worker ends with it).
      whenIdle(() => platform.prepareReading?.());
      // A new draft of a stored script says what changed, not the first-read message.
      // (The comparison code loads here, not with the panel.)
      const summary = outcome.created
        ? await import('../../lib/db/draft-summary')
            .then(async (m) => {
              const s = await m.draftSummary(outcome.scriptId, outcome.revisionId);
              return s && m.draftSummarySentence(s);
            })
            .catch(() => undefined)
        : undefined;
      wb.notify(
        summary
          ? `Stored a new draft of “${outcome.title}”. ${summary}`
          : outcome.created
            ? `Stored ${what} “${outcome.title}”.`
            : `“${outcome.title}” is already stored with this text: nothing new to add.`,
      );
    }

    /**
     * Runs a reading (of this tab, or one the background captured) and reports how it went. Cancel, or
     * READ_DEADLINE_MS without progress, aborts the reading (download, pdf.js, layout): it stores nothing, and the
     * panel stops waiting at once rather than when the work notices.
     */
    async function runReading(read: (session?: ReadSession) => Promise<ReadOutcome>) {
      const controller = new AbortController();
      let stop: (o: ReadOutcome) => void = () => {};
      const stopped = new Promise<ReadOutcome>((resolve) => (stop = resolve));
      let deadline: ReturnType<typeof setTimeout> | undefined;
      const end = (outcome: ReadOutcome) => {
        clearTimeout(deadline);
        controller.abort();
        stop(outcome);
      };
      const restartDeadline = () => {
        clearTimeout(deadline);
        if (!controller.signal.aborted) deadline = setTimeout(() => end(READ_TIMED_OUT), READ_DEADLINE_MS);
      };
      restartDeadline();
      try {
        const outcome = await wb.track(
          'Reading the page',
          (control) =>
            Promise.race([
              read(readingSession(control, controller, restartDeadline, () => clearTimeout(deadline))),
              stopped,
            ]),
          () => end(READ_CANCELLED),
        );
        await afterRead(outcome, 'the script from this page:');
      } catch (e) {
        wb.notify(errorSentence(e), 'error');
      } finally {
        clearTimeout(deadline);
      }
    }

    async function readThisPage() {
      const tabId = platform.targetTabId;
      if (tabId === undefined) {
        wb.notify('There is no browser tab to read. Open a script in a tab, then try again.', 'error');
        return;
      }
      await runReading((session) => platform.readTab(tabId, session));
    }

    /**
     * Imports files (Import, or dropped on the panel). A PDF shows its pages read; Cancel aborts the file being read
     * and those after it, which store nothing (files imported before stay, and are reported). Files need no
     * deadline: they cannot hang on a tab or a permission prompt, and each page read shows progress.
     */
    async function importFiles(files: File[]) {
      if (files.length === 0) return;
      const controller = new AbortController();
      try {
        const outcomes = await wb.track(
          // Short: the status bar is one row of a narrow panel, and the progress and Cancel must fit beside it.
          'Importing',
          (control) => platform.importFiles(files, readingSession(control, controller)),
          () => controller.abort(),
        );
        let cancelled = 0;
        for (let i = 0; i < outcomes.length; i++) {
          const o = outcomes[i];
          const name = files[i]?.name ?? 'a file';
          if (!o.ok && o.code === 'cancelled') cancelled++;
          else if (!o.ok) wb.notify(`${name}: ${o.message}`, 'error');
          else await afterRead(o, `${name} as`);
        }
        if (cancelled > 0) {
          wb.notify(
            cancelled === 1
              ? 'Import cancelled: that file was not stored.'
              : `Import cancelled: ${cancelled} files were not stored.`,
          );
        }
      } catch (e) {
        wb.notify(errorSentence(e), 'error');
      }
    }

    async function openDemo() {
      try {
        const id = await wb.track('Opening the demo', () => platform.loadDemo());
        await chooseScript(id);
        wb.setActiveView('script');
      } catch (e) {
        wb.notify(errorSentence(e), 'error');
      }
    }

    /** Jumps to a scene in the panel and, when a tab is known, in the page. */
    function revealScene(index: number) {
      const scene = open?.scenes[index];
      if (!open || !scene) return;
      wb.setLastScene(index);
      views.run('script', (view) => view.reveal({ offset: scene.start }));
      const heading = open.revision.script.elements[scene.element];
      if (platform.targetTabId !== undefined && heading) {
        platform
          .revealInPage(platform.targetTabId, {
            quote: heading.text,
            start: heading.start,
            end: heading.end,
            sourceUrl: open.revision.source.url,
          })
          .catch(() => wb.notify('Could not show this scene in the page. Read the page again.', 'error'));
      }
    }

    function revealPage(index: number) {
      if (!open?.pages[index]) return;
      views.run('script', (view) => view.reveal({ page: index }));
    }

    return { readThisPage, runReading, importFiles, openDemo, revealScene, revealPage };
  }, [platform, wb, open, chooseScript, views]);
}
