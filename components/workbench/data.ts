// Live reads of stored data for the workbench: every hook reads through lib/db's query functions, made live by
// components/platform/live.ts, so the panel follows changes made by the background, other panels and the platform
// code. `undefined` means "still loading".
import { useCallback, useEffect, useMemo, useState } from 'react';
import { liveScripts, lockedRevisionsBefore, settings, shownRevision } from '../../lib/db';
import type { RevisionRecord, ScriptRecord, ScriptSettings } from '../../lib/db';
import type { ThemeSetting } from '../../lib/commands/types';
import { storedPagesFit } from '../../lib/revision/stored-pages';
import type { Page } from '../../lib/script/model';
import { useLive, useSetting } from '../platform/live';
import { useShownScriptId, useWorkbench } from './state';
import { errorSentence } from '../../lib/error-sentence';

export { useSetting };

/** Stored scripts, most recently changed first. */
export function useScripts(): ScriptRecord[] | undefined {
  return useLive(() => liveScripts(), []);
}

/**
 * The script this panel shows: the one chosen in this panel; when the panel opens, the one last chosen in any panel
 * (ui.currentScriptId) if it still exists, else the most recently changed one. The panel then keeps it: a reading or
 * an import in another panel does not switch it. Null when no script is stored; undefined while loading.
 */
export function useCurrentScript(): ScriptRecord | null | undefined {
  const scripts = useScripts();
  const chosen = useSetting(settings.currentScriptId);
  const shownScriptId = useShownScriptId();
  const { settleShownScriptId } = useWorkbench();
  const id = shownScriptId !== undefined ? shownScriptId : chosen;
  const resolved =
    scripts === undefined || id === undefined
      ? undefined
      : (scripts.find((s) => s.id === id) ?? scripts[0] ?? null);
  // Settle on the script shown at opening, so later changes to the shared setting leave this panel alone.
  const settled = resolved === undefined ? undefined : (resolved?.id ?? null);
  useEffect(() => {
    if (shownScriptId === undefined && settled !== undefined && settled !== null)
      settleShownScriptId(settled);
  }, [shownScriptId, settled, settleShownScriptId]);
  return resolved;
}

/** The revision the panel shows for a script: its current revision, else its newest. */
export function useCurrentRevision(
  script: ScriptRecord | null | undefined,
): RevisionRecord | null | undefined {
  const id = script?.id;
  const current = script?.currentRevisionId;
  const answer = useLive(
    async () => ({ id, revision: id ? ((await shownRevision(id, current)) ?? null) : null }),
    [id, current],
  );
  // A live query keeps its last answer while it asks again: an answer for another script (or for none, while the
  // script list was loading) is no answer yet. Taking it showed "no revision" for a moment, and with it the welcome
  // view, on every panel opened with a script stored.
  if (script === undefined) return undefined;
  if (!answer || answer.id !== id) return undefined;
  return answer.revision;
}

type RevisionPagesOf = typeof import('../../lib/revision/pages').revisionPagesOf;
let pagesModule: Promise<RevisionPagesOf> | undefined;

/**
 * Pages to show for a revision, as lib/revision/pages `revisionPagesOf` gives them (a PDF's own pages; a locked
 * revision's stored pages; otherwise laid out for the script's paper, keeping the numbering of the latest locked
 * draft before it). Until the layout code has loaded (it is split out of the first load) the pages stored with the
 * revision show.
 */
export function useRevisionPages(
  revision: RevisionRecord | null | undefined,
  settings?: ScriptSettings,
): Page[] {
  const paper = settings?.paper ?? 'letter';
  const continueds = settings?.sceneContinueds ?? false;
  const insertScheme = settings?.insertScheme ?? 'letters';
  // The locked drafts before this one, with their stored locks: revisionPagesOf picks the lock that applies.
  // undefined = still looking.
  const locked = useLive(
    () => lockedRevisionsBefore(revision),
    [revision?.id, revision?.scriptId, revision?.seq, revision?.locked],
  );
  const lockedBefore = (locked?.before.length ?? 0) > 0;
  // Reading stores pages laid out for letter paper, without CONTINUEDs or scene numbers (components/platform/
  // engine-parsers.ts pagesOf): when the script's settings ask for exactly that and no lock applies, laying out again
  // at open gives the same pages and only costs a chunk load, the layout and a second render of every view.
  const storedFits =
    !!revision && storedPagesFit(revision, { paper, sceneContinueds: continueds }, lockedBefore);
  const needsLayout =
    !!revision &&
    !revision.script.pages?.length &&
    !(revision.locked && revision.pages.length > 0) &&
    !storedFits;
  const [pagesOf, setPagesOf] = useState<{ fn: RevisionPagesOf } | null>(null);
  useEffect(() => {
    if (!needsLayout || pagesOf) return;
    pagesModule ??= import('../../lib/revision/pages').then((m) => m.revisionPagesOf);
    let live = true;
    void pagesModule.then((fn) => live && setPagesOf({ fn }));
    return () => {
      live = false;
    };
  }, [needsLayout, pagesOf]);
  return useMemo(() => {
    if (!revision) return [];
    if (revision.script.pages?.length) return revision.script.pages;
    if (!needsLayout || !pagesOf) return revision.pages;
    try {
      return pagesOf.fn(
        revision,
        locked?.before ?? [],
        { paper, sceneContinueds: continueds, insertScheme },
        locked?.locks,
      );
    } catch {
      // A layout failure must not hide the script: fall back to the pages stored with it.
      return revision.pages;
    }
  }, [revision, paper, continueds, insertScheme, locked, needsLayout, pagesOf]);
}

/**
 * Places the script's notes and flags that have no place yet in the shown revision (an older draft opened, an item
 * restored, synced, or written on another draft after this one was read), alike, by the one placement policy; the
 * result is kept on the records, so each is worked out once. Every view then reads the same answer. The watch
 * (lib/db/placement-watch) loads after the panel's first screen.
 */
export function usePlacementsIn(revision: RevisionRecord | null | undefined): void {
  const { notify } = useWorkbench();
  const scriptId = revision?.scriptId;
  const revisionId = revision?.id;
  useEffect(() => {
    if (!scriptId || !revisionId) return;
    let stop: (() => void) | undefined;
    let live = true;
    const onError = (e: unknown) =>
      notify(`Could not place notes and flags from other drafts: ${errorSentence(e)}`, 'error');
    import('../../lib/db/placement-watch').then((m) => {
      if (live) stop = m.watchPlacements(scriptId, revisionId, onError);
    }, onError);
    return () => {
      live = false;
      stop?.();
    };
  }, [scriptId, revisionId, notify]);
}

/** Shows a script in this panel, and remembers it so the next panel opens on it. */
export function useChooseScript(): (id: string) => Promise<void> {
  const { setShownScriptId } = useWorkbench();
  return useCallback(
    async (id: string) => {
      setShownScriptId(id);
      await settings.currentScriptId.set(id);
    },
    [setShownScriptId],
  );
}

/** The theme setting (auto until the user picks one). */
export function useThemeSetting(): ThemeSetting {
  return useSetting(settings.theme) ?? 'auto';
}
