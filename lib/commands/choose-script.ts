// Chooses which stored script this panel shows; scripts with one title are told apart by source and day stored.
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.choose',
  title: 'Choose Script…',
  icon: 'files',
  category: 'Script',
  keywords: ['switch', 'episode', 'draft', 'belongs'],
  enabled: (ctx) => ctx.scripts.length > 0,
  async run(ctx) {
    if (ctx.scripts.length === 0)
      return ctx.notify('No script is stored yet: read a page or import a file.', 'error');
    const items = ctx.scripts.map((s) => ({
      label: s.title,
      // The source and day tell apart two scripts with one title (two episodes' drafts both titled "Pilot").
      description: [s.id === ctx.currentScriptId ? 'open now' : '', s.detail ?? '']
        .filter(Boolean)
        .join(' · '),
      value: s.id,
    }));
    const id = await ctx.showQuickPick(items, { placeholder: 'Choose the script to show in this panel' });
    if (id) await ctx.setCurrentScript(id);
  },
});
