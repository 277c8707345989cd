// The shape of a Scriptside command and of the context the workbench hands it when it runs.
// Commands are plain TypeScript: they never touch the DOM or React, only this context.

import type { SceneRef } from '../script/outline';

export type { SceneRef };

/** Theme choice in Settings: follow the browser, or force one. */
export type ThemeSetting = 'auto' | 'light' | 'dark' | 'high-contrast';

/** Palette prefix modes: `>` commands, `@` scenes, `:` pages. */
export type PaletteMode = '>' | '@' | ':';

/** A choice offered by `showQuickPick`. */
export interface QuickPickItem<T> {
  label: string;
  description?: string;
  value: T;
}

/** What the workbench offers a running command. The UI supplies it; tests supply a fake. */
export interface CommandContext {
  /** A script is stored and open in the panel. */
  hasScript: boolean;
  /** Stored scripts, newest first; `detail` tells scripts with one title apart (source and day stored). */
  scripts: { id: string; title: string; detail?: string }[];
  currentScriptId?: string;
  currentScriptTitle?: string;
  scenes: SceneRef[];
  /** The scene the user last touched (selected, clicked or jumped to). */
  currentSceneIndex?: number;
  theme: ThemeSetting;

  readThisPage(): Promise<void>;
  /** Opens the file chooser for an import. */
  chooseFiles(): void;
  openDemo(): Promise<void>;
  showPalette(mode: PaletteMode): void;
  showQuickPick<T>(items: QuickPickItem<T>[], options: { placeholder: string }): Promise<T | undefined>;
  showInputBox(options: { prompt: string; value?: string }): Promise<string | undefined>;
  revealScene(index: number): void;
  toggleOutline(): void;
  setTheme(theme: ThemeSetting): Promise<void>;
  renameScript(id: string, title: string): Promise<void>;
  setCurrentScript(id: string): Promise<void>;
  /** Makes every draft of script `fromId` the next revisions of script `targetId`, and shows the target. */
  moveDraftsInto(fromId: string, targetId: string): Promise<void>;
  notify(message: string, severity?: 'info' | 'error'): void;
}

/** One command: shown in the palette as "Category: Title", bound to `key`, run with a context. */
export interface Command {
  /** Stable id ("script.readThisPage"); recently-used lists and keybindings refer to it. */
  id: string;
  title: string;
  category: string;
  /** Other words a user may type to find it. */
  keywords?: string[];
  /** Default keybinding, "Ctrl+Shift+P" style; Ctrl means Cmd on macOS. */
  key?: string;
  /** Codicon name for title-bar and menu buttons ("refresh", "folder-opened"). */
  icon?: string;
  /** Further keybindings that run the same command (F1 beside Ctrl+Shift+P). */
  altKeys?: string[];
  /** Whether the command can run now; absent means always. */
  enabled?: (ctx: CommandContext) => boolean;
  run(ctx: CommandContext): void | Promise<void>;
}

/** Identity helper that type-checks a command definition. */
export function defineCommand(command: Command): Command {
  return command;
}
