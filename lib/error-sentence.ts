// One way to turn whatever was thrown into a sentence for the user. The engine's errors (ScriptError, StorageError,
// FlagError, BackupError, ...) carry a sentence written for the user already; anything else, or an error without a
// message, gets the caller's fallback sentence rather than a bare "TypeError".

/** The fallback when the caller has no better sentence for what failed. */
export const SOMETHING_WENT_WRONG = 'Something went wrong, and nothing was changed.';

/** The sentence to show for `e`: its own message when it has one, else `fallback`. */
export function errorSentence(e: unknown, fallback: string = SOMETHING_WENT_WRONG): string {
  return e instanceof Error && e.message ? e.message : fallback;
}
