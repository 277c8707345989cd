// "Mark notes in the page": when the user turns it on, anchored notes are marked in the page the script was read
// from (an HTML page in the panel's tab), a moment after the notes settle; turning it off or leaving the view removes
// the marks.
import { useEffect, useState } from 'react';
import type { NoteRecord, RevisionRecord } from '../../../lib/db';
import { placeOf } from '../../../lib/anchoring/place-of';
import { clearNotesInPage, highlightNotesInPage } from './page-highlights';

/** How long the notes must stay unchanged before the page is marked again (typing a note changes them often). */
const MARK_SETTLE_MS = 400;

/** What the "Mark notes in the page" button shows and does. */
export interface PageMarking {
  /** The tab shows a page this revision was read from (not a PDF): marks can be made there. */
  canMark: boolean;
  marking: boolean;
  /** How many notes were marked, once known. */
  marked: number | undefined;
  toggle(): void;
}

/** Marks `notes` placed in `revision` in tab `tabId` while the user has it on. */
export function usePageMarking(
  notes: readonly NoteRecord[] | undefined,
  revision: RevisionRecord,
  tabId: number | undefined,
): PageMarking {
  const canMark = tabId !== undefined && revision.source.kind === 'page' && revision.source.format !== 'pdf';
  const [marking, setMarking] = useState(false);
  const [marked, setMarked] = useState<number | undefined>();
  useEffect(() => {
    if (!marking || !canMark || tabId === undefined || !notes) return;
    const quotes: string[] = [];
    for (const n of notes) {
      if (n.deletedAt !== undefined || n.parentId) continue;
      const p = placeOf(n, revision.id);
      if (p.kind === 'range') quotes.push(revision.script.text.slice(p.start, p.end));
    }
    let live = true;
    const t = setTimeout(
      () => void highlightNotesInPage(tabId, revision.source.url, quotes).then((n) => live && setMarked(n)),
      MARK_SETTLE_MS,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [marking, canMark, tabId, notes, revision]);
  useEffect(() => {
    if (!marking || tabId === undefined) return;
    return () => void clearNotesInPage(tabId);
  }, [marking, tabId]);
  return {
    canMark,
    marking,
    marked,
    toggle: () => {
      setMarking((m) => !m);
      setMarked(undefined);
    },
  };
}
