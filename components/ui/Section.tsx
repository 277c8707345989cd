// A collapsible section of a view, like the panes inside VS Code's Explorer.
import { useId, useState, type ReactNode } from 'react';
import { Codicon } from './Codicon';

/** A titled section whose body the user can fold away; `actions` sit at the right of its header. */
export function Section({
  title,
  children,
  defaultOpen = true,
  actions,
}: {
  title: string;
  children: ReactNode;
  defaultOpen?: boolean;
  actions?: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section className={`section${open ? ' section-open' : ''}`} aria-label={title}>
      <div className="section-header">
        <button
          type="button"
          className="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          <Codicon name={open ? 'chevron-down' : 'chevron-right'} />
          <span>{title}</span>
        </button>
        {open && actions ? <div className="section-actions">{actions}</div> : null}
      </div>
      <div id={bodyId} className="section-body" hidden={!open}>
        {open ? children : null}
      </div>
    </section>
  );
}
