// What the user changes on a stored revision: its colour and date, locking it (page and scene numbers kept from
// then on), the script's colour sequence, and which revision the panel shows.

import { nextRevisionColor, WGA_COLOR_SEQUENCE } from '../revision';
import { lockDraft } from '../script/locking';
import { db } from './database';
import { StorageError, toStorageError } from './errors';
import { now } from './ids';
import { getRevisions } from './scripts';
import { revisionPagesOf } from '../revision/pages';
import { storedLocks } from './locks';
import { settings } from './settings';
import type { RevisionRecord, ScriptRecord } from './schema';

async function write(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Sets a revision's colour name ("Blue", "Second Pink", a show's own "Tan"). An empty name is refused. */
export async function setRevisionColor(revisionId: string, color: string): Promise<void> {
  const clean = color.trim().replace(/\s+/g, ' ');
  if (!clean) throw new RangeError('A revision needs a colour name.');
  if (clean.length > 40) throw new RangeError('A colour name is at most 40 characters.');
  await write(async () => {
    if ((await db.revisions.update(revisionId, { color: clean, updatedAt: now() })) === 0) {
      throw new StorageError('not_found');
    }
  });
}

/** Sets a revision's date (ISO yyyy-mm-dd, a real calendar day). */
export async function setRevisionDate(revisionId: string, date: string): Promise<void> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
  if (!m || !d || d.getMonth() !== Number(m[2]) - 1 || d.getDate() !== Number(m[3])) {
    throw new RangeError('Enter the date as a calendar day (yyyy-mm-dd).');
  }
  await write(async () => {
    if ((await db.revisions.update(revisionId, { date, updatedAt: now() })) === 0)
      throw new StorageError('not_found');
  });
}

/**
 * Locks a revision: its pages as laid out now (honouring any earlier lock) are stored with it, with the lock
 * (`lockDraft`) later drafts are paginated with. A PDF keeps its own pages. One transaction: all or nothing.
 */
export async function lockRevision(revisionId: string): Promise<void> {
  await write(() =>
    db.transaction('rw', db.scripts, db.revisions, db.settings, async () => {
      const revision = await db.revisions.get(revisionId);
      if (!revision || revision.deletedAt !== undefined) throw new StorageError('not_found');
      if (revision.locked) return;
      const script = await db.scripts.get(revision.scriptId);
      if (!script) throw new StorageError('not_found');
      const all = await getRevisions(revision.scriptId);
      const pages = revisionPagesOf(
        { ...revision, locked: false },
        all,
        script.settings,
        await storedLocks(all),
      );
      const t = now();
      await db.revisions.update(revisionId, { locked: true, pages, updatedAt: t });
      if (!revision.script.pages?.length) {
        await settings.revisionLock(revisionId).set(lockDraft(revision.script, pages));
      }
    }),
  );
}

/** Unlocks a revision locked by mistake: later drafts are laid out freely again (its pages stay stored). */
export async function unlockRevision(revisionId: string): Promise<void> {
  await write(() =>
    db.transaction('rw', db.revisions, db.settings, async () => {
      if ((await db.revisions.update(revisionId, { locked: false, updatedAt: now() })) === 0) {
        throw new StorageError('not_found');
      }
      await settings.revisionLock(revisionId).remove();
    }),
  );
}

/** Sets the script's revision colour order (the WGA order when `sequence` is empty after trimming). */
export async function setColorSequence(scriptId: string, sequence: readonly string[]): Promise<string[]> {
  const clean = sequence.map((c) => c.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const next = clean.length > 0 ? clean : [...WGA_COLOR_SEQUENCE];
  await write(async () => {
    const script = await db.scripts.get(scriptId);
    if (!script) throw new StorageError('not_found');
    await db.scripts.update(scriptId, {
      settings: { ...script.settings, colorSequence: next },
      updatedAt: now(),
    });
  });
  return next;
}

/** The colour the next stored revision will get: the one after the newest revision's colour in the sequence. */
export function suggestedNextColor(
  script: Pick<ScriptRecord, 'settings'>,
  revisions: readonly RevisionRecord[],
): string {
  const seq = script.settings.colorSequence.length ? script.settings.colorSequence : WGA_COLOR_SEQUENCE;
  return nextRevisionColor(seq, revisions.at(-1)?.color);
}

/** Makes `revisionId` the revision the panel shows for its script (going back to an older draft, say). */
export async function showRevision(scriptId: string, revisionId: string): Promise<void> {
  await write(async () => {
    if ((await db.scripts.update(scriptId, { currentRevisionId: revisionId, updatedAt: now() })) === 0) {
      throw new StorageError('not_found');
    }
  });
}
