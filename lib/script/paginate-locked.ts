// `paginate` as the rest of Scriptside calls it: plain layout, or, once a draft is locked, the locked draft's page and
// scene numbers kept (A-pages, ranges, OMITTED) by lib/script/locking.

import { applyLock, type ApplyLockOptions, type PageLock } from './locking';
import type { Page, Script } from './model';
import { paginate as layoutPages, type PaginateOptions as LayoutOptions } from './paginate';

export interface PaginateOptions extends Omit<LayoutOptions, 'lock'> {
  /** The lock of the last locked draft (`lockDraft`): keeps its page and scene numbers. */
  lock?: PageLock;
  /** How inserted pages and scenes are labelled once locked (default 'letters': 10A, 10B, ..., 10AA). */
  insertScheme?: ApplyLockOptions['insertScheme'];
}

/** The pages of a script in order; a PDF's own pages as they are; with `lock`, locked numbering. */
export function paginate(script: Script, options: PaginateOptions = {}): Page[] {
  const pages = layoutPages(script, options);
  if (!options.lock || script.pages) return pages;
  return applyLock(script, pages, options.lock, {
    insertScheme: options.insertScheme,
    paper: options.paper,
    indents: options.indents,
  }).pages;
}
