// The activity bar: one tab per registered view (icon, tooltip, badge), arrow keys move between them.
import { useRef, type KeyboardEvent } from 'react';
import { Codicon } from '../ui/Codicon';
import type { ViewDefinition } from '../views/types';

/** What the activity bar draws of a view. */
type TabView = Pick<ViewDefinition, 'id' | 'title' | 'codicon' | 'useBadge'>;

/** Id of the tab panel a view's tab controls. */
export function viewPanelId(viewId: string): string {
  return `view-panel-${viewId}`;
}

/** The badge text a view's tab shows ("3", "99+"), or undefined for none. */
function useBadgeText(view: TabView): string | undefined {
  const count = view.useBadge?.();
  return count ? (count > 99 ? '99+' : String(count)) : undefined;
}

/** One tab; its accessible name carries the visible badge number ("Print queue 2"), so speech matches the screen. */
function Tab({
  view,
  selected,
  onSelect,
}: {
  view: TabView;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const badge = useBadgeText(view);
  return (
    <button
      id={`tab-${view.id}`}
      type="button"
      role="tab"
      aria-selected={selected}
      aria-controls={viewPanelId(view.id)}
      aria-label={badge ? `${view.title} ${badge}` : view.title}
      title={view.title}
      tabIndex={selected ? 0 : -1}
      className={`activity-tab${selected ? ' active' : ''}`}
      onClick={() => onSelect(view.id)}
    >
      <Codicon name={view.codicon} />
      {badge && (
        <span className="badge" aria-hidden="true">
          {badge}
        </span>
      )}
    </button>
  );
}

/** A vertical tablist; selection follows focus, as in VS Code. */
export function ActivityBar({
  views,
  active,
  onSelect,
}: {
  views: readonly TabView[];
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
          <Tab key={v.id} view={v} selected={v.id === active} onSelect={onSelect} />
        ))}
      </div>
    </nav>
  );
}
