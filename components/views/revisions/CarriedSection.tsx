// What happened to notes and flags in a revision: moved or approximately placed items for a glance ("Looks right"),
// and orphans with their old text to re-attach to a selection or dismiss. Nothing is ever deleted here.
import type { RevisionRecord } from '../../../lib/db';
import { carriedInto, confirmPlacement, dismissOrphan, reattach } from '../../../lib/db/carry-forward';
import { showRevision } from '../../../lib/db/revision-edits';
import type { CarriedEntry } from '../../../lib/revision/carry';
import { useWorkbench } from '../../workbench/state';
import { useLive } from '../../platform/live';
import { useViews } from '../../workbench/views';
import { errorSentence } from '../../../lib/error-sentence';

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One action on a carried item: a link-style button whose accessible name says which item it acts on. */
function ItemAction({ label, onClick, children }: { label: string; onClick(): void; children: string }) {
  return (
    <button type="button" className="link-button" aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}

/** Moved/fuzzy items and orphans of `revision`; `shown` says whether it is the revision the Script view shows. */
export function CarriedSection({ revision, shown }: { revision: RevisionRecord; shown: boolean }) {
  const wb = useWorkbench();
  const views = useViews();
  const carried = useLive(() => carriedInto(revision), [revision]);
  if (!carried) return <p className="muted">Loading…</p>;
  const fail = (e: unknown) =>
    wb.notify(errorSentence(e, 'That did not work; nothing was changed.'), 'error');
  const what = (e: CarriedEntry) => `${e.kind === 'note' ? 'Note' : 'Flag'} “${excerpt(e.label, 60)}”`;

  const showAt = (e: CarriedEntry) => {
    void showRevision(revision.scriptId, revision.id).then(() => {
      const start = e.placement.start;
      if (start === undefined) wb.setActiveView('script');
      else views.run('script', (view) => view.reveal({ offset: start }));
    }, fail);
  };
  const reattachHere = (e: CarriedEntry) => {
    const sel = wb.getSelection();
    if (!shown || !sel || sel.end <= sel.start) {
      wb.notify(
        `Show the ${revision.color} revision, select the text for this ${e.kind} in the Script view, then choose Re-attach.`,
      );
      return;
    }
    reattach(e.kind, e.id, revision, sel.start, sel.end).then(
      () => wb.notify(`${what(e)} re-attached.`),
      fail,
    );
  };

  const dismissed =
    carried.dismissed > 0
      ? ` ${carried.dismissed} dismissed ${carried.dismissed === 1 ? 'orphan' : 'orphans'}.`
      : '';
  if (carried.glance.length === 0 && carried.orphans.length === 0) {
    return (
      <p className="muted">
        {carried.exact > 0 || dismissed
          ? `${carried.exact} placed exactly.${dismissed}`
          : 'No notes or flags were carried into this revision.'}
      </p>
    );
  }
  return (
    <div className="carried">
      {carried.exact > 0 || dismissed ? (
        <p className="muted">{`${carried.exact} placed exactly.${dismissed}`}</p>
      ) : null}
      {carried.glance.length > 0 ? (
        <>
          <h3>Worth a glance ({carried.glance.length})</h3>
          <ul aria-label="Moved or approximately placed">
            {carried.glance.map((e) => (
              <li key={`${e.kind}:${e.id}`} className="carried-item">
                <div>
                  <span className={`carried-status status-${e.placement.status}`}>
                    {e.placement.status === 'moved' ? 'Moved' : 'Approximate'}
                  </span>{' '}
                  {what(e)}
                </div>
                <div className="muted">was on “{excerpt(e.oldText)}”</div>
                <div className="revision-actions">
                  <ItemAction label={`Show ${what(e)} in the script`} onClick={() => showAt(e)}>
                    Show
                  </ItemAction>
                  <ItemAction
                    label={`Looks right: ${what(e)}`}
                    onClick={() => confirmPlacement(e.kind, e.id, revision.id).catch(fail)}
                  >
                    Looks right
                  </ItemAction>
                  <ItemAction label={`Re-attach to selection: ${what(e)}`} onClick={() => reattachHere(e)}>
                    Re-attach to selection
                  </ItemAction>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {carried.orphans.length > 0 ? (
        <section aria-label="Orphans">
          <h3>Orphans ({carried.orphans.length})</h3>
          <p className="muted">
            Their text is not in this revision. They are kept; re-attach them to new text or dismiss them
            here.
          </p>
          <ul aria-label="Orphaned notes and flags">
            {carried.orphans.map((e) => (
              <li key={`${e.kind}:${e.id}`} className="carried-item">
                <div>{what(e)}</div>
                <blockquote className="orphan-text">{excerpt(e.oldText, 200)}</blockquote>
                <div className="revision-actions">
                  <ItemAction label={`Re-attach to selection: ${what(e)}`} onClick={() => reattachHere(e)}>
                    Re-attach to selection
                  </ItemAction>
                  <ItemAction
                    label={`Dismiss ${what(e)}`}
                    onClick={() => dismissOrphan(e.kind, e.id, revision.id).catch(fail)}
                  >
                    Dismiss
                  </ItemAction>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
