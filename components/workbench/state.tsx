// The workbench's UI state, shared by its parts: active view, outline visibility, the palette, notices, busy work,
// and the "current selection" in the script (offsets into script.text) that notes and flags act on.
// Stored data is not kept here: components read it live from IndexedDB.
// Each part is a context of its own, and the functions that change them one more that never changes: a component
// redraws only when what it shows changes (a new selection redraws the script lines, not the notices or the shell).
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type Context,
  type ReactNode,
} from 'react';
import type { QuickPickItem } from '../../lib/commands/types';
import type { Notice } from '../ui/Notifications';
import { holdTypedKeys } from '../ui/typeahead';
import { ViewsProvider } from './views';

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

/** What the palette is showing: commands/scenes/pages, a pick list for a command, or a text prompt. */
export type QuickInput =
  | { kind: 'palette'; value: string }
  | { kind: 'pick'; placeholder: string; items: QuickPickItem<unknown>[]; resolve: (v: unknown) => void }
  | {
      kind: 'input';
      prompt: string;
      value: string;
      resolve: (v: string | undefined) => void;
      /** A sentence saying what is wrong with `value`, shown under the box; undefined accepts it. */
      validate?: (value: string) => string | undefined | Promise<string | undefined>;
    };

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

/** A value outside React that components subscribe to: reading it in a callback redraws nothing. */
interface ValueStore<T> {
  get(): T;
  set(next: T | ((current: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const v = typeof next === 'function' ? (next as (current: T) => T)(value) : next;
      if (Object.is(v, value)) return;
      value = v;
      for (const l of listeners) l();
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/**
 * What changes the workbench state. The object never changes, so a component that only notifies, switches views or
 * tracks work is not redrawn by any change of state; the getters read the latest value without subscribing.
 */
export interface WorkbenchControls {
  setActiveView(id: string): void;
  toggleOutline(): void;
  setSelection(s: ScriptSelection | null): void;
  /** The selection now, for an action (components that show it use `useSelection`). */
  getSelection(): ScriptSelection | null;
  /** The scene (0-based among scenes) last selected, clicked or jumped to. */
  setLastScene(i: number | undefined): void;
  /** The scene last touched now, for an action (components that show it use `useLastScene`). */
  getLastScene(): number | undefined;
  openQuickInput(q: QuickInput): void;
  closeQuickInput(): void;
  notify(message: string, severity?: Notice['severity']): void;
  dismiss(id: number): void;
  /**
   * Runs `work`, showing `label` in the status bar meanwhile, with a Cancel button when `cancel` is given; `work`
   * reports progress and asks questions through the control it is given.
   */
  track<T>(label: string, work: (control: BusyControl) => Promise<T>, cancel?: () => void): Promise<T>;
  setShownScriptId(id: string | null): void;
  /** Settles on `id` unless the panel has settled already (the tab it follows may have chosen first). */
  settleShownScriptId(id: string | null): void;
  /** Opens the import file chooser (registered by the workbench's hidden file input). */
  chooseFiles(): void;
  setFileChooser(open: () => void): void;
}

/** Which view shows, and whether the Script view shows its outline. */
export interface ViewState {
  activeView: string;
  outlineVisible: boolean;
}

const ControlsCtx = createContext<WorkbenchControls | null>(null);
const ViewCtx = createContext<ViewState>({ activeView: 'script', outlineVisible: true });
const NoticesCtx = createContext<Notice[]>([]);
const BusyCtx = createContext<BusyWork[]>([]);
const QuickInputCtx = createContext<QuickInput | null>(null);
/**
 * The script this panel shows, chosen in this panel: undefined until the panel has settled on one, null when it shows
 * none. Each panel keeps its own, so reading or importing in one panel never switches another.
 */
const ShownScriptCtx = createContext<string | null | undefined>(undefined);
const SelectionCtx = createContext<ValueStore<ScriptSelection | null> | null>(null);
const LastSceneCtx = createContext<ValueStore<number | undefined> | null>(null);

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
  const [selection] = useState(() => createValueStore<ScriptSelection | null>(null));
  const [lastScene] = useState(() => createValueStore<number | undefined>(undefined));
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

  // Built once: every member is a state setter, a stable callback, a store or a ref.
  const controls = useMemo<WorkbenchControls>(
    () => ({
      setActiveView,
      toggleOutline: () => setOutlineVisible((v) => !v),
      setSelection: selection.set,
      getSelection: selection.get,
      setLastScene: lastScene.set,
      getLastScene: lastScene.get,
      openQuickInput: (q: QuickInput) => {
        // The palette loads on first use: keys typed meanwhile go into its box (components/ui/typeahead.ts).
        holdTypedKeys();
        setQuickInput(q);
      },
      closeQuickInput: () => setQuickInput(null),
      notify,
      dismiss: (id) => setNotices((list) => list.filter((n) => n.id !== id)),
      track,
      setShownScriptId,
      settleShownScriptId: (id) => setShownScriptId((cur) => (cur === undefined ? id : cur)),
      chooseFiles: () => fileChooser.current(),
      setFileChooser: (open) => {
        fileChooser.current = open;
      },
    }),
    [selection, lastScene, notify, track],
  );
  const view = useMemo(() => ({ activeView, outlineVisible }), [activeView, outlineVisible]);
  return (
    <ControlsCtx.Provider value={controls}>
      <ViewCtx.Provider value={view}>
        <SelectionCtx.Provider value={selection}>
          <LastSceneCtx.Provider value={lastScene}>
            <NoticesCtx.Provider value={notices}>
              <BusyCtx.Provider value={busy}>
                <ProgressCtx.Provider value={progress}>
                  <QuickInputCtx.Provider value={quickInput}>
                    <ShownScriptCtx.Provider value={shownScriptId}>
                      <ViewsProvider show={setActiveView}>{children}</ViewsProvider>
                    </ShownScriptCtx.Provider>
                  </QuickInputCtx.Provider>
                </ProgressCtx.Provider>
              </BusyCtx.Provider>
            </NoticesCtx.Provider>
          </LastSceneCtx.Provider>
        </SelectionCtx.Provider>
      </ViewCtx.Provider>
    </ControlsCtx.Provider>
  );
}

/** What changes the workbench state (never redraws the caller); throws outside a WorkbenchProvider. */
export function useWorkbench(): WorkbenchControls {
  const s = useContext(ControlsCtx);
  if (!s) throw new Error('useWorkbench needs a <WorkbenchProvider>.');
  return s;
}

/** The active view and the outline's visibility. */
export function useViewState(): ViewState {
  return useContext(ViewCtx);
}

function useStore<T>(ctx: Context<ValueStore<T> | null>): T {
  const store = useContext(ctx);
  if (!store) throw new Error('The selection needs a <WorkbenchProvider>.');
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The current selection in the script; the caller redraws when it changes. */
export function useSelection(): ScriptSelection | null {
  return useStore(SelectionCtx);
}

/** The scene last selected, clicked or jumped to; the caller redraws when it changes. */
export function useLastScene(): number | undefined {
  return useStore(LastSceneCtx);
}

/** The notices shown at the top of the panel. */
export function useNotices(): Notice[] {
  return useContext(NoticesCtx);
}

/** Background work in progress (reading, importing): the status bar shows a spinner while there is any. */
export function useBusy(): BusyWork[] {
  return useContext(BusyCtx);
}

/** What the palette shows, or null when it is closed. */
export function useQuickInput(): QuickInput | null {
  return useContext(QuickInputCtx);
}

/** The script this panel shows (undefined until settled, null for none). */
export function useShownScriptId(): string | null | undefined {
  return useContext(ShownScriptCtx);
}
