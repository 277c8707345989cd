// The script in screenplay form, page by page, virtualised so a 150-page script scrolls smoothly.
// Lines are options of a listbox: click or arrow keys move a line cursor, Shift extends, and the selection becomes the
// workbench's "current selection" (offsets into script.text). Page text is untrusted and is only ever rendered as text.
import { visibleText } from '../../ui/visibleText';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { formatKey } from '../../../lib/commands/key-chords';
import showThreadCommand from '../../../lib/commands/notes-show-thread';
import type { RevealTarget } from '../../../lib/commands/views';
import type { Page, Script } from '../../../lib/script/model';
import { isMac } from '../../workbench/keybindings';
import { useOpenScript } from '../../workbench/openScript';
import { usePlatform } from '../../workbench/platform';
import { useSelection, useWorkbench } from '../../workbench/state';
import { useViewHandle } from '../../workbench/views';
import { marginMarks, textLinesOf, useMarginRecords, type LineMarks } from './margin-data';
import { MarginMarkers, MarginThreads } from './MarginThreads';
import { sceneAt, type OutlineScene } from './outline-data';
import { buildRows, ordinalAtOffset, ordinalOf, rangeOfLines, rowKey } from './rows';
import { useElementWidth } from './useElementWidth';

/**
 * Widest printed line with its gutters, in characters: 60 of text, 5 on the left for a scene number as long as
 * "10AA", 7 on the right for the number and the revision asterisk, and room to spare.
 */
const PAGE_CHARS = 76;
/** Courier's advance is 0.6 em. */
const CH_PER_EM = 0.6;
const NO_MARKS: ReadonlyMap<number, LineMarks> = new Map();
const NO_THREADS: ReadonlySet<number> = new Set();

/** The script's pages as selectable lines. */
export function ScriptPages({
  script,
  pages,
  scenes,
}: {
  script: Script;
  pages: Page[];
  scenes: OutlineScene[];
}) {
  const wb = useWorkbench();
  const platform = usePlatform();
  // Notes and flags in the margin belong to the open script, when these pages are its current revision's.
  const { open } = useOpenScript();
  const shown = open && open.revision.script === script ? open : undefined;
  const records = useMarginRecords(shown?.record.id);
  const textLines = useMemo(() => textLinesOf(pages), [pages]);
  const revisionId = shown?.revision.id;
  const marks = useMemo(
    () =>
      records && revisionId ? marginMarks(records.notes, records.flags, revisionId, textLines) : NO_MARKS,
    [records, revisionId, textLines],
  );
  const [threadsWanted, setThreadsWanted] = useState<ReadonlySet<number>>(NO_THREADS);
  const [focusThread, setFocusThread] = useState(-1);
  useEffect(() => setThreadsWanted(NO_THREADS), [pages]);
  const openThreads = useMemo(
    () => new Set([...threadsWanted].filter((o) => (marks.get(o)?.threads.length ?? 0) > 0)),
    [threadsWanted, marks],
  );
  const sr = useMemo(() => buildRows(pages, openThreads), [pages, openThreads]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const idBase = useId();
  // Scale the page to the panel: a narrow panel shows the whole page width in a smaller font instead of clipping.
  const fontPx = Math.max(8, Math.min(13, (width - 16) / (PAGE_CHARS * CH_PER_EM) || 13));
  const rowHeight = Math.round(fontPx * 1.45);
  const virtualizer = useVirtualizer({
    count: sr.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) =>
      sr.rows[i]?.kind === 'page' ? rowHeight * 2 : sr.rows[i]?.kind === 'thread' ? rowHeight * 8 : rowHeight,
    // Keys by content, so a thread's measured height never sticks to the row that takes its index when it closes.
    getItemKey: useCallback((i: number) => rowKey(sr.rows[i]), [sr]),
    overscan: 24,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  const sel = useSelection();
  const anchor = sel ? ordinalOf(sr, sel.anchor) : -1;
  const cursor = sel ? ordinalOf(sr, sel.cursor) : -1;
  const lo = Math.min(anchor, cursor);
  const hi = Math.max(anchor, cursor);

  function select(toOrdinal: number, extend: boolean, scroll = true) {
    const target = Math.max(0, Math.min(sr.lines.length - 1, toOrdinal));
    const ref = sr.lines[target];
    if (!ref) return;
    const from = extend && anchor >= 0 ? anchor : target;
    const { start, end } = rangeOfLines(sr, pages, from, target, script.text.length);
    const a = sr.lines[from];
    wb.setSelection({
      start,
      end,
      anchor: { page: a.page, line: a.line },
      cursor: { page: ref.page, line: ref.line },
    });
    wb.setLastScene(sceneAt(scenes, start));
    if (scroll) virtualizer.scrollToIndex(ref.row, { align: 'auto' });
  }

  function showInPage(startOffset: number, endOffset: number) {
    if (platform.targetTabId === undefined || endOffset <= startOffset) return;
    const quote = script.text.slice(startOffset, endOffset);
    // Only the open script's own page shows it (a draft laid out from elsewhere has no page of its own here).
    const where = { quote, start: startOffset, end: endOffset, sourceUrl: shown?.revision.source.url };
    platform.revealInPage(platform.targetTabId, where).catch(() => {
      wb.notify(
        'Could not show this line in the page: the tab may have changed. Read the page again.',
        'error',
      );
    });
  }

  // Jumps asked for elsewhere (outline, palette, next/previous scene, Escape in the note box), through the view's
  // handle. Each is a new object, done once by the effect below after the render that shows it.
  const [reveal, setReveal] = useState<RevealTarget | null>(null);
  useEffect(() => {
    if (!reveal) return;
    if (reveal.toCursor) {
      if (cursor >= 0) virtualizer.scrollToIndex(sr.lines[cursor].row, { align: 'auto' });
      listRef.current?.focus({ preventScroll: true });
    } else if (reveal.offset !== undefined) {
      const o = ordinalAtOffset(sr, pages, reveal.offset);
      if (o >= 0) {
        select(o, false, false);
        virtualizer.scrollToIndex(sr.lines[o].row, { align: 'start' });
      }
    } else if (reveal.page !== undefined && sr.pageRow[reveal.page] !== undefined) {
      virtualizer.scrollToIndex(sr.pageRow[reveal.page], { align: 'start' });
      const first = ordinalOf(sr, { page: reveal.page, line: 0 });
      if (first >= 0) select(first, false, false);
    }
    setReveal(null);
    // Only a new request should move the view, not a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- select/virtualizer change every render
  }, [reveal]);

  // Shown again (after a note, say): the cursor's line is where the PA left it, so bring it into view.
  useEffect(() => {
    if (cursor >= 0 && !reveal) virtualizer.scrollToIndex(sr.lines[cursor].row, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the view is shown
  }, []);

  /** Opens or closes the threads under a line; from the keyboard, the cursor goes to the reply box. */
  function toggleThread(ordinal: number, keyboard: boolean) {
    const closing = openThreads.has(ordinal);
    setThreadsWanted((prev) => {
      const next = new Set(prev);
      if (closing) next.delete(ordinal);
      else next.add(ordinal);
      return next;
    });
    setFocusThread(keyboard && !closing ? ordinal : -1);
    if (closing) listRef.current?.focus({ preventScroll: true });
  }

  useViewHandle('script', {
    reveal: (target) => setReveal({ ...target }),
    toggleThreadAtCursor() {
      if (cursor < 0)
        return 'Put the cursor on a line with a note marker first (click it, or use the arrow keys).';
      if (!marks.get(cursor)?.threads.length) return 'There are no notes on this line.';
      toggleThread(cursor, true);
      return undefined;
    },
  });

  // A thread opened from the keyboard is scrolled into view once its row exists.
  useEffect(() => {
    if (focusThread < 0) return;
    const line = sr.lines[focusThread];
    if (line && sr.rows[line.row + 1]?.kind === 'thread')
      virtualizer.scrollToIndex(line.row + 1, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a thread is newly opened
  }, [focusThread, sr]);

  const shortcut = formatKey(showThreadCommand.key ?? '', isMac());

  function onKeyDown(e: KeyboardEvent) {
    // Keys typed inside an open thread (its reply box, its buttons) are the thread's, not line moves.
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 2);
    const at = cursor >= 0 ? cursor : -1;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: Math.max(0, at - 1),
      PageDown: at + page,
      PageUp: Math.max(0, at - page),
      Home: 0,
      End: sr.lines.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      select(moves[e.key], e.shiftKey);
    } else if ((e.key === 'Enter' || e.key === ' ') && sel) {
      e.preventDefault();
      showInPage(sel.start, sel.end);
    } else if (e.key === 'Escape' && sel) {
      wb.setSelection(null);
    }
  }

  function onLineMouseDown(e: MouseEvent, ordinal: number) {
    if (e.button !== 0) return;
    select(ordinal, e.shiftKey, false);
  }

  function onLineEnter(e: MouseEvent, ordinal: number) {
    // Dragging with the button held extends the selection, as in an editor.
    if (e.buttons === 1) select(ordinal, true, false);
  }

  const activeId = cursor >= 0 ? `${idBase}-l${cursor}` : undefined;
  return (
    <div ref={scrollRef} className="script-pages" style={{ fontSize: `${fontPx}px` }}>
      <div
        ref={listRef}
        className="script-pages-inner"
        role="listbox"
        aria-label="Script lines"
        aria-multiselectable="true"
        aria-activedescendant={activeId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = sr.rows[item.index];
          const style = { transform: `translateY(${item.start}px)`, height: item.size };
          if (row.kind === 'thread') return null;
          if (row.kind === 'page') {
            const { label, front } = pages[row.page];
            return (
              <div
                key={item.key}
                className="page-header"
                style={style}
                role="option"
                aria-disabled="true"
                aria-selected="false"
                aria-label={front ? `Front page: ${label}` : `Page ${label}`}
              >
                {pages[row.page].revisionHeader ? (
                  <span className="page-revision">{pages[row.page].revisionHeader}</span>
                ) : null}
                {/* A title page prints no number: its label only names it for Go to Page. */}
                {front ? null : <span className="page-label">{label}.</span>}
              </div>
            );
          }
          const line = pages[row.page].lines[row.line];
          const selected = row.ordinal >= lo && row.ordinal <= hi && lo >= 0;
          return (
            <div
              key={item.key}
              id={`${idBase}-l${row.ordinal}`}
              role="option"
              aria-selected={selected}
              aria-label={line.text ? undefined : 'Blank line'}
              aria-describedby={marks.has(row.ordinal) ? `${idBase}-m${row.ordinal}` : undefined}
              className={`line kind-${line.kind}${selected ? ' selected' : ''}${row.ordinal === cursor ? ' cursor' : ''}`}
              style={style}
              onMouseDown={(e) => onLineMouseDown(e, row.ordinal)}
              onMouseEnter={(e) => onLineEnter(e, row.ordinal)}
              onClick={() => {
                const l = pages[row.page].lines[row.line];
                if (sel && sel.start !== sel.end) showInPage(sel.start, sel.end);
                else if (l.start !== undefined && l.end !== undefined) showInPage(l.start, l.end);
              }}
            >
              {line.sceneNumber ? (
                <span className="scene-number scene-number-left">{line.sceneNumber}</span>
              ) : null}
              <span className="line-text" style={{ paddingLeft: `${line.indent}ch` }}>
                {visibleText(line.text)}
              </span>
              {line.sceneNumber ? (
                <span className="scene-number scene-number-right">{line.sceneNumber}</span>
              ) : null}
              {line.marked ? (
                <span className="revision-mark" aria-label="changed">
                  *
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      {/* Beside the listbox, not in it: a listbox may only hold options, and markers and threads hold controls. */}
      <div className="script-margin">
        {virtualizer.getVirtualItems().map((item) => {
          const row = sr.rows[item.index];
          if (row.kind === 'thread') {
            const m = marks.get(row.ordinal);
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="margin-thread-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {m && revisionId ? (
                  <MarginThreads
                    threads={m.threads}
                    revisionId={revisionId}
                    roster={shown?.record.settings.roster ?? []}
                    focusReply={focusThread === row.ordinal}
                    onClose={() => {
                      setFocusThread(-1);
                      toggleThread(row.ordinal, false);
                    }}
                    onError={(message) => wb.notify(message, 'error')}
                  />
                ) : null}
              </div>
            );
          }
          const m = row.kind === 'line' ? marks.get(row.ordinal) : undefined;
          if (row.kind !== 'line' || !m) return null;
          return (
            <MarginMarkers
              key={`m${row.ordinal}`}
              id={`${idBase}-m${row.ordinal}`}
              marks={m}
              expanded={openThreads.has(row.ordinal)}
              shortcut={shortcut}
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
              onToggle={() => toggleThread(row.ordinal, false)}
            />
          );
        })}
      </div>
    </div>
  );
}
