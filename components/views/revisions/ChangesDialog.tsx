// The accessible list of changes (F7, as VS Code's accessible diff viewer): a dialog with a listbox whose options
// read each change as a sentence. Arrow keys move, Enter goes to the change, Escape closes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  sentences: string[];
  /** Index into `sentences` to start on. */
  initial: number;
  onChoose(index: number): void;
  onClose(): void;
}

/** A modal list of every change; focus moves into it on open and back to the caller's element on close. */
export function ChangesDialog({ sentences, initial, onChoose, onClose }: Props) {
  const [active, setActive] = useState(Math.max(0, Math.min(initial, sentences.length - 1)));
  const listRef = useRef<HTMLUListElement>(null);
  const titleId = useId();
  const idBase = useId();
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    listRef.current?.focus();
    return () => before?.focus?.();
  }, []);
  useEffect(() => {
    document.getElementById(`${idBase}-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, idBase]);

  function onKeyDown(e: KeyboardEvent) {
    const last = sentences.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: last,
      PageDown: active + 10,
      PageUp: active - 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(last, moves[e.key])));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (sentences.length) onChoose(active);
    } else if (e.key === 'Escape' || e.key === 'F7') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  }

  return (
    <div className="changes-dialog-backdrop" onClick={onClose}>
      <div
        className="changes-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id={titleId}>
          {sentences.length} {sentences.length === 1 ? 'change' : 'changes'}
        </h2>
        <p className="muted">Arrow keys to move, Enter to go to a change, Escape to close.</p>
        <ul
          ref={listRef}
          role="listbox"
          aria-label="Changes"
          tabIndex={0}
          aria-activedescendant={sentences.length ? `${idBase}-${active}` : undefined}
          onKeyDown={onKeyDown}
        >
          {sentences.map((s, i) => (
            <li
              key={i}
              id={`${idBase}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onClick={() => onChoose(i)}
            >
              {s}
            </li>
          ))}
        </ul>
        <button type="button" className="button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
