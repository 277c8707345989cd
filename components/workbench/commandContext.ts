// Builds the context commands run with, from the workbench's state, actions and stored data, and runs commands
// (remembering recently used ones for the palette). Views are reached through the view runner (views.tsx).
import { useCallback, useMemo } from 'react';
import { renameScript, settings } from '../../lib/db';
import { scriptSourceLabel } from '../../lib/reading/source';
import type { Command, CommandContext, FactcheckActions, QuickPickItem } from '../../lib/commands/types';
import { useWorkbenchActions } from './actions';
import { useChooseScript, useSetting, useThemeSetting } from './data';
import { useOpenScript } from './openScript';
import { useWorkbench } from './state';
import { loadFactcheckActions } from '../views/registry';
import { useViews } from './views';
import { errorSentence } from '../../lib/error-sentence';

const RECENT_LIMIT = 12;

/** Ids of recently run commands, most recent first. */
export function useRecentCommands(): string[] {
  return useSetting(settings.recentCommands) ?? [];
}

/** The command context, and `run(command)` which runs a command with it. */
export function useCommands() {
  const wb = useWorkbench();
  const actions = useWorkbenchActions();
  const { scripts, open } = useOpenScript();
  const theme = useThemeSetting();
  const recent = useRecentCommands();
  const chooseScript = useChooseScript();
  const views = useViews();

  // Fact-checking needs no view; its code (workflow, suggestion engine, report) loads with the first use.
  const factcheck = useMemo<FactcheckActions>(() => {
    const load = (use: (f: FactcheckActions) => Promise<void>) =>
      loadFactcheckActions().then(
        (factcheckActions) => use(factcheckActions(open, wb)),
        () => wb.notify('The fact-check tools could not load. Close and reopen the panel.', 'error'),
      );
    return {
      flagSelection: () => load((f) => f.flagSelection()),
      flagQuote: (quote) => load((f) => f.flagQuote(quote)),
      exportCsv: () => load((f) => f.exportCsv()),
      openReport: () => load((f) => f.openReport()),
    };
  }, [open, wb]);

  const ctx = useMemo<CommandContext>(
    () => ({
      hasScript: open !== null,
      scripts: scripts.map((s) => ({
        id: s.id,
        title: s.title,
        detail: scriptSourceLabel(s.sourceKeys, s.createdAt),
      })),
      currentScriptId: open?.record.id,
      currentScriptTitle: open?.record.title,
      scenes: open?.scenes ?? [],
      // Read when a command runs: a new selection (which sets the scene) must not redraw everything that runs commands.
      get currentSceneIndex() {
        return wb.getLastScene();
      },
      theme,
      readThisPage: actions.readThisPage,
      chooseFiles: wb.chooseFiles,
      openDemo: actions.openDemo,
      showPalette: (mode) => wb.openQuickInput({ kind: 'palette', value: mode }),
      showQuickPick: <T>(items: QuickPickItem<T>[], options: { placeholder: string }) =>
        new Promise<T | undefined>((resolve) =>
          wb.openQuickInput({
            kind: 'pick',
            placeholder: options.placeholder,
            items,
            resolve: (v) => resolve(v as T | undefined),
          }),
        ),
      showInputBox: (options) =>
        new Promise<string | undefined>((resolve) =>
          wb.openQuickInput({
            kind: 'input',
            prompt: options.prompt,
            value: options.value ?? '',
            resolve,
            validate: options.validate,
          }),
        ),
      revealScene: actions.revealScene,
      toggleOutline: () => {
        wb.setActiveView('script');
        wb.toggleOutline();
      },
      setTheme: (t) => settings.theme.set(t),
      renameScript,
      setCurrentScript: chooseScript,
      moveDraftsInto: async (fromId, targetId) => {
        // Loaded on use: moving drafts re-anchors notes, which the panel's first load leaves out.
        const { moveDraftsInto } = await import('../../lib/db/move-drafts');
        const r = await moveDraftsInto(fromId, targetId);
        await chooseScript(targetId);
        wb.notify(
          `${r.moved === 1 ? 'The draft is' : `${r.moved} drafts are`} now the latest revision of this script.`,
          'info',
        );
      },
      notify: wb.notify,
      views,
      factcheck,
    }),
    [wb, actions, scripts, open, theme, chooseScript, views, factcheck],
  );

  const run = useCallback(
    async (command: Command, from: 'palette' | 'key' | 'button' = 'button') => {
      if (command.enabled && !command.enabled(ctx)) return;
      if (from === 'palette' && command.id !== 'workbench.showCommands') {
        const next = [command.id, ...recent.filter((id) => id !== command.id)].slice(0, RECENT_LIMIT);
        // Remembering is a nicety: a full disk must not stop the command itself.
        settings.recentCommands.set(next).catch(() => {});
      }
      try {
        await command.run(ctx);
      } catch (e) {
        ctx.notify(errorSentence(e, `“${command.title}” failed.`), 'error');
      }
    },
    [ctx, recent],
  );

  return { ctx, run, recent };
}
