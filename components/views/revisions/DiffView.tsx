// The diff of two drafts, VS Code style: inline in a narrow panel, side by side from 900 px; changed words
// highlighted; unchanged stretches folded ("Show N unchanged lines"); virtualised so a 120-page diff stays fast.
// Page text is untrusted and is only ever rendered as text.
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Script } from '../../../lib/script/model';
import { useElementWidth } from '../script/useElementWidth';
import { segments, visibleRows, type DiffRow, type VisibleRow } from './diff-model';

/** VS Code switches its diff editor to inline below this width. */
export const SIDE_BY_SIDE_MIN_PX = 900;

export interface DiffViewHandle {
  /** Scrolls to the row (index into all rows), unfolding it if needed. */
  scrollToRow(index: number): void;
}

interface Props {
  older: Script;
  newer: Script;
  rows: DiffRow[];
  /** Index into `rows` of the change the user is on, or -1. */
  current: number;
  onSelectRow(index: number): void;
  /** 'auto' (default): inline below SIDE_BY_SIDE_MIN_PX, side by side from it; or the user's choice. */
  layout?: DiffLayout;
}

/** How the diff is laid out. */
export type DiffLayout = 'auto' | 'inline' | 'side-by-side';

function Marked({
  text,
  base,
  row,
  side,
}: {
  text: string;
  base: number;
  row: DiffRow;
  side: 'removed' | 'added';
}) {
  if (row.kind !== 'changed') return <>{text}</>;
  return (
    <>
      {segments(text, base, row.words, side).map((s, i) =>
        s.mark ? (
          <span key={i} className={side === 'added' ? 'diff-word-inserted' : 'diff-word-removed'}>
            {s.text}
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

const SIGN: Record<DiffRow['kind'], string> = {
  same: ' ',
  added: '+',
  removed: '−',
  changed: '~',
  moved: '↕',
};
const SPOKEN: Record<DiffRow['kind'], string> = {
  same: 'unchanged',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  moved: 'moved',
};

/** The diff: one line per element, a fold button per hidden stretch. */
export const DiffView = forwardRef<DiffViewHandle, Props>(function DiffView(
  { older, newer, rows, current, onSelectRow, layout = 'auto' },
  ref,
) {
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const visible = useMemo(() => visibleRows(rows, opened), [rows, opened]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const sideBySide = layout === 'auto' ? width >= SIDE_BY_SIDE_MIN_PX : layout === 'side-by-side';
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 40,
    overscan: 12,
  });

  useImperativeHandle(ref, () => ({
    scrollToRow(index: number) {
      let at = visible.findIndex((v) => v.kind === 'row' && v.index === index);
      if (at === -1) {
        const fold = visible.find(
          (v): v is Extract<VisibleRow, { kind: 'fold' }> =>
            v.kind === 'fold' && index >= v.from && index < v.from + v.count,
        );
        if (fold) {
          setOpened((o) => new Set(o).add(fold.from));
          // After the unfold renders, the row exists; its position is the fold's plus the offset into it.
          at = visible.indexOf(fold) + (index - fold.from);
        }
      }
      if (at >= 0) requestAnimationFrame(() => virtualizer.scrollToIndex(at, { align: 'center' }));
    },
  }));

  function cell(row: DiffRow, side: 'old' | 'new') {
    const olderIdx = row.kind === 'added' ? -1 : row.older;
    const newerIdx = row.kind === 'removed' ? -1 : row.newer;
    const el =
      side === 'old'
        ? olderIdx >= 0
          ? older.elements[olderIdx]
          : undefined
        : newerIdx >= 0
          ? newer.elements[newerIdx]
          : undefined;
    if (!el) return <div className="diff-cell diff-empty" aria-hidden="true" />;
    const tone = row.kind === 'same' ? '' : side === 'old' ? ' diff-removed' : ' diff-inserted';
    return (
      <div className={`diff-cell diff-${el.type}${tone}`}>
        <Marked text={el.text} base={el.start} row={row} side={side === 'old' ? 'removed' : 'added'} />
      </div>
    );
  }

  function renderRow(v: VisibleRow) {
    if (v.kind === 'fold') {
      return (
        <div role="listitem" className="diff-fold-row">
          <button
            type="button"
            className="diff-fold"
            onClick={() => setOpened((o) => new Set(o).add(v.from))}
          >
            Show {v.count} unchanged {v.count === 1 ? 'line' : 'lines'}
          </button>
        </div>
      );
    }
    const row = rows[v.index];
    const isCurrent = v.index === current;
    const el = row.kind === 'removed' ? older.elements[row.older] : newer.elements[row.newer];
    const body = sideBySide ? (
      <div className="diff-columns">
        {cell(row, 'old')}
        {cell(row, 'new')}
      </div>
    ) : row.kind === 'changed' ? (
      <>
        {cell(row, 'old')}
        {cell(row, 'new')}
      </>
    ) : (
      cell(row, row.kind === 'removed' ? 'old' : 'new')
    );
    return (
      <div
        className={`diff-row diff-row-${row.kind}${isCurrent ? ' diff-current' : ''}`}
        role="listitem"
        aria-label={`${SPOKEN[row.kind]}: ${el.text.slice(0, 200)}`}
        aria-current={isCurrent ? 'true' : undefined}
        onClick={() => row.kind !== 'same' && onSelectRow(v.index)}
      >
        <span className="diff-sign" aria-hidden="true">
          {SIGN[row.kind]}
        </span>
        <div className="diff-body">{body}</div>
      </div>
    );
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      className={`diff-scroll${sideBySide ? ' diff-side-by-side' : ' diff-inline'}`}
      tabIndex={0}
      role="region"
      aria-label="Differences"
    >
      {sideBySide ? (
        <div className="diff-columns diff-column-titles" aria-hidden="true">
          <span>Older</span>
          <span>Newer</span>
        </div>
      ) : null}
      <div
        role="list"
        aria-label="Diff lines"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((it) => (
          <div
            key={it.key}
            data-index={it.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${it.start}px)`,
            }}
          >
            {renderRow(visible[it.index])}
          </div>
        ))}
      </div>
    </div>
  );
});
