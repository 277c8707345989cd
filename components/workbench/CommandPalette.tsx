// The command palette (Ctrl+Shift+P, F1): a combobox and a listbox, keyboard-only from open to run.
// It also serves commands that ask for a choice (quick pick) or a line of text (input box), as VS Code's does.
import Fuse from 'fuse.js';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatKey, spokenKey } from '../../lib/commands/key-chords';
import { COMMANDS } from '../../lib/commands/registry';
import { Highlighted } from '../ui/Highlighted';
import { releaseTypedKeys } from '../ui/typeahead';
import { useWorkbenchActions } from './actions';
import { useCommands } from './commandContext';
import { isMac } from './keybindings';
import { useOpenScript } from './openScript';
import { commandItems, pageItems, parsePaletteValue, sceneItems, type PaletteItem } from './paletteItems';
import { useWorkbench, type QuickInput } from './state';

const PLACEHOLDERS = {
  '>': 'Type a command (@ for scenes, : for pages)',
  '@': 'Type a scene number or words of its heading',
  ':': 'Type a page number',
};

/** The open palette; the workbench renders it while a quick input is requested. */
export function CommandPalette({ input }: { input: QuickInput }) {
  const wb = useWorkbench();
  const { run, ctx, recent } = useCommands();
  const actions = useWorkbenchActions();
  const { open } = useOpenScript();
  const [value, setValue] = useState(input.kind === 'pick' ? '' : input.value);
  const [active, setActive] = useState(0);
  /** What the input box's validation said of the value last confirmed. */
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const mac = isMac();
  const returnFocus = useRef<Element | null>(null);

  useLayoutEffect(() => {
    returnFocus.current = document.activeElement;
    inputRef.current?.focus();
    // Give focus back to where the user was, as VS Code does when its palette closes.
    return () => {
      const el = returnFocus.current;
      if (el instanceof HTMLElement && el.isConnected) el.focus();
    };
  }, []);

  // A new request (e.g. a command asking for a choice) starts from its own value, plus what was typed before the
  // palette existed. A layout effect, run in the same task as the focus above: a key arriving between the focus and
  // a later effect would go into the box natively and then be overwritten by the held keys.
  useLayoutEffect(() => {
    setValue((input.kind === 'pick' ? '' : input.value) + releaseTypedKeys());
    setActive(0);
    setProblem(undefined);
    inputRef.current?.focus();
  }, [input]);

  const items: PaletteItem[] = useMemo(() => {
    const finish = (fn: () => void) => () => {
      wb.closeQuickInput();
      fn();
    };
    if (input.kind === 'input') return [];
    if (input.kind === 'pick') {
      const q = value.trim();
      const rows = q
        ? new Fuse(input.items, {
            keys: ['label'],
            includeMatches: true,
            threshold: 0.4,
            ignoreLocation: true,
          })
            .search(q)
            .map((r) => ({ item: r.item, ranges: r.matches?.[0]?.indices }))
        : input.items.map((item) => ({ item, ranges: undefined }));
      return rows.map(({ item, ranges }, i) => ({
        id: `pick-${i}`,
        label: item.label,
        ranges,
        description: item.description,
        run: finish(() => input.resolve(item.value)),
      }));
    }
    const { mode, query } = parsePaletteValue(value);
    if (mode === '@')
      return sceneItems(open?.scenes ?? [], query, (s) => finish(() => actions.revealScene(s.index))());
    if (mode === ':')
      return pageItems(open?.pages ?? [], query, (p) => finish(() => actions.revealPage(p))());
    return commandItems(COMMANDS, ctx, recent, query, (c) => finish(() => void run(c, 'palette'))());
  }, [input, value, open, ctx, recent, run, actions, wb]);

  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  function cancel() {
    if (input.kind !== 'palette') input.resolve(undefined);
    wb.closeQuickInput();
  }

  /** Enter in the input box: the value goes to the command unless its validation has something to say. */
  async function confirm(box: Extract<QuickInput, { kind: 'input' }>) {
    let said: string | undefined;
    try {
      said = box.validate ? await box.validate(value) : undefined;
    } catch (e) {
      said = e instanceof Error && e.message ? e.message : 'That could not be checked. Try again.';
    }
    if (said) {
      setProblem(said);
      return;
    }
    box.resolve(value);
    wb.closeQuickInput();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (input.kind === 'input') void confirm(input);
      else items[activeIndex]?.run();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % items.length);
    }
  }

  const mode = input.kind === 'palette' ? parsePaletteValue(value).mode : null;
  const placeholder =
    input.kind === 'pick'
      ? input.placeholder
      : input.kind === 'input'
        ? input.prompt
        : PLACEHOLDERS[mode ?? '>'];
  const optionId = (i: number) => `${listId}-o${i}`;
  const isInput = input.kind === 'input';

  return (
    <div
      className="palette"
      role="dialog"
      aria-label={isInput ? input.prompt : 'Command palette'}
      onBlur={(e) => {
        // Clicking elsewhere closes the palette, as in VS Code.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== null) cancel();
      }}
    >
      <input
        ref={inputRef}
        className="palette-input"
        value={value}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(e) => {
          setValue(e.target.value);
          setActive(0);
          setProblem(undefined);
        }}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
        {...(isInput
          ? {}
          : {
              role: 'combobox',
              'aria-expanded': true,
              'aria-controls': listId,
              'aria-autocomplete': 'list' as const,
              'aria-activedescendant': items.length ? optionId(activeIndex) : undefined,
            })}
      />
      {isInput ? (
        <>
          {problem ? (
            <p className="palette-problem" role="alert">
              {problem}
            </p>
          ) : null}
          <p className="palette-hint">Press Enter to confirm or Escape to cancel.</p>
        </>
      ) : (
        <ul className="palette-list" role="listbox" id={listId} aria-label="Results" ref={listRef}>
          {items.map((item, i) => {
            const key = item.keybinding;
            const name = [item.label, item.description, key && `keybinding ${spokenKey(key, mac)}`]
              .filter(Boolean)
              .join(', ');
            return (
              <li
                key={item.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                aria-label={name}
                className={`palette-item${i === activeIndex ? ' active' : ''}${item.group ? ' palette-group-start' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => i !== activeIndex && setActive(i)}
                onClick={() => item.run()}
              >
                <span className="palette-label">
                  <Highlighted text={item.label} ranges={item.ranges} />
                </span>
                {item.description ? <span className="palette-description">{item.description}</span> : null}
                {item.group ? <span className="palette-group">{item.group}</span> : null}
                {key ? <kbd className="palette-key">{formatKey(key, mac)}</kbd> : null}
              </li>
            );
          })}
          {items.length === 0 ? (
            <li className="palette-empty" role="option" aria-selected="false" aria-disabled="true">
              {mode === ':'
                ? 'No page with that number'
                : mode === '@'
                  ? 'No matching scene'
                  : 'No matching commands'}
            </li>
          ) : null}
        </ul>
      )}
    </div>
  );
}
