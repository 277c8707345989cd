// The stored revisions of the open script: colour swatch, "Blue Revision", date, source and page count; change the
// colour or date, lock a draft, show it in the panel; the next revision's suggested colour and the colour order.
import { useState } from 'react';
import type { RevisionRecord, ScriptRecord } from '../../../lib/db';
import {
  lockRevision,
  setColorSequence,
  setRevisionColor,
  setRevisionDate,
  showRevision,
  suggestedNextColor,
  unlockRevision,
} from '../../../lib/db/revision-edits';
import { WGA_COLOR_SEQUENCE } from '../../../lib/revision';
import { swatchColor } from '../../ui/swatch-color';
import { shortDate } from '../../workbench/StatusBar';
import { useWorkbench } from '../../workbench/state';
import { errorSentence } from '../../../lib/error-sentence';
import { SaveCancel } from '../../ui/SaveCancel';

/** Where a revision came from, in a few words. */
export function sourceLabel(r: RevisionRecord): string {
  const s = r.source;
  if (s.kind === 'file') return s.fileName ?? 'a file';
  if (s.kind === 'demo') return 'the demo';
  if (s.kind === 'paste') return 'pasted text';
  try {
    const u = new URL(s.url ?? '');
    return `${u.host}${u.pathname}`;
  } catch {
    return s.url ?? 'a page';
  }
}

/** "Blue Revision", or "White (first draft)" for the first one. */
export function revisionTitle(r: RevisionRecord, first: boolean): string {
  return first ? `${r.color} draft` : `${r.color} Revision`;
}

interface Props {
  script: ScriptRecord;
  revisions: RevisionRecord[];
  pageCounts: Map<string, number>;
  shownId: string | undefined;
}

function RevisionEditor({
  revision,
  sequence,
  onDone,
}: {
  revision: RevisionRecord;
  sequence: readonly string[];
  onDone(): void;
}) {
  const wb = useWorkbench();
  const [color, setColor] = useState(revision.color);
  const [date, setDate] = useState(revision.date);
  const listId = `colours-${revision.id}`;
  return (
    <form
      className="revision-editor"
      aria-label={`Edit ${revision.color} revision`}
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          try {
            if (color !== revision.color) await setRevisionColor(revision.id, color);
            if (date !== revision.date) await setRevisionDate(revision.id, date);
            onDone();
          } catch (err) {
            wb.notify(errorSentence(err, 'The revision could not be changed.'), 'error');
          }
        })();
      }}
    >
      <label>
        Colour
        <input value={color} list={listId} onChange={(e) => setColor(e.target.value)} />
        <datalist id={listId}>
          {sequence.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </label>
      <label>
        Date
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </label>
      <SaveCancel onCancel={onDone} />
    </form>
  );
}

/** The revisions list with per-revision actions. */
export function RevisionList({ script, revisions, pageCounts, shownId }: Props) {
  const wb = useWorkbench();
  const [editing, setEditing] = useState<string | null>(null);
  const [editingOrder, setEditingOrder] = useState(false);
  const sequence = script.settings.colorSequence.length ? script.settings.colorSequence : WGA_COLOR_SEQUENCE;
  const next = suggestedNextColor(script, revisions);
  const isWga = sequence.join('|') === WGA_COLOR_SEQUENCE.join('|');
  const act = (work: () => Promise<unknown>, done?: string) =>
    void work().then(
      () => done && wb.notify(done),
      (e: unknown) => wb.notify(errorSentence(e, 'That did not work; nothing was changed.'), 'error'),
    );

  return (
    <div className="revision-list">
      <ul aria-label="Revisions">
        {revisions.map((r, i) => {
          const name = revisionTitle(r, i === 0);
          const pages = pageCounts.get(r.id);
          const shown = r.id === shownId;
          return (
            <li
              key={r.id}
              className={`revision-item${shown ? ' shown' : ''}`}
              aria-label={`${name}, ${shortDate(r.date)}${shown ? ', shown' : ''}${r.locked ? ', locked' : ''}`}
            >
              <div className="revision-line">
                <span className="swatch" style={{ background: swatchColor(r.color) }} aria-hidden="true" />
                <span className="revision-name">{name}</span>
                <span className="revision-date">{shortDate(r.date)}</span>
                {r.locked ? <span className="revision-badge">Locked</span> : null}
                {shown ? <span className="revision-badge">Shown</span> : null}
              </div>
              <div className="revision-meta muted">
                {sourceLabel(r)}
                {pages !== undefined ? ` · ${pages} ${pages === 1 ? 'page' : 'pages'}` : ''}
                {r.label ? ` · ${r.label}` : ''}
              </div>
              <div className="revision-actions">
                {!shown ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Show ${name}`}
                    onClick={() => act(() => showRevision(script.id, r.id))}
                  >
                    Show
                  </button>
                ) : null}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Colour and date of ${name}`}
                  onClick={() => setEditing(editing === r.id ? null : r.id)}
                >
                  Colour and date
                </button>
                {r.locked ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Unlock ${name}`}
                    onClick={() =>
                      act(() => unlockRevision(r.id), `${name} unlocked: later drafts are numbered freely.`)
                    }
                  >
                    Unlock
                  </button>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Lock ${name}`}
                    onClick={() =>
                      act(
                        () => lockRevision(r.id),
                        `${name} locked: page and scene numbers are kept from here on.`,
                      )
                    }
                  >
                    Lock
                  </button>
                )}
              </div>
              {editing === r.id ? (
                <RevisionEditor revision={r} sequence={sequence} onDone={() => setEditing(null)} />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="revision-next">
        <span className="swatch" style={{ background: swatchColor(next) }} aria-hidden="true" /> Next
        revision: {next} <span className="muted">({isWga ? 'WGA order' : "this script's order"})</span>{' '}
        <button
          type="button"
          className="link-button"
          aria-expanded={editingOrder}
          onClick={() => setEditingOrder((v) => !v)}
        >
          Colour order…
        </button>
      </p>
      {editingOrder ? (
        <form
          className="revision-editor"
          aria-label="Colour order"
          onSubmit={(e) => {
            e.preventDefault();
            const value = String(new FormData(e.currentTarget).get('order') ?? '');
            act(() => setColorSequence(script.id, value.split(',')), 'Colour order saved.');
            setEditingOrder(false);
          }}
        >
          <label>
            Colours in order, separated by commas (empty: the WGA order)
            <textarea name="order" rows={3} defaultValue={sequence.join(', ')} />
          </label>
          <button type="submit" className="button-primary">
            Save order
          </button>
        </form>
      ) : null}
    </div>
  );
}
