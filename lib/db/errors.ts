// Storage failures as typed errors carrying a sentence the panel can show as it is.

export type StorageErrorCode = 'quota' | 'blocked' | 'newer' | 'versionchange' | 'failed' | 'not_found';

const MESSAGES: Record<StorageErrorCode, string> = {
  quota: 'Storage is full - nothing was saved.',
  blocked:
    'Scriptside is open in another window with an older version. Close other Scriptside windows, then try again.',
  newer: 'This Scriptside is older than the data it stored. Update the extension; nothing was changed.',
  versionchange: 'Scriptside was updated in another window. Reload this panel to continue.',
  failed: 'Scriptside could not open its storage. Nothing was deleted; try restarting the browser.',
  not_found: 'That script is no longer stored.',
};

/** A storage failure with `message` written for the user. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message = MESSAGES[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

function names(e: unknown): string[] {
  const out: string[] = [];
  // Dexie wraps the DOMException (AbortError -> inner QuotaExceededError), so walk the chain.
  let cur: unknown = e;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    cur = o.inner ?? o.cause;
  }
  return out;
}

/** Maps whatever IndexedDB or Dexie threw to a StorageError (a StorageError passes through unchanged). */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const n = names(e);
  if (n.includes('QuotaExceededError')) return new StorageError('quota', undefined, { cause: e });
  if (n.includes('VersionError')) return new StorageError('newer', undefined, { cause: e });
  if (n.includes('DatabaseClosedError') && String((e as Error)?.message).includes('versionchange')) {
    return new StorageError('versionchange', undefined, { cause: e });
  }
  return new StorageError('failed', undefined, { cause: e });
}
