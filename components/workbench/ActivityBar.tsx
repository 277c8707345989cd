// The activity bar: one tab per registered view (icon, tooltip, badge), arrow keys move between them.
import { useRef, type KeyboardEvent } from 'react';
import { Codicon } from '../ui/Codicon';
import type { ViewDefinition } from '../views/types';

/** Id of the tab panel a view's tab controls. */
export function viewPanelId(viewId: string): string {
  return `view-panel-${viewId}`;
}

function Badge({ view }: { view: ViewDefinition }) {
  const count = view.useBadge?.();
  return count ? (
    <span className="badge" aria-hidden="true">
      {count > 99 ? '99+' : count}
    </span>
  ) : null;
}

/** A vertical tablist; selection follows focus, as in VS Code. */
export function ActivityBar({
  views,
  active,
  onSelect,
}: {
  views: readonly ViewDefinition[];
  active: string;
  onSelect: (id: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  function onKeyDown(e: KeyboardEvent) {
    const i = views.findIndex((v) => v.id === active);
    const next: Record<string, number> = {
      ArrowDown: (i + 1) % views.length,
      ArrowRight: (i + 1) % views.length,
      ArrowUp: (i - 1 + views.length) % views.length,
      ArrowLeft: (i - 1 + views.length) % views.length,
      Home: 0,
      End: views.length - 1,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    const view = views[next[e.key]];
    onSelect(view.id);
    ref.current?.querySelector<HTMLElement>(`#tab-${view.id}`)?.focus();
  }
  return (
    <nav className="activity-bar" aria-label="Activity bar">
      <div role="tablist" aria-label="Views" aria-orientation="vertical" ref={ref} onKeyDown={onKeyDown}>
        {views.map((v) => (
          <button
            key={v.id}
            id={`tab-${v.id}`}
            type="button"
            role="tab"
            aria-selected={v.id === active}
            aria-controls={viewPanelId(v.id)}
            aria-label={v.title}
            title={v.title}
            tabIndex={v.id === active ? 0 : -1}
            className={`activity-tab${v.id === active ? ' active' : ''}`}
            onClick={() => onSelect(v.id)}
          >
            <Codicon name={v.codicon} />
            <Badge view={v} />
          </button>
        ))}
      </div>
    </nav>
  );
}
