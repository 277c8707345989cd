// Every command Scriptside has, in one list: the palette, menus and keyboard shortcuts all read it.
import chooseScript from './choose-script';
import factcheckExportCsv from './factcheck-export-csv';
import factcheckFlagSelection from './factcheck-flag-selection';
import factcheckOpenReport from './factcheck-open-report';
import goToPage from './go-to-page';
import goToScene from './go-to-scene';
import importScript from './import-script';
import nextScene from './next-scene';
import notesAddNote from './notes-add-note';
import notesExportCsv from './notes-export-csv';
import notesExportMinutes from './notes-export-minutes';
import notesPrintMinutes from './notes-print-minutes';
import notesSearch from './notes-search';
import notesShowThread from './notes-show-thread';
import notesToggleSession from './notes-toggle-session';
import openDemo from './open-demo';
import previousScene from './previous-scene';
import printQueuePages from './print-queue-pages';
import printQueueRevisedPages from './print-queue-revised-pages';
import readThisPage from './read-this-page';
import renameScript from './rename-script';
import scriptDraftOf from './script-draft-of';
import revisionsListChanges from './revisions-list-changes';
import revisionsNextChange from './revisions-next-change';
import revisionsPreviousChange from './revisions-previous-change';
import showAllCommands from './show-all-commands';
import switchTheme from './switch-theme';
import toggleOutline from './toggle-outline';
import type { Command } from './types';

export const COMMANDS: readonly Command[] = [
  readThisPage,
  importScript,
  openDemo,
  goToScene,
  goToPage,
  nextScene,
  previousScene,
  toggleOutline,
  switchTheme,
  renameScript,
  chooseScript,
  scriptDraftOf,
  notesAddNote,
  notesToggleSession,
  notesSearch,
  notesShowThread,
  notesExportMinutes,
  notesPrintMinutes,
  notesExportCsv,
  revisionsNextChange,
  revisionsPreviousChange,
  revisionsListChanges,
  factcheckFlagSelection,
  factcheckExportCsv,
  factcheckOpenReport,
  printQueueRevisedPages,
  printQueuePages,
  showAllCommands,
];

const byId = new Map(COMMANDS.map((c) => [c.id, c]));

/** The command with this id, if registered. */
export function getCommand(id: string): Command | undefined {
  return byId.get(id);
}

/** "Category: Title", as the palette shows it. */
export function commandLabel(command: Command): string {
  return `${command.category}: ${command.title}`;
}
