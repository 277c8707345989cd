// Renames the open script (imported PDFs often arrive with file names like "ep104_v3_FINAL(2).pdf").
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.rename',
  title: 'Rename Script…',
  icon: 'edit',
  category: 'Script',
  keywords: ['title', 'name'],
  enabled: (ctx) => ctx.hasScript,
  async run(ctx) {
    const id = ctx.currentScriptId;
    if (!id) return ctx.notify('Open a script first: there is nothing to rename.', 'error');
    const title = await ctx.showInputBox({
      prompt: 'New name for this script',
      value: ctx.currentScriptTitle,
    });
    const trimmed = title?.trim();
    if (trimmed && trimmed !== ctx.currentScriptTitle) await ctx.renameScript(id, trimmed);
  },
});
