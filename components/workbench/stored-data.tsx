// The panel's side of lib/db/stored-mark: at start-up it compares the mark kept outside IndexedDB with the database,
// keeps the mark up to date while scripts are stored, and, when the browser dropped the database, says so plainly
// (the scripts are gone, why, and that the last backup file brings them back) instead of greeting a new user.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  checkStoredData,
  forgetMark,
  keepMark,
  storedSummary,
  type MarkArea,
  type StoredDataState,
  type StoredMark,
} from '../../lib/db/stored-mark';
import { errorSentence } from '../../lib/error-sentence';
import { whenIdle } from '../platform/idle';
import { useLive } from '../platform/live';
import { usePlatform } from './platform';
import { useWorkbench } from './state';

/** What the panel knows about a loss: the mark that says what was stored, while nothing has come back. */
export interface StoredDataLoss {
  lost: StoredMark | undefined;
  startAfresh(): Promise<void>;
}

/**
 * Runs the start-up check on `area` (none: no check) once `ready` (the panel's first screen is up, and the panel is
 * idle: the check must not compete with the first screen's reads), and keeps the mark while the panel is open.
 */
export function useStoredDataCheck(area: MarkArea | undefined, ready = true): StoredDataLoss {
  const [started, setStarted] = useState<StoredDataState | undefined>(undefined);
  const mark = useRef<StoredMark | undefined>(undefined);
  const due = !!area && ready;
  useEffect(() => {
    if (!area || !due) return;
    let live = true;
    const cancel = whenIdle(() => {
      void checkStoredData(area).then(
        (r) => {
          mark.current = r.mark;
          if (live) setStarted(r.state);
        },
        // The database itself failing is reported by the panel's own start-up; the check stays out of the way.
        () => live && setStarted({ kind: 'kept' }),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [area, due]);
  const checked = started !== undefined;
  const held = useLive(() => (checked ? storedSummary() : undefined), [checked]);
  const startedAs = started?.kind;
  useEffect(() => {
    if (!area || !startedAs || !held) return;
    // When the panel is idle: a change (a page read, a restore) is shown first, the mark kept after.
    return whenIdle(() => {
      void keepMark(area, mark.current, held, startedAs).then((m) => {
        mark.current = m;
      });
    });
  }, [area, startedAs, held]);
  const startAfresh = useCallback(async () => {
    if (area) await forgetMark(area);
    mark.current = undefined;
    setStarted({ kind: 'fresh' });
  }, [area]);
  const lost = started?.kind === 'lost' && held?.scripts === 0 ? started.mark : undefined;
  return { lost, startAfresh };
}

function dateOf(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The sentence the notice shows for a loss. */
export function lossSentence(mark: StoredMark): string {
  const what =
    mark.scripts === 1 ? 'the script and its notes' : `the ${mark.scripts} scripts and their notes`;
  const backup =
    mark.lastBackupAt !== undefined
      ? `Restore your last backup file (saved on ${dateOf(mark.lastBackupAt)}) in Settings, Backup & restore.`
      : 'No backup was saved from this browser; if you have a backup file, restore it in Settings, Backup & restore.';
  return (
    `Your stored scripts are gone: the browser found Scriptside's storage damaged (this can happen when the ` +
    `browser or the computer stops suddenly) and deleted it, with ${what} stored here. ` +
    `Scriptside cannot bring them back by itself. ${backup}`
  );
}

/** The loss notice: stays until a backup brings scripts back or the user chooses to start afresh. */
export function StoredDataLost({ ready = true }: { ready?: boolean }) {
  const platform = usePlatform();
  const wb = useWorkbench();
  const { lost, startAfresh } = useStoredDataCheck(platform.storedMark, ready);
  if (!lost) return null;
  return (
    <div className="notifications">
      <div
        className="notification notification-error notification-stacked"
        role="alert"
        aria-label="Stored scripts lost"
      >
        <span className="notification-message">{lossSentence(lost)}</span>
        <button type="button" className="button-primary" onClick={() => wb.setActiveView('settings')}>
          Restore a backup
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void startAfresh().catch((e: unknown) =>
              wb.notify(errorSentence(e, 'The notice could not be put away.'), 'error'),
            )
          }
        >
          Start afresh
        </button>
      </div>
    </div>
  );
}
