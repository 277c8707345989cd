// Queues pages the user types ("1-3, 14A, 20", or "all") of the current revision for printing.
import { defineCommand } from './types';
import { errorSentence } from '../error-sentence';

export default defineCommand({
  id: 'print.queuePages',
  title: 'Queue Pages…',
  category: 'Print',
  keywords: ['print', 'pages', 'whole script', 'all pages'],
  enabled: (ctx) => ctx.hasScript,
  run: async (ctx) => {
    if (!ctx.currentScriptId) return ctx.notify('Open a script first.', 'error');
    const input = await ctx.showInputBox({ prompt: 'Pages to queue (for example 1-3, 14A, 20, or all)' });
    if (input === undefined || !input.trim()) return;
    const { currentRevisionId, loadRevisionPrint, queuePages } = await import('../db/print-queue');
    const { parsePageList } = await import('../print/pages');
    try {
      const revisionId = await currentRevisionId(ctx.currentScriptId);
      const { print } = await loadRevisionPrint(ctx.currentScriptId, revisionId);
      const order = print.pages.map((p) => p.label);
      const list = parsePageList(input, order);
      if (list.unknown.length) {
        return ctx.notify(
          `This revision has no page ${list.unknown.join(', ')}. Its pages are ${order[0]} to ${order.at(-1)}.`,
          'error',
        );
      }
      const r = await queuePages(ctx.currentScriptId, revisionId, list.labels);
      ctx.notify(
        r.job
          ? `Queued ${r.job.pages.length} ${r.job.pages.length === 1 ? 'page' : 'pages'} (Print queue).`
          : 'Those pages are already waiting in the Print queue.',
      );
    } catch (e) {
      ctx.notify(errorSentence(e, 'The pages could not be queued.'), 'error');
    }
  },
});
