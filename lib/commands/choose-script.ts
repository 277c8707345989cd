// Chooses which stored script the panel shows (an episode's drafts often arrive as differently named files).
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
      description: s.id === ctx.currentScriptId ? 'open now' : undefined,
      value: s.id,
    }));
    const id = await ctx.showQuickPick(items, { placeholder: 'Which script does this document belong to?' });
    if (id) await ctx.setCurrentScript(id);
  },
});
