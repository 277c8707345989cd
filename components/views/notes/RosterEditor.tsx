// The room roster of a script: people with initials (typed as "@JS"), name and role; add and remove.
import { useState } from 'react';
import type { RosterMember } from '../../../lib/db';
import { rosterProblem } from '../../../lib/notes/capture';
import { IconButton } from '../../ui/IconButton';
import { setRoster } from './store';

/** Lists the roster with Remove buttons and a form to add a person. */
export function RosterEditor({
  scriptId,
  roster,
  onError,
}: {
  scriptId: string;
  roster: RosterMember[];
  onError(m: string): void;
}) {
  const [initials, setInitials] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <div className="roster">
      {roster.length === 0 ? <p className="muted">No one yet. Add the people in the room.</p> : null}
      <ul className="roster-list">
        {roster.map((m) => (
          <li key={m.initials}>
            <span className="chip">{m.initials}</span> <bdi>{m.name}</bdi>
            {m.role ? <span className="muted"> · {m.role}</span> : null}
            <IconButton
              icon="close"
              label={`Remove ${m.name}`}
              onClick={() =>
                setRoster(
                  scriptId,
                  roster.filter((x) => x !== m),
                ).catch((e: Error) => onError(e.message))
              }
            />
          </li>
        ))}
      </ul>
      <form
        className="inline-form roster-form"
        aria-label="Add a person"
        onSubmit={(e) => {
          e.preventDefault();
          const member: RosterMember = {
            initials: initials.trim().toUpperCase(),
            name: name.trim(),
            ...(role.trim() ? { role: role.trim() } : {}),
          };
          const p = rosterProblem(roster, member);
          setProblem(p);
          if (p) return;
          setRoster(scriptId, [...roster, member])
            .then(() => {
              setInitials('');
              setName('');
              setRole('');
            })
            .catch((err: Error) => onError(err.message));
        }}
      >
        <input
          aria-label="Initials"
          placeholder="JS"
          size={4}
          value={initials}
          onChange={(e) => setInitials(e.target.value)}
        />
        <input aria-label="Name" placeholder="Name" value={name} onChange={(e) => setName(e.target.value)} />
        <input aria-label="Role" placeholder="Role" value={role} onChange={(e) => setRole(e.target.value)} />
        <button type="submit" className="button-secondary">
          Add
        </button>
      </form>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
