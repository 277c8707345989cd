// The shape of a Scriptside command and of the context the workbench hands it when it runs.
// Commands are plain TypeScript: they never touch the DOM or React, only this context. A command that acts on a view
// goes through `views` (the view's typed handle, lib/commands/views.ts); one that only changes data calls a function.
import type { ViewRunner } from './views';

/** Theme choice in Settings: follow the browser, or force one. */
export type ThemeSetting = 'auto' | 'light' | 'dark' | 'high-contrast';

/** Palette prefix modes: `>` commands, `@` scenes, `:` pages. */
export type PaletteMode = '>' | '@' | ':';

/** A scene as the commands see it (from the outline of the current revision). */
export interface SceneRef {
  /** 0-based position among the script's scenes. */
  index: number;
  /** Printed scene number ("12A"), if the script has one. */
  number?: string;
  heading: string;
  /** Label of the page the scene starts on. */
  page?: string;
  start: number;
  end: number;
}

/** A choice offered by `showQuickPick`. */
export interface QuickPickItem<T> {
  label: string;
  description?: string;
  value: T;
}

/**
 * Fact-checking as commands and the page's context menu reach it, bound to the open script. It needs no view: flags
 * are data, the reports a file and a page. Each tells the user what happened.
 */
export interface FactcheckActions {
  /** Flags the selected lines, narrowed to the item the engine sees in them. */
  flagSelection(): Promise<void>;
  /** Flags text selected in the page tab, found in the open draft. */
  flagQuote(quote: string): Promise<void>;
  /** Saves the clearance report of the shown draft as a CSV file. */
  exportCsv(): Promise<void>;
  /** Opens the printable clearance report of the shown draft. */
  openReport(): Promise<void>;
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
  /**
   * Asks for a line of text; undefined when cancelled. `validate` (VS Code's validateInput) runs on Enter: a sentence
   * it returns is shown under the box, which stays open for a correction.
   */
  showInputBox(options: {
    prompt: string;
    value?: string;
    validate?: (value: string) => string | undefined | Promise<string | undefined>;
  }): Promise<string | undefined>;
  revealScene(index: number): void;
  toggleOutline(): void;
  setTheme(theme: ThemeSetting): Promise<void>;
  renameScript(id: string, title: string): Promise<void>;
  setCurrentScript(id: string): Promise<void>;
  /** Makes every draft of script `fromId` the next revisions of script `targetId`, and shows the target. */
  moveDraftsInto(fromId: string, targetId: string): Promise<void>;
  notify(message: string, severity?: 'info' | 'error'): void;
  /** Acts on a view through its typed handle, opening the view when it is not showing. */
  views: ViewRunner;
  factcheck: FactcheckActions;
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
