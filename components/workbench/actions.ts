// What the workbench does for the user's actions: read the tab, import files, open the demo, jump to scenes and
// pages. Every failure ends as a notice in the panel, never only in the console.
import { useMemo } from 'react';
import { useChooseScript } from './data';
import { useOpenScript } from './openScript';
import { usePlatform, type ReadOutcome } from './platform';
import { useWorkbench } from './state';

/**
 * How long a reading may take before Scriptside stops waiting: a page with nothing readable, a tab that never
 * answers or a permission prompt left unanswered must not leave "Reading the page…" spinning forever. Reading even a
 * 300-page PDF takes a few seconds.
 */
export const READ_DEADLINE_MS = 30_000;

/** What a reading ends with when the user cancels it or it outlasts READ_DEADLINE_MS. */
const READ_CANCELLED: ReadOutcome = {
  ok: false,
  code: 'cancelled',
  message: 'Stopped waiting for the page: nothing new was shown. Try again once the page has loaded.',
};
const READ_TIMED_OUT: ReadOutcome = {
  ok: false,
  code: 'timeout',
  message:
    'The page did not answer within 30 seconds, so nothing was read. If the browser asked for permission to ' +
    'read pages, answer it and try again; a blank or browser page has nothing to read.',
};

/** A sentence for a failure, whatever was thrown. */
function messageOf(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return 'Something went wrong, and nothing was changed.';
}

/** The workbench's actions, bound to the current platform, state and open script. */
export function useWorkbenchActions() {
  const platform = usePlatform();
  const wb = useWorkbench();
  const { open } = useOpenScript();
  const chooseScript = useChooseScript();

  return useMemo(() => {
    async function afterRead(outcome: ReadOutcome, what: string) {
      if (!outcome.ok) {
        // The user's own Cancel is news, not a failure.
        wb.notify(outcome.message, outcome.code === 'cancelled' ? 'info' : 'error');
        return;
      }
      await chooseScript(outcome.scriptId);
      wb.setActiveView('script');
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

    /** Runs a reading (of this tab, or one the background captured) and reports how it went. */
    async function runReading(read: () => Promise<ReadOutcome>) {
      let stop: (o: ReadOutcome) => void = () => {};
      const stopped = new Promise<ReadOutcome>((resolve) => (stop = resolve));
      const deadline = setTimeout(() => stop(READ_TIMED_OUT), READ_DEADLINE_MS);
      try {
        const outcome = await wb.track(
          'Reading the page',
          () => Promise.race([read(), stopped]),
          () => stop(READ_CANCELLED),
        );
        await afterRead(outcome, 'the script from this page:');
      } catch (e) {
        wb.notify(messageOf(e), 'error');
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
      await runReading(() => platform.readTab(tabId));
    }

    async function importFiles(files: File[]) {
      if (files.length === 0) return;
      try {
        const outcomes = await wb.track('Importing', () => platform.importFiles(files));
        for (let i = 0; i < outcomes.length; i++) {
          const o = outcomes[i];
          const name = files[i]?.name ?? 'a file';
          if (!o.ok) wb.notify(`${name}: ${o.message}`, 'error');
          else await afterRead(o, `${name} as`);
        }
      } catch (e) {
        wb.notify(messageOf(e), 'error');
      }
    }

    async function openDemo() {
      try {
        const id = await wb.track('Opening the demo', () => platform.loadDemo());
        await chooseScript(id);
        wb.setActiveView('script');
      } catch (e) {
        wb.notify(messageOf(e), 'error');
      }
    }

    /** Jumps to a scene in the panel and, when a tab is known, in the page. */
    function revealScene(index: number) {
      const scene = open?.scenes[index];
      if (!open || !scene) return;
      wb.setActiveView('script');
      wb.setLastScene(index);
      wb.requestReveal({ offset: scene.start });
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
      wb.setActiveView('script');
      wb.requestReveal({ page: index });
    }

    return { readThisPage, runReading, importFiles, openDemo, revealScene, revealPage };
  }, [platform, wb, open, chooseScript]);
}
