// Live reads of stored data for the workbench: every hook reads through lib/db's query functions, made live by
// components/platform/live.ts, so the panel follows changes made by the background, other panels and the platform
// code. `undefined` means "still loading".
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readShownScript, settings } from '../../lib/db';
import type { RevisionRecord, ScriptSettings, ShownScript } from '../../lib/db';
import type { ThemeSetting } from '../../lib/commands/types';
import { storedPagesFit } from '../../lib/revision/stored-pages';
import type { Page } from '../../lib/script/model';
import { useLive, useSetting } from '../platform/live';
import { useShownScriptId, useWorkbench } from './state';
import { errorSentence } from '../../lib/error-sentence';

export { useSetting };

const OPENING = Symbol('the script the panel opened on');

/**
 * What this panel shows (lib/db readShownScript): the stored scripts, the script shown with its revision and the
 * locked drafts it is laid out with, read live in one query. The script is the one chosen in this panel; when the
 * panel opens, the one last chosen in any panel (ui.currentScriptId) if it still exists, else the most recently
 * changed one. The panel then keeps it: a reading or an import in another panel does not switch it. Undefined while
 * loading.
 */
export function useShownScript(): ShownScript | undefined {
  const shownScriptId = useShownScriptId();
  const { settleShownScriptId } = useWorkbench();
  // The query reads the panel's choice when it runs (also when the shared setting changes it asks again), and is
  // subscribed again only for a choice other than the script the panel opened on: settling on that one (just below)
  // asks nothing new, and choosing another asks in the same render.
  const choice = useRef(shownScriptId);
  choice.current = shownScriptId;
  const openedOn = useRef<string | null | undefined>(undefined);
  const key = shownScriptId === undefined || shownScriptId === openedOn.current ? OPENING : shownScriptId;
  const answer = useLive(async () => {
    const panelChoice = choice.current;
    return { panelChoice, state: await readShownScript(panelChoice) };
  }, [key]);
  const shownId = answer?.state.record?.id ?? null;
  // Until the panel has a choice of its own, the script it opened on is the one its answers show (none, then the
  // first script read into an empty panel).
  if (answer && answer.panelChoice === undefined && shownScriptId === undefined) openedOn.current = shownId;
  useEffect(() => {
    // Settle on the script shown at opening, so later changes to the shared setting leave this panel alone.
    if (answer && shownScriptId === undefined && shownId !== null) settleShownScriptId(shownId);
  }, [answer, shownScriptId, shownId, settleShownScriptId]);
  // A live query keeps its last answer while it asks again: an answer for another choice is no answer yet.
  if (!answer) return undefined;
  if (shownScriptId !== undefined && answer.panelChoice !== shownScriptId && shownId !== shownScriptId)
    return undefined;
  return answer.state;
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
  settings: ScriptSettings | undefined,
  locked: ShownScript['locked'] | undefined,
): Page[] {
  const paper = settings?.paper ?? 'letter';
  const continueds = settings?.sceneContinueds ?? false;
  const insertScheme = settings?.insertScheme ?? 'letters';
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
