// The selected flag's editor: status steps (only those the workflow allows), category, question, assignee, due date,
// research notes, sources and alternatives, and its history. Saves on change; a refused value is explained, not lost.
import { useState } from 'react';
import type { FlagCategory, FlagRecord, FlagStatus } from '../../../lib/db';
import {
  CATEGORY_LABELS,
  FLAG_CATEGORIES,
  nextStatuses,
  STATUS_LABELS,
  type FlagEdit,
} from '../../../lib/factcheck/workflow';
import { useWorkbench } from '../../workbench/state';
import { setFlagStatus, updateFlag } from './store';
import { errorSentence } from '../../../lib/error-sentence';

/** What a failed save says when the error has no sentence of its own. */
const NOT_SAVED = 'That change could not be saved; nothing was lost.';

const VERB: Record<FlagStatus, string> = {
  open: 'Reopen',
  researching: 'Start research',
  verified: 'Mark verified',
  cleared: 'Mark cleared',
  not_clear: 'Mark not clear',
  dismissed: 'Dismiss',
};

/** Edits one flag. */
export function FlagEditor({ flag }: { flag: FlagRecord }) {
  const wb = useWorkbench();
  const [by, setBy] = useState(flag.assignee ?? '');
  const [draft, setDraft] = useState({
    question: flag.question,
    assignee: flag.assignee ?? '',
    due: flag.due ?? '',
    notes: flag.notes,
    alternatives: flag.alternatives.join('\n'),
    sources: flag.sources.map((s) => [s.url, s.note].filter(Boolean).join(' ')).join('\n'),
  });
  const [error, setError] = useState<string | null>(null);

  async function save(edit: FlagEdit) {
    try {
      await updateFlag(flag.id, edit);
      setError(null);
    } catch (e) {
      setError(errorSentence(e, NOT_SAVED));
    }
  }

  function sourcesOf(text: string) {
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const m = /^(\S+:\/\/\S+|mailto:\S+|www\.\S+)\s*(.*)$/.exec(l);
        return m ? { url: m[1], note: m[2] } : { note: l };
      });
  }

  const field = (
    key: keyof typeof draft,
    label: string,
    multiline = false,
    onSave?: (v: string) => FlagEdit,
  ) => {
    const props = {
      'aria-label': label,
      value: draft[key],
      onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })),
      onBlur: () => void save(onSave ? onSave(draft[key]) : ({ [key]: draft[key] } as FlagEdit)),
    };
    return (
      <label className="flag-field">
        <span>{label}</span>
        {multiline ? (
          <textarea rows={2} {...props} />
        ) : (
          <input type={key === 'due' ? 'date' : 'text'} {...props} />
        )}
      </label>
    );
  };

  return (
    <div className="flag-editor">
      <p className="flag-quote">“{flag.anchor.exact}”</p>
      <div className="flag-status-actions" role="group" aria-label="Change status">
        <span>{STATUS_LABELS[flag.status]}</span>
        {nextStatuses(flag.status).map((s) => (
          <button
            key={s}
            type="button"
            onClick={() =>
              setFlagStatus(flag.id, s, by || undefined).catch((e) =>
                wb.notify(errorSentence(e, NOT_SAVED), 'error'),
              )
            }
          >
            {VERB[s]}
          </button>
        ))}
      </div>
      <label className="flag-field">
        <span>By (initials)</span>
        <input type="text" aria-label="Changed by" value={by} onChange={(e) => setBy(e.target.value)} />
      </label>
      <label className="flag-field">
        <span>Category</span>
        <select
          aria-label="Category"
          value={flag.category}
          onChange={(e) => void save({ category: e.target.value as FlagCategory })}
        >
          {FLAG_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {field('question', 'Question', true)}
      {field('assignee', 'Assignee')}
      {field('due', 'Due date')}
      {field('notes', 'Research notes', true)}
      {field('sources', 'Sources (one a line: link, then note)', true, (v) => ({ sources: sourcesOf(v) }))}
      {field('alternatives', 'Alternatives (one a line)', true, (v) => ({ alternatives: v.split('\n') }))}
      {error ? (
        <p role="alert" className="flag-error">
          {error}
        </p>
      ) : null}
      <details className="flag-history">
        <summary>History ({flag.history.length})</summary>
        <ol>
          {flag.history.map((h, i) => (
            <li key={i}>
              {STATUS_LABELS[h.status]}
              {h.by ? ` by ${h.by}` : ''}, {new Date(h.at).toLocaleString()}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
