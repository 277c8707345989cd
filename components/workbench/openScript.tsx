// The script open in the panel, read live from storage and laid out once for every part of the workbench
// (script view, outline, palette scene and page modes, status bar).
import { createContext, useContext, useMemo } from 'react';
import { defaultScriptSettings, type RevisionRecord, type ScriptRecord } from '../../lib/db';
import { validateRecord } from '../../lib/records/validate';
import type { Page } from '../../lib/script/model';
import {
  outlineCharacters,
  outlineScenes,
  type OutlineCharacter,
  type OutlineScene,
} from '../../lib/script/outline';
import { usePlacementsIn, useRevisionPages, useShownScript } from './data';
import { useFollowTab } from './follow-tab';
import { usePlatform } from './platform';
import { useWorkbench } from './state';

export interface OpenScript {
  record: ScriptRecord;
  revision: RevisionRecord;
  pages: Page[];
  scenes: OutlineScene[];
  characters: OutlineCharacter[];
  /** Set when the stored draft could not be read into scenes and characters (a broken record): a sentence. */
  problem?: string;
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
  const stored = useShownScript();
  const scripts = stored?.scripts;
  const { setShownScriptId } = useWorkbench();
  const { unreadTab } = useFollowTab(usePlatform(), scripts, setShownScriptId);
  const storedRecord = stored?.record;
  const storedRevision = stored?.revision;
  // Stored records are checked by the same layer as restored ones before anything lays them out: a broken one (a
  // bug, an old unchecked restore) is shown as an empty draft with a sentence, never a blank panel.
  const shown = useMemo(() => shownRecords(storedRecord, storedRevision), [storedRecord, storedRevision]);
  const { record, revision } = shown;
  const pages = useRevisionPages(revision, record?.settings, stored?.locked);
  usePlacementsIn(revision);
  const paper = record?.settings.paper ?? 'letter';
  // A broken stored draft must not take the whole panel down (the shell, Settings and Backup stay usable): its
  // scenes and characters are empty and `problem` says why; the Script view's own boundary shows the rest.
  const outline = useMemo(() => {
    if (!revision) return { scenes: [], characters: [] };
    try {
      return {
        scenes: outlineScenes(revision.script, pages, paper === 'a4' ? 57 : 55),
        characters: outlineCharacters(revision.script),
      };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { scenes: [], characters: [], problem: `This draft could not be read (${why.slice(0, 200)}).` };
    }
  }, [revision, pages, paper]);
  const problem = shown.problem ?? outline.problem;
  const loading =
    scripts === undefined || record === undefined || (record !== null && revision === undefined);
  const open =
    record && revision
      ? { record, revision, pages, scenes: outline.scenes, characters: outline.characters, problem }
      : null;
  return { loading, scripts: scripts ?? [], open, unreadTab };
}

const TRUST_STORED_TIMES = { now: Number.MAX_SAFE_INTEGER };

/** The script and revision to show: as stored when they pass the record check, else safe stand-ins and why. */
function shownRecords(
  record: ScriptRecord | null | undefined,
  revision: RevisionRecord | null | undefined,
): {
  record: ScriptRecord | null | undefined;
  revision: RevisionRecord | null | undefined;
  problem?: string;
} {
  let problem: string | undefined;
  let r = record;
  let v = revision;
  if (r) {
    try {
      validateRecord('scripts', r, 'the script', TRUST_STORED_TIMES);
    } catch (e) {
      problem = `This script's stored settings are damaged (${(e as Error).message}); defaults are used.`;
      r = { ...r, title: String(r.title ?? 'Untitled'), settings: defaultScriptSettings() };
    }
  }
  if (v) {
    try {
      validateRecord('revisions', v, 'the draft', TRUST_STORED_TIMES);
    } catch (e) {
      problem = `This draft is damaged and cannot be shown (${(e as Error).message}). Your notes and flags are kept; restore a backup or read the script again.`;
      v = {
        ...v,
        script: { format: 'plain', titlePage: [], elements: [], text: '', warnings: [] },
        pages: [],
        titlePage: [],
      };
    }
  }
  return { record: r, revision: v, problem };
}

const Ctx = createContext<OpenScriptState>({ loading: true, scripts: [], open: null, unreadTab: false });

export const OpenScriptProvider = Ctx.Provider;

/** The open script and the stored scripts. */
export function useOpenScript(): OpenScriptState {
  return useContext(Ctx);
}
