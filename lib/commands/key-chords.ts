// Keybindings as written in commands ("Ctrl+Shift+P"): matching a key press, and showing them the platform's way.
// "Ctrl" means Cmd on macOS, as in VS Code, so one binding serves both.

/** The parts of a keyboard event a binding is matched against (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The physical key ("KeyP", "Digit1"), when known. */
  code?: string;
}

interface Chord {
  primary: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(binding: string): Chord {
  const parts = binding.split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    primary: mods.has('ctrl') || mods.has('cmd'),
    shift: mods.has('shift'),
    alt: mods.has('alt'),
    key,
  };
}

/** Does this key press trigger the binding? `mac` decides whether Cmd or Ctrl is the primary modifier. */
export function matchesKey(binding: string, press: KeyPress, mac: boolean): boolean {
  const chord = parse(binding);
  const primary = mac ? press.metaKey : press.ctrlKey;
  const other = mac ? press.ctrlKey : press.metaKey;
  if (chord.primary !== primary || other || chord.shift !== press.shiftKey || chord.alt !== press.altKey)
    return false;
  // Shift and Alt change `key` ("P" vs "p", "∏" on macOS with Option), so compare case-blind and, for letters and
  // digits, also accept the physical key.
  if (press.key.toLowerCase() === chord.key.toLowerCase()) return true;
  if (!press.code || chord.key.length !== 1) return false;
  return press.code === `Key${chord.key.toUpperCase()}` || press.code === `Digit${chord.key}`;
}

/** The binding as shown to the user: "Ctrl+Shift+P" on Windows and Linux, "⇧⌘P" on macOS. */
export function formatKey(binding: string, mac: boolean): string {
  const c = parse(binding);
  if (mac) return `${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.primary ? '⌘' : ''}${c.key}`;
  return [c.primary && 'Ctrl', c.shift && 'Shift', c.alt && 'Alt', c.key].filter(Boolean).join('+');
}

/** The binding spelled out for a screen reader: "Control Shift P", "Command Shift P". */
export function spokenKey(binding: string, mac: boolean): string {
  const c = parse(binding);
  const names = [
    c.primary && (mac ? 'Command' : 'Control'),
    c.shift && 'Shift',
    c.alt && (mac ? 'Option' : 'Alt'),
    c.key,
  ];
  return names.filter(Boolean).join(' ');
}
