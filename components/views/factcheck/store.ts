// The Fact-check view's live reads (flags, dismissed suggestions) over lib/db, and the flag and suggestion writes it
// uses, which live in lib/db (flags.ts, dismissed-suggestions.ts): this file only makes them live for React.
import { useRef, useState } from 'react';
import { addFlag, scriptFlags, type FlagRecord } from '../../../lib/db';
import { setFlagStatus, updateFlag } from '../../../lib/db/flag-edits';
import {
  dismissedKeys,
  dismissedList,
  dismissSuggestion,
  restoreSuggestion,
} from '../../../lib/db/dismissed-suggestions';
import { useLive } from '../../platform/live';

export { addFlag, dismissSuggestion, restoreSuggestion, setFlagStatus, updateFlag };

function readScriptFlags(scriptId: string | undefined): Promise<FlagRecord[]> {
  return scriptId ? scriptFlags(scriptId) : Promise.resolve([]);
}

/** A script's flags that are not deleted (undefined while loading). */
export function useScriptFlags(scriptId: string | undefined): FlagRecord[] | undefined {
  const live = useLive(() => readScriptFlags(scriptId), [scriptId]);
  // The live query subscribes in an effect, after the view's first frame is painted; a plain read started while
  // rendering answers sooner, and the live result replaces it as soon as it arrives.
  const [first, setFirst] = useState<{ scriptId: string | undefined; flags: FlagRecord[] }>();
  const started = useRef<string | undefined | null>(null);
  if (started.current !== scriptId) {
    started.current = scriptId;
    readScriptFlags(scriptId).then(
      (flags) => setFirst({ scriptId, flags }),
      () => undefined, // the live query reports storage failures
    );
  }
  return live ?? (first && first.scriptId === scriptId ? first.flags : undefined);
}

// The count lives apart so the badge and status bar load without the workflow and suggestion engine.
export { useOpenFlagCount } from './count';

/** Keys of suggestions the user dismissed for a script. */
export function useDismissedKeys(scriptId: string | undefined): Set<string> | undefined {
  return useLive(() => (scriptId ? dismissedKeys(scriptId) : new Set<string>()), [scriptId]);
}

/** The script's dismissed suggestions (id and item key), most recent first; undefined while loading. */
export function useDismissedList(scriptId: string | undefined): { id: string; key: string }[] | undefined {
  return useLive(() => (scriptId ? dismissedList(scriptId) : []), [scriptId]);
}
