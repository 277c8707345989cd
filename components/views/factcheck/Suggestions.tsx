// The engine's suggestions, shown apart from flags: F (or the Flag button) makes one a flag, Delete (or Dismiss)
// forgets it for this script. Computed on the shown draft; dismissed and flagged items are left out.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { newId, now, type FlagRecord } from '../../../lib/db';
import { suggestItems, type Suggestion } from '../../../lib/factcheck/suggest';
import { CATEGORY_LABELS, createFlag } from '../../../lib/factcheck/workflow';
import type { OpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { addFlag, dismissSuggestion, useDismissedKeys } from './store';

function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'That could not be saved; nothing was changed.';
}

/** The suggestions list. */
export function Suggestions({ open, flags }: { open: OpenScript; flags: FlagRecord[] }) {
  const wb = useWorkbench();
  const dismissed = useDismissedKeys(open.record.id);
  const script = open.revision.script;
  const flagged = useMemo(
    () =>
      flags
        .filter((f) => f.revisionId === open.revision.id)
        .map((f) => ({ start: f.anchor.start, end: f.anchor.end, item: f.item })),
    [flags, open.revision.id],
  );
  const list = useMemo(
    () => (dismissed ? suggestItems(script, { dismissed, flagged }) : undefined),
    [script, dismissed, flagged],
  );
  const [focus, setFocus] = useState(0);

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
      wb.notify(messageOf(e), 'error');
    }
  }

  async function dismiss(s: Suggestion) {
    try {
      await dismissSuggestion(open.record.id, s.item);
    } catch (e) {
      wb.notify(messageOf(e), 'error');
    }
  }

  if (!list) return <p className="muted">Loading…</p>;
  if (list.length === 0)
    return <p className="muted">No suggestions: every item the engine sees is flagged or dismissed.</p>;

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
    }
  }

  return (
    <ul className="suggestion-list" aria-label="Suggestions (F flags, Delete dismisses)">
      {list.map((s, i) => (
        <li key={s.key} className="suggestion-row">
          <span
            id={`suggestion-${i}`}
            role="button"
            tabIndex={i === Math.min(focus, list.length - 1) ? 0 : -1}
            className="suggestion-item"
            onKeyDown={(e) => onKey(e, i)}
            onFocus={() => setFocus(i)}
          >
            {/* The name is the row's text plus hidden words around it, so what is seen is what is heard. */}
            <span className="sr-only">Suggestion:</span> <span className="flag-item">{s.item}</span>{' '}
            <span className="muted">
              {CATEGORY_LABELS[s.category]}
              {s.count > 1 ? ` ×${s.count}` : ''}
            </span>
            <span className="sr-only">, {s.reason}. Press F to flag, Delete to dismiss.</span>
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
  );
}
