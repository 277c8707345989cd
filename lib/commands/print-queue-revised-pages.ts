// Queues the current revision's revised pages (the pages its comparison with the draft before changed) for printing.
// The Print queue view's "Queue revised pages" button runs this command too.
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
        const waiting = r.alreadyQueued.length
          ? `; ${r.alreadyQueued.length} already waiting ${r.alreadyQueued.length === 1 ? 'was' : 'were'} not queued again`
          : '';
        ctx.notify(
          `Queued ${r.job.pages.length} revised ${r.job.pages.length === 1 ? 'page' : 'pages'} on ${r.job.paperColor}${waiting} (Print queue).`,
        );
      }
    } catch (e) {
      ctx.notify(errorSentence(e, 'The revised pages could not be queued.'), 'error');
    }
  },
});
