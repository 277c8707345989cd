// Which flags still need work: the one answer the Fact-check badge, the status bar, the margin and the workflow share.
// Apart from the workflow engine so the panel's first load can count open flags without loading it.

import type { FlagStatus } from './types';

/** Statuses that still need work from the checker: these are the "open flags" the badge and status bar count. */
export const OPEN_STATUSES: readonly FlagStatus[] = ['open', 'researching'];

/** True when the flag still needs research (open or researching). */
export function isOpen(status: FlagStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
