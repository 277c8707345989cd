// Keys typed between a shortcut and the box it opens existing are kept and handed to that box: the Notes view
// (Ctrl+Alt+F, Ctrl+Alt+N) and the command palette (F1, Ctrl+Shift+P) load on first use, and a PA types straight
// after the shortcut. Nothing typed is lost.

/** How long keys are held for a box that never appears (the view failed to load): then they go where they would. */
const HOLD_MS = 3000;

let held = '';
let holding = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function editable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function onKeyDown(e: KeyboardEvent) {
  // A box already has the focus: it takes the keys itself.
  if (editable(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key.length === 1) held += e.key;
  else if (e.key === 'Backspace') held = held.slice(0, -1);
  else return;
  e.preventDefault();
  e.stopPropagation();
}

/** Starts keeping typed characters (until `releaseTypedKeys`, or HOLD_MS). */
export function holdTypedKeys(): void {
  if (typeof window === 'undefined') return;
  clearTimeout(timer);
  if (!holding) {
    holding = true;
    held = '';
    window.addEventListener('keydown', onKeyDown, true);
  }
  timer = setTimeout(releaseTypedKeys, HOLD_MS);
}

/** Stops keeping keys and returns what was typed meanwhile ('' when nothing was held). */
export function releaseTypedKeys(): string {
  clearTimeout(timer);
  if (!holding) return '';
  holding = false;
  window.removeEventListener('keydown', onKeyDown, true);
  const typed = held;
  held = '';
  return typed;
}
