// The Revisions view: every stored draft of the open script, the comparison of any two (default: the last two),
// the pages to reprint for the newer one, and what happened to notes and flags carried into it.
import { useEffect, useMemo, useState } from 'react';
import { getRevisions, type RevisionRecord } from '../../../lib/db';
import { storedLocks } from '../../../lib/db/locks';
import { previousRevision, reprintPagesOf } from '../../../lib/db/revised-pages';
import { compareScripts } from '../../../lib/revision';
import { storedOrLaidOutPages } from '../../../lib/revision/pages';
import type { PageLock } from '../../../lib/script/locking';
import type { Page } from '../../../lib/script/model';
import { Section } from '../../ui/Section';
import { useOpenScript } from '../../workbench/openScript';
import { CarriedSection } from './CarriedSection';
import { ComparePanel, type SharedComparison } from './ComparePanel';
import { ReprintList } from './ReprintList';
import { revisionTitle, RevisionList } from './RevisionList';
import { useLive } from '../../platform/live';
import './revisions.css';

const NO_LOCKS: ReadonlyMap<string, PageLock> = new Map();

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
  // Stored locks are read only when a draft is locked: otherwise there are none, and waiting for a second query's
  // answer held the first diff back by a round trip and a render.
  const anyLocked = revisions?.some((r) => r.locked) ?? false;
  const storedLockMap = useLive(
    async () => (anyLocked && revisions ? storedLocks(revisions) : NO_LOCKS),
    [revisions, anyLocked],
  );
  const locks = revisions && !anyLocked ? NO_LOCKS : storedLockMap;
  const [pick, setPick] = useState<{ older?: string; newer?: string }>({});
  useEffect(() => setPick({}), [scriptId, revisions?.length]);

  const settings = open?.record.settings;
  const pages = useMemo(() => {
    const out = new Map<string, Page[]>();
    if (!revisions || !settings || !locks) return out;
    for (const r of revisions) {
      try {
        // Pages stored as they would be laid out are taken as they are: laying out two 119-page drafts took longer
        // than the rest of the view's first open.
        out.set(r.id, storedOrLaidOutPages(r, revisions, settings, locks));
      } catch {
        // A layout failure must not hide the list: that revision shows no page count.
      }
    }
    return out;
  }, [revisions, settings, locks]);
  // The comparison of the newer draft with the one just before it is both the diff shown by default and what its
  // revised pages are marked against: compared once here and handed to both.
  const shared = useMemo((): SharedComparison | undefined => {
    if (!revisions?.length) return undefined;
    const newer = revisions.find((r) => r.id === pick.newer) ?? revisions.at(-1)!;
    const older = revisions.find((r) => r.id === pick.older) ?? revisions.at(-2);
    const newerPages = pages.get(newer.id);
    if (!older || !newerPages || older.id !== previousRevision(newer, revisions)?.id) return undefined;
    const t0 = performance.now();
    try {
      const comparison = compareScripts(older.script, newer.script, { newerPages });
      return { comparison, ms: performance.now() - t0 };
    } catch {
      // The panel compares again and shows its own failure; the revised pages say theirs.
      return undefined;
    }
  }, [revisions, pages, pick.newer, pick.older]);
  // Worked out once per drafts, pick and locks, from the pages and comparison above (no layout or compare of its own).
  const reprinted = useMemo((): { pages: ReturnType<typeof reprintPagesOf>; error?: string } => {
    if (!revisions?.length || !settings || !locks) return { pages: [] };
    const newer = revisions.find((r) => r.id === pick.newer) ?? revisions.at(-1)!;
    try {
      return {
        pages: reprintPagesOf(newer, revisions, settings, locks, {
          pages: pages.get(newer.id),
          comparison: shared?.comparison,
        }),
      };
    } catch {
      return { pages: [], error: 'The revised pages could not be worked out for this draft.' };
    }
  }, [revisions, settings, locks, pick.newer, pages, shared]);

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
              <ComparePanel older={older} newer={newer} newerPages={newerPages} shared={shared} />
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
