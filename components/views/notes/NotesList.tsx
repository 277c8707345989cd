// The notes list: search box, filters, grouping by scene or by time, and the orphaned notes in their own section.
// Long lists render in steps ("Show more") so a script with a thousand notes opens at once.
import { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { NoteRecord, RevisionRecord, RoomSessionRecord, RosterMember } from '../../../lib/db';
import { KIND_ORDER, kindLabel, speakerLabel } from '../../../lib/notes/capture';
import {
  facetsOf,
  groupByScene,
  groupByTime,
  matchesFilter,
  threadsOf,
  type NoteFilter,
  type NoteGroup,
  type NoteThread,
} from '../../../lib/notes/group';
import { NoteSearch } from '../../../lib/notes/search';
import { Section } from '../../ui/Section';
import type { OutlineScene } from '../../../lib/script/outline';
import { NoteThreadView, type ThreadActions } from './NoteThread';

// One index per notes array (and roster): typing in the search box reuses it until the notes change.
const indexes = new WeakMap<readonly NoteRecord[], { roster: readonly RosterMember[]; index: NoteSearch }>();
function searchIndex(notes: readonly NoteRecord[], roster: readonly RosterMember[]): NoteSearch {
  const cached = indexes.get(notes);
  if (cached && cached.roster === roster) return cached.index;
  // A speaker is searched by name as well as initials: "Jo" finds the notes of Jo Sato (JS).
  const searchable = notes
    .filter((n) => n.deletedAt === undefined)
    .map((n) => (n.speaker ? { ...n, speaker: speakerLabel(roster, n.speaker) } : n));
  const index = new NoteSearch(searchable);
  indexes.set(notes, { roster, index });
  return index;
}

/** One of the list's filters: a labelled select whose first option, All (`allValue`), filters nothing. */
function FilterSelect({
  label,
  value,
  allValue = '',
  options,
  onChange,
}: {
  label: string;
  value: string;
  allValue?: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={allValue}>All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface NotesListHandle {
  /** Puts the cursor in the search box; `typed` (keys typed before it existed) is added to the query. */
  focusSearch(typed?: string): void;
}

// First render shows this many notes; "Show more" adds four times as many. Keeps opening a long list fast.
const STEP = 60;

export const NotesList = forwardRef<
  NotesListHandle,
  {
    notes: NoteRecord[];
    sessions: RoomSessionRecord[];
    scenes: OutlineScene[];
    revision: RevisionRecord;
    roster: RosterMember[];
    actions: ThreadActions;
    onReattach(note: NoteRecord): void;
  }
>(function NotesList({ notes, sessions, scenes, revision, roster, actions, onReattach }, ref) {
  const [query, setQuery] = useState('');
  const [groupBy, setGroupBy] = useState<'scene' | 'time'>('scene');
  const [filter, setFilter] = useState<NoteFilter>({ status: 'all' });
  const [limit, setLimit] = useState(STEP);
  const search = useRef<HTMLInputElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      focusSearch: (typed) => {
        if (typed) setQuery((q) => q + typed);
        search.current?.focus();
      },
    }),
    [],
  );

  const threads = useMemo(() => threadsOf(notes, revision.id), [notes, revision.id]);
  const facets = useMemo(() => facetsOf(notes), [notes]);
  const text = revision.script.text;

  const visible = threads.filter((t) => matchesFilter(t.note, filter));
  const { groups, orphans, hits } = useMemo(() => {
    if (query.trim()) {
      // Built here, only while searching: opening the list with no query costs nothing.
      const found = searchIndex(notes, roster).search(query, 200);
      const byId = new Map(visible.map((t) => [t.note.id, t]));
      const parentOf = new Map(notes.map((n) => [n.id, n.parentId]));
      const seen = new Set<string>();
      const ordered: NoteThread[] = [];
      const ranges = new Map<string, [number, number][]>();
      for (const h of found) {
        const id = byId.has(h.id) ? h.id : (parentOf.get(h.id) ?? '');
        const t = byId.get(id);
        if (!t || seen.has(id)) continue;
        seen.add(id);
        ordered.push(t);
        if (id === h.id) ranges.set(id, h.ranges);
      }
      const g: NoteGroup[] = [
        {
          key: 'results',
          title: `${ordered.length} ${ordered.length === 1 ? 'result' : 'results'}`,
          threads: ordered,
        },
      ];
      return { groups: g, orphans: [] as NoteThread[], hits: ranges };
    }
    if (groupBy === 'time') {
      const live = visible.filter((t) => t.place.kind !== 'orphaned');
      return {
        groups: groupByTime(live, sessions),
        orphans: visible.filter((t) => t.place.kind === 'orphaned'),
        hits: undefined,
      };
    }
    return { ...groupByScene(visible, scenes), hits: undefined };
    // `visible` is derived from threads and filter.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- visible follows threads and filter
  }, [query, threads, filter, groupBy, sessions, scenes, notes]);

  const quoteOf = (t: NoteThread): string | undefined => {
    if (t.place.kind === 'range') return text.slice(t.place.start, t.place.end);
    return t.note.anchor?.exact;
  };

  let budget = limit;
  const total = groups.reduce((n, g) => n + g.threads.length, 0);
  const set = <K extends keyof NoteFilter>(k: K, v: string) =>
    setFilter((f) => ({ ...f, [k]: v || undefined }));

  return (
    <div className="notes-list">
      <div className="notes-filters">
        <input
          ref={search}
          type="search"
          aria-label="Search notes"
          placeholder="Search notes"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
        />
        <label>
          Group
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as 'scene' | 'time')}>
            <option value="scene">By scene</option>
            <option value="time">By time</option>
          </select>
        </label>
        <FilterSelect
          label="Session"
          value={filter.sessionId ?? ''}
          options={sessions.map((s) => ({ value: s.id, label: `${s.title} (${s.date})` }))}
          onChange={(v) => set('sessionId', v)}
        />
        <FilterSelect
          label="Speaker"
          value={filter.speaker ?? ''}
          options={facets.speakers.map((s) => ({ value: s, label: s }))}
          onChange={(v) => set('speaker', v)}
        />
        <FilterSelect
          label="Kind"
          value={filter.kind ?? ''}
          options={[...KIND_ORDER, 'note' as const].map((k) => ({ value: k, label: kindLabel(k) }))}
          onChange={(v) => set('kind', v)}
        />
        <FilterSelect
          label="Tag"
          value={filter.tag ?? ''}
          options={facets.tags.map((t) => ({ value: t, label: `#${t}` }))}
          onChange={(v) => set('tag', v)}
        />
        <FilterSelect
          label="Status"
          value={filter.status ?? 'all'}
          allValue="all"
          options={[
            { value: 'open', label: 'Open' },
            { value: 'resolved', label: 'Resolved' },
          ]}
          onChange={(v) => set('status', v)}
        />
      </div>
      {total === 0 && orphans.length === 0 ? (
        <p className="muted notes-empty">
          {notes.length === 0 ? 'No notes yet. Type one above and press Enter.' : 'No notes match.'}
        </p>
      ) : null}
      {groups.map((g) => {
        if (budget <= 0) return null;
        const shown = g.threads.slice(0, budget);
        budget -= shown.length;
        return (
          <section key={g.key} className="notes-group" aria-label={`${g.title}, ${g.threads.length} notes`}>
            <h2 className="notes-group-title">
              {g.title} <span className="muted">({g.threads.length})</span>
            </h2>
            {shown.map((t) => (
              <NoteThreadView
                key={t.note.id}
                thread={t}
                roster={roster}
                quote={quoteOf(t)}
                ranges={hits?.get(t.note.id)}
                actions={actions}
              />
            ))}
          </section>
        );
      })}
      {total > limit ? (
        <button
          type="button"
          className="button-secondary notes-more"
          onClick={() => setLimit((l) => l + STEP * 4)}
        >
          Show {Math.min(total - limit, STEP * 4)} more notes
        </button>
      ) : null}
      {orphans.length > 0 ? (
        <Section title={`Orphaned notes (${orphans.length})`}>
          <p className="muted notes-hint">
            These notes’ text is not in this revision. Select the new text in the Script view, then attach.
          </p>
          {orphans.map((t) => (
            <NoteThreadView
              key={t.note.id}
              thread={t}
              roster={roster}
              quote={t.note.anchor?.exact}
              actions={{ ...actions, onReattach }}
            />
          ))}
        </Section>
      ) : null}
    </div>
  );
});
