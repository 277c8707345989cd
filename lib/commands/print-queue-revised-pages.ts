// Queues the current revision's revised pages (the pages its comparison with the draft before changed) for printing.
import { defineCommand } from './types';
import { errorSentence } from '../error-sentence';

export default defineCommand({
  id: 'print.queueRevisedPages',
  title: 'Queue Revised Pages',
  icon: 'file-pdf',
  category: 'Print',
  keywords: ['print', 'reprint', 'changed pages', 'colour', 'color', 'distribution'],
  enabled: (ctx) => ctx.hasScript,
  run: async (ctx) => {
    if (!ctx.currentScriptId) return ctx.notify('Open a script first.', 'error');
    // Loaded on use: the queue brings the comparison and layout code, which the panel's first load leaves out.
    const { currentRevisionId, queueRevisedPages } = await import('../db/print-queue');
    try {
      const revisionId = await currentRevisionId(ctx.currentScriptId);
      const r = await queueRevisedPages(ctx.currentScriptId, revisionId);
      if (r.revised.length === 0) {
        ctx.notify('This revision has no revised pages: it is the first draft, or nothing changed.');
      } else if (!r.job) {
        ctx.notify('Every revised page of this revision is already waiting in the Print queue.');
      } else {
        ctx.notify(
          `Queued ${r.job.pages.length} revised ${r.job.pages.length === 1 ? 'page' : 'pages'} on ${r.job.paperColor} (Print queue).`,
        );
      }
    } catch (e) {
      ctx.notify(errorSentence(e, 'The revised pages could not be queued.'), 'error');
    }
  },
});
