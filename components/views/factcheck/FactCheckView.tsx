// The Fact-check view, Problems-style: flags grouped by scene, page or status, a filter box, status toggles, arrow
// keys between rows, each row's accessible name a full sentence; the selected flag's editor; the engine's suggestions.
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { placeOf } from '../../../lib/anchoring/place-of';
import type { FlagRecord, FlagStatus } from '../../../lib/db';
import { pageLabelAt } from '../../../lib/factcheck/report';
import { getCommand } from '../../../lib/commands/registry';
import { FLAG_STATUSES, STATUS_LABELS, CATEGORY_LABELS } from '../../../lib/factcheck/workflow';
import { sceneNumberAt, sceneNumbers } from '../../../lib/script/scene-numbers';
import { Section } from '../../ui/Section';
import { useOpenScript, type OpenScript } from '../../workbench/openScript';
import { usePlatform } from '../../workbench/platform';
import { useCommands } from '../../workbench/commandContext';
import { useWorkbench } from '../../workbench/state';
import { useViews } from '../../workbench/views';
import { FlagEditor } from './FlagEditor';
import { Suggestions } from './Suggestions';
import { useScriptFlags } from './store';
import './factcheck.css';

type GroupBy = 'scene' | 'page' | 'status';

interface FlagRow {
  flag: FlagRecord;
  page: string;
  scene: string;
  heading: string;
  start?: number;
  end?: number;
  sentence: string;
}

/** The words between the status and the item: " flag on page 12, scene 8: business/brand/product ". */
function middle(f: FlagRecord, page: string, scene: string): string {
  const where = [page && `page ${page}`, scene && `scene ${scene}`].filter(Boolean).join(', ');
  return ` flag${where ? ` on ${where}` : ' not found in this draft'}: ${CATEGORY_LABELS[f.category]} `;
}

function sentenceMiddle(r: FlagRow): string {
  return middle(r.flag, r.page, r.scene);
}

/** "Open flag on page 12, scene 8: business/brand/product 'Acme Cola'": a row's accessible name. */
export function flagSentence(f: FlagRecord, page: string, scene: string): string {
  return `${STATUS_LABELS[f.status]}${middle(f, page, scene)}'${f.item}'`;
}

function rowsFor(flags: FlagRecord[], open: OpenScript): FlagRow[] {
  const rev = open.revision.id;
  const scenes = sceneNumbers(open.revision.script, open.pages);
  return flags
    .map((flag) => {
      const p = placeOf(flag, rev);
      const start = p.kind === 'range' ? p.start : undefined;
      const page = start !== undefined ? pageLabelAt(open.pages, start) : '';
      const sc = start !== undefined ? sceneNumberAt(scenes, start) : undefined;
      return {
        flag,
        page,
        scene: sc?.number ?? '',
        heading: sc?.heading ?? 'Not found in this draft',
        start,
        end: p.kind === 'range' ? p.end : undefined,
        sentence: flagSentence(flag, page, sc?.number ?? ''),
      };
    })
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

/** True once `ready` has held through a painted frame: heavy work waits until what is shown has been painted. */
function usePaintedAfter(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timeout set inside an animation frame runs after that frame is painted.
    const after = () => {
      timer = setTimeout(() => setPainted(true), 0);
    };
    if (typeof requestAnimationFrame === 'function') {
      const frame = requestAnimationFrame(after);
      return () => {
        cancelAnimationFrame(frame);
        if (timer !== undefined) clearTimeout(timer);
      };
    }
    after();
    return () => clearTimeout(timer);
  }, [ready, painted]);
  return painted;
}

/** The Fact-check view. */
export function FactCheckView() {
  const { loading, open } = useOpenScript();
  if (loading) return <p className="muted view-loading">Loading…</p>;
  // No script: the workbench shows the view's declared empty state (contribution.ts).
  if (!open) return null;
  return <FlagsForScript open={open} />;
}

function FlagsForScript({ open }: { open: OpenScript }) {
  const flags = useScriptFlags(open.record.id);
  const wb = useWorkbench();
  const views = useViews();
  const { run } = useCommands();
  /** The report buttons run the same commands as the palette and the title row. */
  const runCommand = (id: string) => {
    const command = getCommand(id);
    if (command) void run(command);
  };
  const platform = usePlatform();
  const [filter, setFilter] = useState('');
  const [groupBy, setGroupBy] = useState<GroupBy>('scene');
  const [shown, setShown] = useState<Set<FlagStatus>>(() => new Set(FLAG_STATUSES));
  const [selected, setSelected] = useState<string | null>(null);
  const rows = useMemo(() => (flags ? rowsFor(flags, open) : []), [flags, open]);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const r of rows) c[r.flag.status] = (c[r.flag.status] ?? 0) + 1;
    return c;
  }, [rows]);
  const visible = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return rows.filter(
      (r) =>
        shown.has(r.flag.status) &&
        (!q ||
          `${r.sentence} ${r.flag.notes} ${r.flag.question} ${r.flag.assignee ?? ''}`
            .toLowerCase()
            .includes(q)),
    );
  }, [rows, filter, shown]);
  const groups = useMemo(() => {
    const m = new Map<string, FlagRow[]>();
    for (const r of visible) {
      const key =
        groupBy === 'status'
          ? STATUS_LABELS[r.flag.status]
          : groupBy === 'page'
            ? r.page
              ? `Page ${r.page}`
              : 'Not found in this draft'
            : r.scene
              ? `${r.scene}. ${r.heading}`
              : r.heading;
      const g = m.get(key);
      if (g) g.push(r);
      else m.set(key, [r]);
    }
    const entries = [...m.entries()];
    // By status, the groups follow the workflow (open, researching, verified, cleared, not clear, dismissed), not the
    // order in which flags happen to appear in the script.
    if (groupBy === 'status') {
      const rank = new Map(FLAG_STATUSES.map((s, i) => [STATUS_LABELS[s], i]));
      entries.sort((a, b) => (rank.get(a[0]) ?? 99) - (rank.get(b[0]) ?? 99));
    }
    return entries;
  }, [visible, groupBy]);
  const order = useMemo(() => groups.flatMap(([, rs]) => rs), [groups]);
  // The suggestion engine reads the whole script: it runs only after the flag list has painted.
  const suggestionsReady = usePaintedAfter(flags !== undefined);

  function goTo(r: FlagRow) {
    setSelected(r.flag.id);
    if (r.start === undefined || r.end === undefined) {
      wb.notify('This flag’s text is not in the draft shown: it stays listed until you dismiss it.', 'error');
      return;
    }
    // Selected in the Script view, which the user opens when ready: Fact-check stays on screen.
    const offset = r.start;
    views.run('script', (view) => view.reveal({ offset }), { show: false });
    if (platform.targetTabId !== undefined) {
      const quote = open.revision.script.text.slice(r.start, r.end);
      const where = { quote, start: r.start, end: r.end, sourceUrl: open.revision.source.url };
      platform.revealInPage(platform.targetTabId, where).catch(() => {
        wb.notify(
          'Could not show this line in the page: the tab may have changed. Read the page again.',
          'error',
        );
      });
    }
  }

  function onRowKey(e: KeyboardEvent, r: FlagRow) {
    const i = order.indexOf(r);
    const to =
      e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? order.length - 1
              : -1;
    if (to >= 0 && to < order.length) {
      e.preventDefault();
      setSelected(order[to].flag.id);
      document.getElementById(`flag-row-${order[to].flag.id}`)?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      goTo(r);
    }
  }

  const selectedFlag = rows.find((r) => r.flag.id === selected)?.flag;
  const focusId = selected && order.some((r) => r.flag.id === selected) ? selected : order[0]?.flag.id;
  return (
    <div className="factcheck-view">
      <div className="factcheck-toolbar">
        <input
          type="search"
          className="factcheck-filter"
          aria-label="Filter flags"
          placeholder="Filter (item, notes, assignee)"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <label className="factcheck-group">
          Group by{' '}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="scene">Scene</option>
            <option value="page">Page</option>
            <option value="status">Status</option>
          </select>
        </label>
        <div className="factcheck-toggles" role="group" aria-label="Show statuses">
          {FLAG_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className="status-toggle"
              aria-pressed={shown.has(s)}
              onClick={() =>
                setShown((cur) => {
                  const n = new Set(cur);
                  if (n.has(s)) n.delete(s);
                  else n.add(s);
                  return n;
                })
              }
            >
              {STATUS_LABELS[s].replace(/ \(.*\)$/, '')} {counts[s] ?? 0}
            </button>
          ))}
        </div>
      </div>
      <Section title={`Flags (${visible.length} of ${rows.length})`}>
        {flags === undefined ? (
          <p className="muted">Loading…</p>
        ) : rows.length === 0 ? (
          <p className="muted">
            No flags yet. Select a line in the script and press Ctrl+Alt+K, or flag a suggestion below.
          </p>
        ) : visible.length === 0 ? (
          <p className="muted">No flag matches the filter and status toggles.</p>
        ) : (
          <div role="list" aria-label="Flags" className="flag-list">
            {groups.map(([title, rs]) => (
              <div key={title} role="listitem" className="flag-group">
                <div className="flag-group-title">
                  {title} <span className="muted">({rs.length})</span>
                </div>
                <ul className="flag-rows" aria-label={title}>
                  {rs.map((r) => (
                    <li key={r.flag.id}>
                      <button
                        id={`flag-row-${r.flag.id}`}
                        type="button"
                        className={`flag-row status-${r.flag.status}${r.flag.id === selected ? ' selected' : ''}`}
                        aria-current={r.flag.id === selected ? 'true' : undefined}
                        tabIndex={r.flag.id === focusId ? 0 : -1}
                        onClick={() => goTo(r)}
                        onKeyDown={(e) => onRowKey(e, r)}
                      >
                        {/* The name is the row's text: status, the hidden middle of the sentence, the item. */}
                        <span className="flag-status">{STATUS_LABELS[r.flag.status]}</span>{' '}
                        <span className="sr-only">{sentenceMiddle(r).trim()}</span>{' '}
                        <span className="flag-item">&apos;{r.flag.item}&apos;</span>
                        <span className="flag-where muted" aria-hidden="true">
                          {r.page ? `p. ${r.page}` : 'not found'} · {CATEGORY_LABELS[r.flag.category]}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Section>
      {selectedFlag ? (
        <Section title={`Flag: ${selectedFlag.item.slice(0, 40)}`}>
          <FlagEditor key={selectedFlag.id} flag={selectedFlag} />
        </Section>
      ) : null}
      {flags !== undefined ? (
        // Mounted once the flags are known, so a long list starts with this section folded.
        <Section title="Suggestions" defaultOpen={rows.length < 500}>
          {suggestionsReady ? <Suggestions open={open} flags={flags} /> : <p className="muted">Loading…</p>}
        </Section>
      ) : null}
      <div className="factcheck-report-actions">
        <button type="button" onClick={() => runCommand('factcheck.exportCsv')}>
          Export report (CSV)
        </button>
        <button type="button" onClick={() => runCommand('factcheck.openReport')}>
          Printable report
        </button>
      </div>
    </div>
  );
}
