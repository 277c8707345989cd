// The Revisions view: every stored draft of the open script, the comparison of any two (default: the last two),
// the pages to reprint for the newer one, and what happened to notes and flags carried into it.
import { useEffect, useMemo, useState } from 'react';
import { getRevisions, type RevisionRecord } from '../../../lib/db';
import { storedLocks } from '../../../lib/db/locks';
import { reprintPagesOf } from '../../../lib/db/revised-pages';
import { revisionPagesOf } from '../../../lib/revision/pages';
import type { Page } from '../../../lib/script/model';
import { Section } from '../../ui/Section';
import { useOpenScript } from '../../workbench/openScript';
import { CarriedSection } from './CarriedSection';
import { ComparePanel } from './ComparePanel';
import { ReprintList } from './ReprintList';
import { revisionTitle, RevisionList } from './RevisionList';
import { useLive } from '../../platform/live';
import './revisions.css';

function RevisionSelect({
  label,
  value,
  revisions,
  onChange,
}: {
  label: string;
  value: string;
  revisions: RevisionRecord[];
  onChange(id: string): void;
}) {
  return (
    <label className="compare-select">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {revisions.map((r, i) => (
          <option key={r.id} value={r.id}>
            {revisionTitle(r, i === 0)} ({r.date})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Revisions view. */
export function RevisionsView() {
  const { loading, open } = useOpenScript();
  const scriptId = open?.record.id;
  const revisions = useLive(async () => (scriptId ? getRevisions(scriptId) : []), [scriptId]);
  const locks = useLive(async () => storedLocks(revisions ?? []), [revisions]);
  const [pick, setPick] = useState<{ older?: string; newer?: string }>({});
  useEffect(() => setPick({}), [scriptId, revisions?.length]);

  const settings = open?.record.settings;
  const pages = useMemo(() => {
    const out = new Map<string, Page[]>();
    if (!revisions || !settings || !locks) return out;
    for (const r of revisions) {
      try {
        out.set(r.id, revisionPagesOf(r, revisions, settings, locks));
      } catch {
        // A layout failure must not hide the list: that revision shows no page count.
      }
    }
    return out;
  }, [revisions, settings, locks]);
  // Worked out once per drafts, pick and locks: it lays the newer draft out and compares it again, which every
  // render (each later query result, the pick reset) used to repeat while the view opened.
  const reprinted = useMemo((): { pages: ReturnType<typeof reprintPagesOf>; error?: string } => {
    if (!revisions?.length || !settings || !locks) return { pages: [] };
    const newer = revisions.find((r) => r.id === pick.newer) ?? revisions.at(-1)!;
    try {
      return { pages: reprintPagesOf(newer, revisions, settings, locks) };
    } catch {
      return { pages: [], error: 'The revised pages could not be worked out for this draft.' };
    }
  }, [revisions, settings, locks, pick.newer]);

  if (loading || (scriptId && revisions === undefined)) return <p className="muted view-loading">Loading…</p>;
  // No script: the workbench shows the view's declared empty state (contribution.ts).
  if (!open || !revisions || revisions.length === 0) return null;
  const older = revisions.find((r) => r.id === pick.older) ?? revisions.at(-2);
  const newer = revisions.find((r) => r.id === pick.newer) ?? revisions.at(-1)!;
  const newerPages = pages.get(newer.id);
  const counts = new Map([...pages].map(([id, p]) => [id, p.length]));
  const { pages: reprint, error: reprintError } = reprinted;
  const newerIsFirst = revisions[0].id === newer.id;

  return (
    <div className="revisions-view">
      <Section title={`Revisions (${revisions.length})`}>
        <RevisionList
          script={open.record}
          revisions={revisions}
          pageCounts={counts}
          shownId={open.revision.id}
        />
      </Section>
      <Section title="Compare">
        {revisions.length < 2 || !older ? (
          <p className="muted">
            Read the next draft of this script (same page or file) to compare it with this one.
          </p>
        ) : (
          <>
            <div className="compare-pickers">
              <RevisionSelect
                label="Older"
                value={older.id}
                revisions={revisions}
                onChange={(id) => setPick((p) => ({ ...p, older: id }))}
              />
              <RevisionSelect
                label="Newer"
                value={newer.id}
                revisions={revisions}
                onChange={(id) => setPick((p) => ({ ...p, newer: id }))}
              />
            </div>
            {older.id === newer.id ? (
              <p className="muted">Pick two different revisions to compare.</p>
            ) : newerPages ? (
              <ComparePanel older={older} newer={newer} newerPages={newerPages} />
            ) : (
              <p className="muted">Laying out pages…</p>
            )}
          </>
        )}
      </Section>
      <Section title={`Revised pages (${reprint.length})`} defaultOpen={false}>
        {reprintError ? (
          <p role="alert">{reprintError}</p>
        ) : (
          <ReprintList pages={reprint} first={newerIsFirst} />
        )}
      </Section>
      <Section title={`Notes and flags in the ${newer.color} revision`}>
        <CarriedSection revision={newer} shown={newer.id === open.revision.id} />
      </Section>
    </div>
  );
}
