// "This document is a draft of…": a TV episode's drafts arrive as differently named PDFs, so a reading may land in a
// script of its own; this makes its drafts the next revisions of the script the user picks.
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.draftOf',
  title: 'This Document Is a Draft of…',
  icon: 'git-merge',
  category: 'Script',
  keywords: ['belongs', 'episode', 'merge', 'revision', 'same script', 'move'],
  enabled: (ctx) => ctx.currentScriptId !== undefined,
  async run(ctx) {
    const from = ctx.currentScriptId;
    if (!from) return ctx.notify('Open the script this document was read into first.', 'error');
    const items = ctx.scripts
      .filter((s) => s.id !== from)
      .map((s) => ({ label: s.title, description: s.detail, value: s.id }));
    if (items.length === 0) return ctx.notify('There is no other script to add this draft to.', 'error');
    const title = ctx.currentScriptTitle ?? 'this document';
    const target = await ctx.showQuickPick(items, {
      placeholder: `Which script is “${title}” a draft of?`,
    });
    if (!target) return;
    const into = ctx.scripts.find((s) => s.id === target)?.title ?? 'that script';
    // Moving takes every draft, note and flag out of this script, which then disappears: ask first.
    const sure = await ctx.showQuickPick(
      [
        {
          label: `Move “${title}” into “${into}”`,
          description: 'its drafts, notes and flags become part of that script; this one is then gone',
          value: true,
        },
        { label: 'Cancel', description: 'change nothing', value: false },
      ],
      { placeholder: `Make every draft of “${title}” the next revisions of “${into}”?` },
    );
    if (sure) await ctx.moveDraftsInto(from, target);
  },
});
