// The sentence a failed notes action shows, whatever was thrown.

/** The error's own sentence, or a general one saying nothing was changed. */
export function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Something went wrong, and nothing was changed.';
}
