// The engine's suggestions, shown apart from flags: F (or the Flag button) makes one a flag, Delete (or Dismiss)
// puts it away for this script, with Undo and a list of dismissed items to bring back; Enter (or a click) shows its
// occurrences one after another. Computed on the shown draft; dismissed and flagged items are left out.
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { newId, now, type FlagRecord } from '../../../lib/db';
import type { Suggestion } from '../../../lib/factcheck/suggest';
import { CATEGORY_LABELS, createFlag } from '../../../lib/factcheck/workflow';
import type { OpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { useViews } from '../../workbench/views';
import { usePlatform } from '../../workbench/platform';
import { pageLabelAt } from '../../../lib/factcheck/report';
import { addFlag, dismissSuggestion, restoreSuggestion, useDismissedKeys, useDismissedList } from './store';
import { errorSentence } from '../../../lib/error-sentence';

/** What a failed save says when the error has no sentence of its own. */
const NOT_SAVED = 'That could not be saved; nothing was changed.';

/** How long Undo stays offered after a dismissal (as for deleted notes). */
const UNDO_MS = 15_000;

/** Where an item occurs in the text (start offsets), first to last. */
function occurrencesOf(text: string, item: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(item); at >= 0 && item; at = text.indexOf(item, at + item.length)) out.push(at);
  return out;
}

type SuggestItems = typeof import('../../../lib/factcheck/suggest').suggestItems;

/**
 * The suggestion engine, loaded on first use: with its dictionary of everyday English it is the largest part of the
 * view, and the flag list shows without it.
 */
function useSuggestionEngine(): SuggestItems | 'failed' | undefined {
  const [engine, setEngine] = useState<{ suggestItems: SuggestItems } | 'failed'>();
  useEffect(() => {
    let live = true;
    import('../../../lib/factcheck/suggest').then(
      (m) => live && setEngine({ suggestItems: m.suggestItems }),
      () => live && setEngine('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return engine === 'failed' ? engine : engine?.suggestItems;
}

/** The suggestions list. */
export function Suggestions({ open, flags }: { open: OpenScript; flags: FlagRecord[] }) {
  const wb = useWorkbench();
  const views = useViews();
  const dismissed = useDismissedKeys(open.record.id);
  const script = open.revision.script;
  const flagged = useMemo(
    () =>
      flags
        .filter((f) => f.revisionId === open.revision.id)
        .map((f) => ({ start: f.anchor.start, end: f.anchor.end, item: f.item })),
    [flags, open.revision.id],
  );
  const engine = useSuggestionEngine();
  const list = useMemo(
    () => (engine && engine !== 'failed' && dismissed ? engine(script, { dismissed, flagged }) : undefined),
    [engine, script, dismissed, flagged],
  );
  const [focus, setFocus] = useState(0);
  const platform = usePlatform();
  const dismissedList = useDismissedList(open.record.id);
  const [undo, setUndo] = useState<{ id: string; item: string } | null>(null);
  const [shown, setShown] = useState<{ key: string; k: number; say: string } | null>(null);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [undo]);

  /** Shows the next occurrence of the suggestion: selected in the script, and in the page when it came from a tab. */
  function reveal(s: Suggestion) {
    const all = occurrencesOf(script.text, s.item);
    if (all.length === 0) return;
    const k = shown?.key === s.key ? (shown.k + 1) % all.length : 0;
    const start = all[k];
    const end = start + s.item.length;
    views.run('script', (view) => view.reveal({ offset: start }), { show: false });
    if (platform.targetTabId !== undefined)
      platform.revealInPage(platform.targetTabId, { quote: s.item, start, end }).catch(() => {});
    setShown({
      key: s.key,
      k,
      say: `“${s.item}”: ${k + 1} of ${all.length}, on page ${pageLabelAt(open.pages, start)}.`,
    });
  }

  async function flag(s: Suggestion) {
    try {
      await addFlag(
        createFlag({
          id: newId(),
          scriptId: open.record.id,
          revisionId: open.revision.id,
          script,
          start: s.start,
          end: s.end,
          category: s.category,
          item: s.item,
          at: now(),
        }),
      );
      wb.notify(`Flagged ${CATEGORY_LABELS[s.category]} “${s.item.slice(0, 60)}”.`);
    } catch (e) {
      wb.notify(errorSentence(e, NOT_SAVED), 'error');
    }
  }

  async function dismiss(s: Suggestion) {
    try {
      const id = await dismissSuggestion(open.record.id, s.item);
      setUndo({ id, item: s.item });
    } catch (e) {
      wb.notify(errorSentence(e, NOT_SAVED), 'error');
    }
  }

  async function bringBack(id: string) {
    try {
      await restoreSuggestion(id);
    } catch (e) {
      wb.notify(errorSentence(e, NOT_SAVED), 'error');
    }
  }

  const extras = (
    <>
      {undo ? (
        <div className="notification notification-info" role="status">
          <span className="notification-message">Dismissed “{undo.item.slice(0, 60)}”.</span>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              const { id } = undo;
              setUndo(null);
              void bringBack(id);
            }}
          >
            Undo
          </button>
        </div>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {shown?.say ?? ''}
      </p>
      {dismissedList && dismissedList.length > 0 ? (
        <details className="dismissed-suggestions">
          <summary>Dismissed ({dismissedList.length})</summary>
          <ul aria-label="Dismissed suggestions">
            {dismissedList.map((d) => (
              <li key={d.id}>
                <span className="flag-item">{d.key}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Bring back '${d.key}'`}
                  onClick={() => void bringBack(d.id)}
                >
                  Bring back
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );

  if (engine === 'failed')
    return (
      <p className="muted" role="status">
        The suggestions could not be loaded. Close and reopen the panel to try again; your flags are not
        affected.
      </p>
    );
  if (!list) return <p className="muted">Loading…</p>;
  if (list.length === 0)
    return (
      <>
        <p className="muted">
          {flagged.length > 0 || (dismissedList?.length ?? 0) > 0
            ? 'No suggestions: every item the engine sees is flagged or dismissed.'
            : 'No suggestions: the engine found no names, brands, places, titles or figures to check in this draft.'}
        </p>
        {extras}
      </>
    );

  function onKey(e: KeyboardEvent, i: number) {
    const s = list![i];
    const to = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : -1;
    if (to >= 0 && to < list!.length) {
      e.preventDefault();
      setFocus(to);
      document.getElementById(`suggestion-${to}`)?.focus();
    } else if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      void flag(s);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void dismiss(s);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal(s);
    }
  }

  return (
    <>
      {extras}
      <ul className="suggestion-list" aria-label="Suggestions (F flags, Delete dismisses, Enter shows where)">
        {list.map((s, i) => (
          <li key={s.key} className="suggestion-row">
            <span
              id={`suggestion-${i}`}
              role="button"
              tabIndex={i === Math.min(focus, list.length - 1) ? 0 : -1}
              className="suggestion-item"
              onKeyDown={(e) => onKey(e, i)}
              onFocus={() => setFocus(i)}
              onClick={() => reveal(s)}
            >
              {/* The name is the row's text plus hidden words around it, so what is seen is what is heard. */}
              <span className="sr-only">Suggestion:</span> <span className="flag-item">{s.item}</span>{' '}
              <span className="muted suggestion-meta">
                {CATEGORY_LABELS[s.category]}
                {s.count > 1 ? ` ×${s.count}` : ''}
              </span>
              <span className="sr-only">
                , {s.reason}. Press Enter to show where, F to flag, Delete to dismiss.
              </span>
            </span>
            <button type="button" aria-label={`Flag '${s.item}'`} onClick={() => void flag(s)}>
              Flag
            </button>
            <button type="button" aria-label={`Dismiss '${s.item}'`} onClick={() => void dismiss(s)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
