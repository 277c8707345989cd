// The script open in the panel, read live from storage and laid out once for every part of the workbench
// (script view, outline, palette scene and page modes, status bar).
import { createContext, useContext, useMemo } from 'react';
import type { RevisionRecord, ScriptRecord } from '../../lib/db';
import type { Page } from '../../lib/script/model';
import {
  outlineCharacters,
  outlineScenes,
  type OutlineCharacter,
  type OutlineScene,
} from '../views/script/outline-data';
import { useCurrentRevision, useCurrentScript, useRevisionPages, useScripts } from './data';
import { useFollowTab } from './follow-tab';
import { usePlatform } from './platform';
import { useWorkbench } from './state';

export interface OpenScript {
  record: ScriptRecord;
  revision: RevisionRecord;
  pages: Page[];
  scenes: OutlineScene[];
  characters: OutlineCharacter[];
}

export interface OpenScriptState {
  /** True until the first read from storage has answered. */
  loading: boolean;
  /** All stored scripts, most recently changed first. */
  scripts: ScriptRecord[];
  /** The script shown, with its current revision; null when none is stored. */
  open: OpenScript | null;
  /** The panel's tab shows a readable page that no stored script came from (the Script view offers to read it). */
  unreadTab: boolean;
}

/** Reads the open script live; used once, by the workbench, which provides it to everything inside. */
export function useOpenScriptLoader(): OpenScriptState {
  const scripts = useScripts();
  const { setShownScriptId } = useWorkbench();
  const { unreadTab } = useFollowTab(usePlatform(), scripts, setShownScriptId);
  const record = useCurrentScript();
  const revision = useCurrentRevision(record);
  const pages = useRevisionPages(revision, record?.settings);
  const paper = record?.settings.paper ?? 'letter';
  const scenes = useMemo(
    () => (revision ? outlineScenes(revision.script, pages, paper === 'a4' ? 57 : 55) : []),
    [revision, pages, paper],
  );
  const characters = useMemo(() => (revision ? outlineCharacters(revision.script) : []), [revision]);
  const loading =
    scripts === undefined || record === undefined || (record !== null && revision === undefined);
  const open = record && revision ? { record, revision, pages, scenes, characters } : null;
  return { loading, scripts: scripts ?? [], open, unreadTab };
}

const Ctx = createContext<OpenScriptState>({ loading: true, scripts: [], open: null, unreadTab: false });

export const OpenScriptProvider = Ctx.Provider;

/** The open script and the stored scripts. */
export function useOpenScript(): OpenScriptState {
  return useContext(Ctx);
}
