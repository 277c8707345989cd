// Draws a view's declared empty state (components/views/types.ts): its sentence, its actions as buttons that run
// their commands, and a quieter hint.
import { getCommand } from '../../lib/commands/registry';
import { Codicon } from '../ui/Codicon';
import type { EmptyState, EmptyStateAction } from '../views/types';
import { useCommands } from './commandContext';

/** The empty state `state` of a view. */
export function EmptyStateView({ state }: { state: EmptyState }) {
  const { run } = useCommands();
  const button = (a: EmptyStateAction) => {
    const command = getCommand(a.command);
    return (
      <button
        key={a.command}
        type="button"
        className={a.primary ? 'button-primary' : 'button-secondary'}
        onClick={() => command && void run(command)}
      >
        {a.codicon ? <Codicon name={a.codicon} /> : null}
        {a.codicon ? ' ' : ''}
        {a.label}
      </button>
    );
  };
  const actions = state.actions ?? [];
  const primary = actions.filter((a) => a.primary);
  const secondary = actions.filter((a) => !a.primary);
  return (
    <div className="welcome">
      <p className={actions.length ? undefined : 'muted'}>{state.message}</p>
      {primary.map(button)}
      {secondary.length ? <div className="welcome-secondary">{secondary.map(button)}</div> : null}
      {state.hint ? <p className="muted">{state.hint}</p> : null}
    </div>
  );
}
