// Comparing two revisions: the summary line, changed scenes and pages (each a click from its place), the diff,
// next/previous change (Alt+F5 / Shift+Alt+F5) and the accessible list of changes (F7). The change on screen is
// also highlighted in the page when the draft was read from one.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RevisionRecord } from '../../../lib/db';
import { compareScripts, type SceneChange, type ScriptComparison } from '../../../lib/revision';
import { scenesOf } from '../../../lib/revision/scenes';
import type { Page } from '../../../lib/script/model';
import { IconButton } from '../../ui/IconButton';
import { usePlatform } from '../../workbench/platform';
import { useViewHandle } from '../../workbench/views';
import { ChangesDialog } from './ChangesDialog';
import { changeSentence, diffRows, placesOf, rowElement, summaryLine } from './diff-model';
import { DiffView, type DiffLayout, type DiffViewHandle } from './DiffView';

/** A comparison already worked out for the pair (the view's revised pages need the same one), with its time. */
export interface SharedComparison {
  comparison: ScriptComparison;
  ms: number;
}

interface Props {
  older: RevisionRecord;
  newer: RevisionRecord;
  newerPages: Page[];
  /** `compareScripts(older.script, newer.script, { newerPages })` when the caller has it: not compared again. */
  shared?: SharedComparison;
}

type SceneKind = 'added' | 'removed' | 'changed' | 'moved' | 'renamed';

/** The comparison of `older` with `newer` (pages: the newer draft as it prints, locked numbering honoured). */
export function ComparePanel({ older, newer, newerPages, shared }: Props) {
  const platform = usePlatform();
  const diffRef = useRef<DiffViewHandle>(null);
  const [current, setCurrent] = useState(-1);
  const [listOpen, setListOpen] = useState(false);
  const [announce, setAnnounce] = useState('');
  /** Inline or side by side; 'auto' follows the width, as VS Code's diff editor does. */
  const [layout, setLayout] = useState<DiffLayout>('auto');

  const data = useMemo(() => {
    const t0 = performance.now();
    const cmp = shared?.comparison ?? compareScripts(older.script, newer.script, { newerPages });
    const rows = diffRows(older.script, newer.script, cmp);
    const places = placesOf(newer.script, newerPages);
    const changes = rows.flatMap((r, i) => (r.kind === 'same' ? [] : [i]));
    return { cmp, rows, places, changes, ms: performance.now() - t0 + (shared?.ms ?? 0) };
  }, [older, newer, newerPages, shared]);
  const { cmp, rows, places, changes } = data;
  const sentences = useMemo(
    () => changes.map((i) => changeSentence(rows[i], older.script, newer.script, places)),
    [changes, rows, older, newer, places],
  );
  // A new pair of drafts starts before the first change.
  useEffect(() => setCurrent(-1), [older.id, newer.id]);

  const revealRow = (index: number) => {
    setCurrent(index);
    diffRef.current?.scrollToRow(index);
    const k = changes.indexOf(index);
    if (k >= 0) setAnnounce(`Change ${k + 1} of ${changes.length}. ${sentences[k]}`);
    const row = rows[index];
    const at = rowElement(row);
    const el = row.kind === 'removed' ? undefined : newer.script.elements[at];
    // The change shows in the page when the newer draft came from the tab (its text is in the page).
    if (el && el.text.trim() && newer.source.kind === 'page' && platform.targetTabId !== undefined) {
      platform
        .revealInPage(platform.targetTabId, {
          quote: el.text,
          start: el.start,
          end: el.end,
          sourceUrl: newer.source.url,
        })
        .catch(() => {});
    }
  };

  const step = (dir: 1 | -1) => {
    if (changes.length === 0) {
      setAnnounce('No changes between these drafts.');
      return;
    }
    const k = changes.indexOf(current);
    const next =
      k === -1 ? (dir === 1 ? 0 : changes.length - 1) : (k + dir + changes.length) % changes.length;
    revealRow(changes[next]);
  };

  // The change commands (Alt+F5, Shift+Alt+F5, F7) reach the diff while it is shown.
  useViewHandle('revisions', {
    stepChanges(s) {
      if (s === 'list') setListOpen(true);
      else step(s === 'next' ? 1 : -1);
    },
  });

  const sceneRows = useMemo(() => {
    const olderScenes = scenesOf(older.script);
    const newerScenes = scenesOf(newer.script);
    const out: { kind: SceneKind; scene: SceneChange; row: number }[] = [];
    const rowOfNewer = new Map<number, number>();
    const rowOfOlder = new Map<number, number>();
    rows.forEach((r, i) => {
      if (r.kind !== 'removed') rowOfNewer.set(r.newer, i);
      if (r.kind !== 'added') rowOfOlder.set(r.older, i);
    });
    const add = (kind: SceneKind, list: SceneChange[]) => {
      for (const s of list) {
        const row =
          s.newerIndex !== undefined
            ? rowOfNewer.get(newerScenes[s.newerIndex]?.start ?? -1)
            : rowOfOlder.get(olderScenes[s.olderIndex ?? -1]?.start ?? -1);
        out.push({ kind, scene: s, row: row ?? -1 });
      }
    };
    add('added', cmp.scenes.added);
    add('removed', cmp.scenes.removed);
    add('renamed', cmp.scenes.renamed);
    add('moved', cmp.scenes.moved);
    const renamedOrAdded = new Set([...cmp.scenes.renamed, ...cmp.scenes.added].map((s) => s.newerIndex));
    add(
      'changed',
      cmp.scenes.changed.filter((s) => !renamedOrAdded.has(s.newerIndex)),
    );
    return out.sort((a, b) => a.row - b.row);
  }, [cmp, rows, older, newer]);

  const firstRowOnPage = (label: string) =>
    rows.findIndex((r) => r.kind !== 'same' && places.pageOf[rowElement(r)] === label);

  return (
    <div className="compare">
      <p className="compare-summary" data-compare-ms={data.ms.toFixed(1)}>
        {summaryLine(newer.color, cmp)}
      </p>
      {cmp.capped ? (
        <p className="muted">
          These drafts differ too much to align line by line: the middle shows as removed and added.
        </p>
      ) : null}
      <details className="compare-lists" open>
        <summary>Changed scenes ({sceneRows.length})</summary>
        {sceneRows.length === 0 ? <p className="muted">No scene changed.</p> : null}
        <ul className="compare-scenes" aria-label="Changed scenes">
          {sceneRows.map(({ kind, scene, row }, i) => {
            const name = `${scene.number ? `${scene.number} ` : ''}${scene.heading}`;
            const label =
              kind === 'renamed'
                ? `Renamed: ${scene.previousHeading ?? ''} → ${scene.heading}`
                : `${kind[0].toUpperCase()}${kind.slice(1)}: ${name}`;
            return (
              <li key={i}>
                <RowLink className={`link-button scene-${kind}`} row={row} onReveal={revealRow}>
                  {label}
                </RowLink>
              </li>
            );
          })}
        </ul>
      </details>
      <details className="compare-lists" open>
        <summary>Changed pages ({cmp.changedPages.length})</summary>
        <ul className="compare-pages" aria-label="Changed pages">
          {cmp.changedPages.map((label) => {
            const row = firstRowOnPage(label);
            return (
              <li key={label}>
                <RowLink className="link-button" label={`Page ${label}`} row={row} onReveal={revealRow}>
                  {label}
                </RowLink>
              </li>
            );
          })}
        </ul>
      </details>
      <div className="compare-toolbar" role="toolbar" aria-label="Changes">
        <IconButton
          icon="arrow-up"
          label="Previous change"
          keybinding="Shift+Alt+F5"
          onClick={() => step(-1)}
        />
        <IconButton icon="arrow-down" label="Next change" keybinding="Alt+F5" onClick={() => step(1)} />
        <IconButton icon="list-flat" label="List changes" keybinding="F7" onClick={() => setListOpen(true)} />
        <span className="diff-layout-switch" role="group" aria-label="Diff layout">
          <button
            type="button"
            className="chip"
            aria-pressed={layout === 'inline'}
            onClick={() => setLayout((l) => (l === 'inline' ? 'auto' : 'inline'))}
          >
            Inline
          </button>
          <button
            type="button"
            className="chip"
            aria-pressed={layout === 'side-by-side'}
            onClick={() => setLayout((l) => (l === 'side-by-side' ? 'auto' : 'side-by-side'))}
          >
            Side by side
          </button>
        </span>
        <span className="muted">
          {changes.length === 0
            ? 'No changes'
            : current >= 0
              ? `Change ${changes.indexOf(current) + 1} of ${changes.length}`
              : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`}
        </span>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <DiffView
        ref={diffRef}
        older={older.script}
        newer={newer.script}
        rows={rows}
        current={current}
        onSelectRow={revealRow}
        layout={layout}
      />
      {listOpen ? (
        <ChangesDialog
          sentences={sentences}
          initial={Math.max(0, changes.indexOf(current))}
          onChoose={(k) => {
            setListOpen(false);
            revealRow(changes[k]);
          }}
          onClose={() => setListOpen(false)}
        />
      ) : null}
    </div>
  );
}

/** A link to a row of the diff (disabled when the row is not in it): the scene and page lists use it. */
function RowLink({
  className,
  label,
  row,
  onReveal,
  children,
}: {
  className: string;
  label?: string;
  row: number;
  onReveal: (row: number) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      disabled={row < 0}
      onClick={() => onReveal(row)}
    >
      {children}
    </button>
  );
}
