// Where the panel keeps lib/db/stored-mark's mark: the extension's storage.local, which lives apart from IndexedDB
// (Chromium keeps it in its own store), so it is still there when the browser drops a damaged IndexedDB.
import { browser } from 'wxt/browser';
import type { MarkArea, StoredMark } from '../../lib/db/stored-mark';

/** The storage.local key of the mark. */
export const STORED_MARK_KEY = 'storage.storedData';

/** The mark's area in storage.local. */
export const storedMarkArea: MarkArea = {
  async get() {
    return (await browser.storage.local.get(STORED_MARK_KEY))[STORED_MARK_KEY];
  },
  async set(mark: StoredMark) {
    await browser.storage.local.set({ [STORED_MARK_KEY]: mark });
  },
  async remove() {
    await browser.storage.local.remove(STORED_MARK_KEY);
  },
};
