// Global keyboard shortcuts: every command's key (and alternative keys) from the registry runs it.
import { useEffect, useRef } from 'react';
import { matchesKey } from '../../lib/commands/key-chords';
import { COMMANDS } from '../../lib/commands/registry';
import type { Command } from '../../lib/commands/types';

/** Listens on the window for the registry's keybindings while mounted. */
export function useKeybindings(run: (c: Command, from: 'key') => void): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    const mac = isMac();
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      const typing =
        !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      for (const command of COMMANDS) {
        const keys = [command.key, ...(command.altKeys ?? [])].filter((k): k is string => !!k);
        const hit = keys.find((k) => matchesKey(k, e, mac));
        if (!hit) continue;
        // While typing, only chords with Ctrl/Cmd or a function key act; plain keys belong to the text field.
        if (typing && !/^(ctrl|cmd)\+|^F\d+$/i.test(hit)) return;
        e.preventDefault();
        runRef.current(command, 'key');
        return;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Whether keybindings should be shown the macOS way. */
export function isMac(): boolean {
  return (
    typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}
