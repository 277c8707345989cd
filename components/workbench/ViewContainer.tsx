// The view container: a title row (view name and its actions as icon buttons) above the active view, or above the
// view's declared empty state while no script is open.
import { formatKey } from '../../lib/commands/key-chords';
import { getCommand } from '../../lib/commands/registry';
import { ErrorBoundary, ViewFailed } from '../ui/ErrorBoundary';
import { IconButton } from '../ui/IconButton';
import type { ViewDefinition } from '../views/types';
import { viewPanelId } from './ActivityBar';
import { isMac } from './keybindings';
import { useCommands } from './commandContext';
import { EmptyStateView } from './EmptyState';
import { useOpenScript } from './openScript';

/** Shows `view` in a tab panel labelled by its tab. */
export function ViewContainer({ view }: { view: ViewDefinition }) {
  const { ctx, run } = useCommands();
  const View = view.component;
  const { loading, open } = useOpenScript();
  // While storage opens the view itself shows (it may start loading what it will need).
  const empty = view.empty && !loading && !open ? view.empty : null;
  const mac = isMac();
  return (
    <div
      className="view-container"
      role="tabpanel"
      id={viewPanelId(view.id)}
      aria-labelledby={`tab-${view.id}`}
    >
      <div className="view-title">
        <h1>{view.title}</h1>
        <div className="view-actions" role="toolbar" aria-label={`${view.title} actions`}>
          {(view.actions ?? []).map((id) => {
            const command = getCommand(id);
            if (!command) return null;
            return (
              <IconButton
                key={id}
                icon={command.icon ?? 'symbol-event'}
                label={command.title.replace(/…$/, '')}
                keybinding={command.key ? formatKey(command.key, mac) : undefined}
                disabled={command.enabled ? !command.enabled(ctx) : false}
                onClick={() => void run(command)}
              />
            );
          })}
        </div>
      </div>
      <div className="view-body">
        <ErrorBoundary
          resetKey={view.id}
          fallback={(error, retry) => <ViewFailed title={view.title} error={error} retry={retry} />}
        >
          {empty ? <EmptyStateView state={empty} /> : <View />}
        </ErrorBoundary>
      </div>
    </div>
  );
}
