// Queues pages the user types ("1-3, 14A, 20", or "all") of the current revision for printing. The Print queue view's
// "Queue pages…" button runs this command too.
import { defineCommand } from './types';

export default defineCommand({
  id: 'print.queuePages',
  title: 'Queue Pages…',
  category: 'Print',
  keywords: ['print', 'pages', 'whole script', 'all pages'],
  enabled: (ctx) => ctx.hasScript,
  run: async (ctx) => {
    const scriptId = ctx.currentScriptId;
    if (!scriptId) return ctx.notify('Open a script first.', 'error');
    // Loaded on use: the queue brings the comparison and layout code, which the panel's first load leaves out.
    const load = async () => {
      const { currentRevisionId, loadRevisionPrint } = await import('../db/print-queue');
      const { parsePageList } = await import('../print/pages');
      const revisionId = await currentRevisionId(scriptId);
      const { print } = await loadRevisionPrint(scriptId, revisionId);
      return { revisionId, order: print.pages.map((p) => p.label), parsePageList };
    };
    let loaded: ReturnType<typeof load> | undefined;
    const pagesOf = async (input: string) => {
      const { revisionId, order, parsePageList } = await (loaded ??= load());
      return { revisionId, order, list: parsePageList(input, order) };
    };
    try {
      const input = await ctx.showInputBox({
        prompt: 'Pages to queue (for example 1-3, 14A, 20, or all)',
        // A page the revision lacks is said under the box, which stays open for the correction.
        validate: async (value) => {
          if (!value.trim()) return 'Type the pages to queue.';
          const { order, list } = await pagesOf(value);
          return list.unknown.length
            ? `This revision has no page ${list.unknown.join(', ')}. Its pages are ${order[0] ?? '-'} to ${order.at(-1) ?? '-'}.`
            : undefined;
        },
      });
      if (input === undefined || !input.trim()) return;
      const { revisionId, list } = await pagesOf(input);
      const { queuePages } = await import('../db/print-queue');
      const r = await queuePages(scriptId, revisionId, list.labels);
      const count = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;
      ctx.notify(
        !r.job
          ? 'Those pages are already waiting in the Print queue.'
          : r.alreadyQueued.length
            ? `Queued ${count(r.job.pages.length)}; ${r.alreadyQueued.length} already waiting were not queued again.`
            : `Queued ${count(r.job.pages.length)} (Print queue).`,
      );
    } catch (e) {
      ctx.notify(e instanceof Error ? e.message : 'The pages could not be queued.', 'error');
    }
  },
});
