// What a command may ask of each view, by view id: the one typed way from a command to a view (VS Code's ViewAction
// and runInView). A view implements its handle while it is mounted; commands reach it through `ViewRunner`.
// Plain TypeScript, no DOM: the workbench supplies the runner, tests a fake.

/** Where the Script view should go. */
export interface RevealTarget {
  /** Page index (0-based) to scroll to; its first line is selected. */
  page?: number;
  /** Offset into script.text: the line holding it is selected and scrolled to the top. */
  offset?: number;
  /** Back to the line the cursor is on, with the keyboard focus on the script (Escape in the note box). */
  toCursor?: boolean;
}

/** The Script view's pages, while they are shown. */
export interface ScriptViewHandle {
  /** Scrolls to `target` and selects there. */
  reveal(target: RevealTarget): void;
  /** Opens or closes the note thread on the cursor line; a sentence for the user when there is none to show. */
  toggleThreadAtCursor(): string | undefined;
}

/** The Notes view of the open script. */
export interface NotesViewHandle {
  /** The cursor in the capture box (keys typed while the view loaded go into it). */
  focusCapture(): void;
  /** The cursor in the search box, once the list has loaded. */
  focusSearch(): void;
  /** Starts a room session (asking its title) or stops the running one. */
  toggleSession(): void;
  /** Text selected in a page tab becomes the next note's anchor. */
  noteOnQuote(quote: string): void;
  exportCsv(): void;
  exportMinutes(): Promise<void>;
  printMinutes(): void;
}

/** What a change command asks of the diff on screen. */
export type ChangeStep = 'next' | 'previous' | 'list';

/** The Revisions view's comparison, while a diff is shown. */
export interface RevisionsViewHandle {
  /** Moves to the next or previous change, or opens the accessible list of changes. */
  stepChanges(step: ChangeStep): void;
}

/** Each view that commands act on, with its handle. */
export interface ViewHandles {
  script: ScriptViewHandle;
  notes: NotesViewHandle;
  revisions: RevisionsViewHandle;
}

/** Ids of the views commands can act on. */
export type HandledViewId = keyof ViewHandles;

/** How `ViewRunner.run` brings the view forward. */
export interface RunInViewOptions {
  /**
   * Show the view now (default). False leaves the user where they are: the action runs at once if the view is
   * showing, else when the user next shows it (a flag chosen in Fact-check is where the Script view opens).
   */
  show?: boolean;
  /** The action puts the keyboard focus in the view: keys typed while the view loads are kept for it. */
  focus?: boolean;
}

/** The one way commands (and views) act on a view. */
export interface ViewRunner {
  /**
   * Runs `action` on view `id`: at once if it is mounted, else once it has mounted (it is opened unless
   * `options.show` is false). Each action runs exactly once.
   */
  run<K extends HandledViewId>(
    id: K,
    action: (view: ViewHandles[K]) => void,
    options?: RunInViewOptions,
  ): void;
  /** The handle of view `id` if it is mounted now (nothing is opened). */
  shown<K extends HandledViewId>(id: K): ViewHandles[K] | undefined;
}

/** The sentence shown when a change command runs with no diff on screen. */
export const NO_DIFF_MESSAGE = 'Open Revisions and compare two drafts to step through their changes.';

/** The sentence shown when "Show Thread for Line" runs while the Script view shows no pages. */
export const NO_PAGES_FOR_THREAD =
  'Open the Script view and put the cursor on a line with a note marker to show its thread.';
