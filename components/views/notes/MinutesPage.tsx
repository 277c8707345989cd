// The printable minutes of a room session (a packaged page, never a window written from strings): decisions first,
// then the other notes, each grouped by scene in script order with kind, time and speaker. Text is shown as text.
import { useState } from 'react';
import { allRevisionsOf, getScript, getSession, sessionNotes } from '../../../lib/db';
import { storedLocks } from '../../../lib/db/locks';
import { revisionPagesOf } from '../../../lib/revision/pages';
import { sceneNumbers } from '../../../lib/script/scene-numbers';
import { kindLabel } from '../../../lib/notes/capture';
import {
  actionItems,
  byScene,
  clockTime,
  minutesMarkdown,
  type NoteExportRow,
} from '../../../lib/notes/export';
import type { SceneSpan } from '../../../lib/notes/group';
import { attendeeNames, exportRows } from './exports';
import { NoteText } from './NoteText';
import { useLive } from '../../platform/live';
import './minutes.css';

async function loadMinutes(sessionId: string) {
  const session = await getSession(sessionId);
  if (!session || session.deletedAt !== undefined) return null;
  const script = await getScript(session.scriptId);
  if (!script) return null;
  const revisions = (await allRevisionsOf(script.id)).filter((r) => r.deletedAt === undefined);
  const revision =
    revisions.find((r) => r.id === script.currentRevisionId) ??
    revisions.sort((a, b) => a.seq - b.seq).at(-1);
  if (!revision) return null;
  const notes = await sessionNotes(session.id);
  // The pages as they print, locked numbering kept, and the scenes numbered as those pages print them.
  const pages = revisionPagesOf(revision, revisions, script.settings, await storedLocks(revisions));
  const scenes: SceneSpan[] = sceneNumbers(revision.script, pages).map((s, index) => ({
    index,
    heading: s.heading,
    number: s.number,
    start: s.start,
    end: revision.script.elements[s.element].end,
  }));
  const rows = exportRows(notes, {
    scriptTitle: script.title,
    revision,
    pages,
    scenes,
    sessions: [session],
    roster: script.settings.roster ?? [],
  });
  // Attendees by name, as the room knows them.
  const named = { ...session, attendees: attendeeNames(session.attendees, script.settings.roster ?? []) };
  return { session: named, script, revision, rows };
}

function Part({ title, rows, all }: { title: string; rows: NoteExportRow[]; all: NoteExportRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {byScene(rows).map((g) => (
        <section key={g.scene} className="minutes-scene" aria-label={g.scene}>
          <h3>
            <NoteText text={g.scene} />
          </h3>
          <ul>
            {g.rows.map((r) => (
              <li key={r.id}>
                <span className="minutes-kind">{kindLabel(r.kind)}</span>{' '}
                <time>{clockTime(r.createdAt)}</time> {r.speaker ? <strong>{r.speaker}: </strong> : null}
                <NoteText text={r.text} />
                {r.resolved ? <span className="minutes-muted"> (resolved)</span> : null}
                {r.line ? (
                  <blockquote>
                    <NoteText text={r.line.replace(/\s+/g, ' ').slice(0, 200)} />
                    {r.page ? <span className="minutes-muted"> (p. {r.page})</span> : null}
                  </blockquote>
                ) : null}
                {all.some((x) => x.parentId === r.id) ? (
                  <ul>
                    {all
                      .filter((x) => x.parentId === r.id)
                      .map((x) => (
                        <li key={x.id}>
                          <time>{clockTime(x.createdAt)}</time>{' '}
                          {x.speaker ? <strong>{x.speaker}: </strong> : null}
                          <NoteText text={x.text} />
                        </li>
                      ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Decisions and to-dos, as a checklist to act on after the room. */
function ActionItems({ rows }: { rows: NoteExportRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-label="Action items">
      <h2>Action items</h2>
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            <strong>{kindLabel(r.kind)}</strong>
            {r.speaker ? (
              <>
                {' '}
                <NoteText text={r.speaker} />:
              </>
            ) : null}{' '}
            <NoteText text={r.text} />{' '}
            <span className="muted">
              (<NoteText text={r.scene} />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The minutes page for `?session=<id>`. */
export function MinutesPage({ search }: { search: string }) {
  const sessionId = new URLSearchParams(search).get('session') ?? '';
  const data = useLive(() => loadMinutes(sessionId), [sessionId]);
  const [copied, setCopied] = useState<string>('');
  if (data === undefined) return <p>Loading…</p>;
  if (data === null) return <p role="alert">This session is not stored (it may have been deleted).</p>;
  const { session, script, revision, rows } = data;
  const tops = rows.filter((r) => !r.parentId || !rows.some((p) => p.id === r.parentId));
  return (
    <main className="minutes">
      <div className="minutes-actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          onClick={() => {
            const md = minutesMarkdown(session, script.title, `${revision.color} ${revision.date}`, rows);
            navigator.clipboard.writeText(md).then(
              () => setCopied('Copied as Markdown.'),
              () => setCopied('The clipboard is not available here.'),
            );
          }}
        >
          Copy as Markdown
        </button>
        <span role="status">{copied}</span>
      </div>
      <h1>
        Minutes: <NoteText text={session.title} />
      </h1>
      <p>
        <NoteText text={script.title} /> ({revision.color} {revision.date}) · {session.date},{' '}
        {clockTime(session.startedAt)}
        {session.endedAt ? `–${clockTime(session.endedAt)}` : ' (running)'} · {tops.length} notes
      </p>
      {session.attendees.length ? (
        <p>
          Attendees: <NoteText text={session.attendees.join(', ')} />
        </p>
      ) : null}
      <ActionItems rows={actionItems(tops)} />
      <Part title="Decisions" rows={tops.filter((r) => r.kind === 'decision')} all={rows} />
      <Part title="Notes" rows={tops.filter((r) => r.kind !== 'decision')} all={rows} />
      {tops.length === 0 ? <p>No notes were taken in this session.</p> : null}
    </main>
  );
}
