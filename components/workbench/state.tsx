// The workbench's UI state, shared by its parts: active view, outline visibility, the palette, notices, busy work,
// and the "current selection" in the script (offsets into script.text) that notes and flags act on.
// Stored data is not kept here: components read it live from IndexedDB.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { QuickPickItem } from '../../lib/commands/types';
import type { Notice } from '../ui/Notifications';
import { holdTypedKeys } from '../ui/typeahead';

/** A line in the laid-out script: page index and line index on that page. */
export interface LineRef {
  page: number;
  line: number;
}

/** What the user selected in the script view. */
export interface ScriptSelection {
  /** Offsets into script.text (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** First and last selected lines (anchor is where Shift-extension starts). */
  anchor: LineRef;
  cursor: LineRef;
}

/** A request to scroll the script view to a place; `nonce` makes repeated requests distinct. */
export interface RevealRequest {
  page?: number;
  offset?: number;
  /** Back to the line the cursor is on, with the keyboard focus on the script (Escape in the note box). */
  toCursor?: boolean;
  nonce: number;
}

/** What the palette is showing: commands/scenes/pages, a pick list for a command, or a text prompt. */
export type QuickInput =
  | { kind: 'palette'; value: string }
  | { kind: 'pick'; placeholder: string; items: QuickPickItem<unknown>[]; resolve: (v: unknown) => void }
  | { kind: 'input'; prompt: string; value: string; resolve: (v: string | undefined) => void };

/** Work the status bar shows with a spinner; `cancel` stops it. */
export interface BusyWork {
  id: number;
  label: string;
  cancel?: () => void;
  /** A question the work waits on, answered in the status bar (a side panel cannot use window.confirm). */
  question?: { message: string; confirm: string; answer(yes: boolean): void };
}

/** How far busy work is (a progress bar in the status bar): `done` of `total` `unit` ("37 of 122 pages"). */
export interface BusyProgress {
  done: number;
  total: number;
  unit: string;
}

/** What tracked work may tell the status bar while it runs. */
export interface BusyControl {
  /** `done` of `total` `unit` (default "pages"). Redrawn at most every PROGRESS_REDRAW_MS, and at the end. */
  progress(done: number, total: number, unit?: string): void;
  /** Shows `message` with `confirm` and Cancel buttons; resolves true for `confirm`. */
  ask(message: string, confirm: string): Promise<boolean>;
}

/**
 * Progress redraws at most this often: a PDF reports each page (a few milliseconds apart), and drawing each would
 * spend the panel's time on the very read it reports. Ten a second still looks continuous.
 */
export const PROGRESS_REDRAW_MS = 100;

interface WorkbenchState {
  activeView: string;
  setActiveView(id: string): void;
  outlineVisible: boolean;
  toggleOutline(): void;
  selection: ScriptSelection | null;
  setSelection(s: ScriptSelection | null): void;
  /** The scene (0-based among scenes) last selected, clicked or jumped to. */
  lastScene: number | undefined;
  setLastScene(i: number | undefined): void;
  reveal: RevealRequest | null;
  requestReveal(target: Omit<RevealRequest, 'nonce'>): void;
  /** The script view has done request `nonce`: a script view shown again later must not do it twice. */
  revealDone(nonce: number): void;
  quickInput: QuickInput | null;
  openQuickInput(q: QuickInput): void;
  closeQuickInput(): void;
  notices: Notice[];
  notify(message: string, severity?: Notice['severity']): void;
  dismiss(id: number): void;
  /** Background work in progress (reading, importing): the status bar shows a spinner while > 0. */
  busy: BusyWork[];
  /**
   * Runs `work`, showing `label` in the status bar meanwhile, with a Cancel button when `cancel` is given; `work`
   * reports progress and asks questions through the control it is given.
   */
  track<T>(label: string, work: (control: BusyControl) => Promise<T>, cancel?: () => void): Promise<T>;
  /**
   * The script this panel shows, chosen in this panel: undefined until the panel has settled on one, null when it
   * shows none. Each panel keeps its own, so reading or importing in one panel never switches another.
   */
  shownScriptId: string | null | undefined;
  setShownScriptId(id: string | null): void;
  /** Settles on `id` unless the panel has settled already (the tab it follows may have chosen first). */
  settleShownScriptId(id: string | null): void;
  /** Opens the import file chooser (registered by the workbench's hidden file input). */
  chooseFiles(): void;
  setFileChooser(open: () => void): void;
}

const Ctx = createContext<WorkbenchState | null>(null);

/**
 * Progress of busy work by id, in a context of its own: only the status bar's busy item reads it, so a progress
 * update redraws that item, not every part of the workbench that reads the workbench state.
 */
const ProgressCtx = createContext<ReadonlyMap<number, BusyProgress>>(new Map());

/** The progress busy work `id` last reported, if any. */
export function useBusyProgress(id: number): BusyProgress | undefined {
  return useContext(ProgressCtx).get(id);
}

/** Holds the workbench state for everything inside it. */
export function WorkbenchProvider({
  children,
  initialView = 'script',
}: {
  children: ReactNode;
  initialView?: string;
}) {
  const [activeView, setActiveView] = useState(initialView);
  const [outlineVisible, setOutlineVisible] = useState(true);
  const [selection, setSelection] = useState<ScriptSelection | null>(null);
  const [lastScene, setLastScene] = useState<number | undefined>(undefined);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [quickInput, setQuickInput] = useState<QuickInput | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [busy, setBusy] = useState<BusyWork[]>([]);
  const [progress, setProgress] = useState<ReadonlyMap<number, BusyProgress>>(new Map());
  const [shownScriptId, setShownScriptId] = useState<string | null | undefined>(undefined);
  const ids = useRef(0);
  const fileChooser = useRef<() => void>(() => {});

  const notify = useCallback((message: string, severity: Notice['severity'] = 'info') => {
    const id = ++ids.current;
    // The same message twice in a row is one notice: repeated failures must not bury the panel.
    setNotices((list) => [...list.filter((n) => n.message !== message), { id, message, severity }].slice(-4));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const track = useCallback(
    async <T,>(
      label: string,
      work: (control: BusyControl) => Promise<T>,
      cancel?: () => void,
    ): Promise<T> => {
      const id = ++ids.current;
      const update = (change: Partial<BusyWork>) =>
        setBusy((b) => b.map((w) => (w.id === id ? { ...w, ...change } : w)));
      let drawnAt = -Infinity;
      const control: BusyControl = {
        progress(done, total, unit = 'pages') {
          const now = performance.now();
          if (done < total && now - drawnAt < PROGRESS_REDRAW_MS) return;
          drawnAt = now;
          setProgress((m) => new Map(m).set(id, { done, total, unit }));
        },
        ask: (message, confirm) =>
          new Promise<boolean>((resolve) =>
            update({
              question: {
                message,
                confirm,
                answer: (yes) => {
                  update({ question: undefined });
                  resolve(yes);
                },
              },
            }),
          ),
      };
      setBusy((b) => [...b, { id, label, cancel }]);
      try {
        return await work(control);
      } finally {
        setBusy((b) => b.filter((w) => w.id !== id));
        setProgress((m) => {
          if (!m.has(id)) return m;
          const rest = new Map(m);
          rest.delete(id);
          return rest;
        });
      }
    },
    [],
  );
  const requestReveal = useCallback(
    (target: Omit<RevealRequest, 'nonce'>) => setReveal({ ...target, nonce: ++ids.current }),
    [],
  );
  const revealDone = useCallback((nonce: number) => setReveal((r) => (r?.nonce === nonce ? null : r)), []);

  const value = useMemo<WorkbenchState>(
    () => ({
      activeView,
      setActiveView,
      outlineVisible,
      toggleOutline: () => setOutlineVisible((v) => !v),
      selection,
      setSelection,
      lastScene,
      setLastScene,
      reveal,
      requestReveal,
      revealDone,
      quickInput,
      openQuickInput: (q: QuickInput) => {
        // The palette loads on first use: keys typed meanwhile go into its box (components/ui/typeahead.ts).
        holdTypedKeys();
        setQuickInput(q);
      },
      closeQuickInput: () => setQuickInput(null),
      notices,
      notify,
      dismiss,
      busy,
      track,
      shownScriptId,
      setShownScriptId,
      settleShownScriptId: (id) => setShownScriptId((cur) => (cur === undefined ? id : cur)),
      chooseFiles: () => fileChooser.current(),
      setFileChooser: (open) => {
        fileChooser.current = open;
      },
    }),
    [
      activeView,
      outlineVisible,
      selection,
      lastScene,
      reveal,
      requestReveal,
      revealDone,
      quickInput,
      notices,
      notify,
      dismiss,
      busy,
      track,
      shownScriptId,
    ],
  );
  return (
    <Ctx.Provider value={value}>
      <ProgressCtx.Provider value={progress}>{children}</ProgressCtx.Provider>
    </Ctx.Provider>
  );
}

/** The workbench state; throws outside a WorkbenchProvider. */
export function useWorkbench(): WorkbenchState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useWorkbench needs a <WorkbenchProvider>.');
  return s;
}
