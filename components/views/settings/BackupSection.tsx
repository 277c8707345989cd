// Settings > Backup & restore: save everything (or the open script) to a JSON file, restore one by merging or
// replacing, a reminder when the last backup is old, and the warning that uninstalling erases the data.
import { useId, useState, type FormEvent } from 'react';
import { BACKUP_LIMITS, backupReminder } from '../../../lib/backup';
import { hasStoredScripts, now } from '../../../lib/db';
import {
  exportBackup,
  lastBackupAt,
  previewRestore,
  recordBackupSaved,
  restoreBackup,
  salvageBackup,
  type RestorePreview,
  type RestoreResult,
} from '../../../lib/db/backup';
import { saveBackupFile } from '../../ui/save-backup';
import { Section } from '../../ui/Section';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { useLive } from '../../platform/live';
import { errorSentence } from '../../../lib/error-sentence';

type RestoreMode = 'merge' | 'replace';

/** One choice of how to restore, as a radio button of the "When restoring" group. */
function RestoreModeOption({
  value,
  mode,
  onChoose,
  children,
}: {
  value: RestoreMode;
  mode: RestoreMode;
  onChoose(mode: RestoreMode): void;
  children: string;
}) {
  return (
    <label className="radio">
      <input type="radio" name="restore-mode" checked={mode === value} onChange={() => onChoose(value)} />
      {children}
    </label>
  );
}

function restoredSentence(r: RestoreResult): string {
  const what = r.scope.kind === 'all' ? 'the backup' : `"${r.scope.title}"`;
  const migrated = r.migratedFrom !== undefined ? ` (updated from an older version)` : '';
  if (r.mode === 'replace') return `Restored ${what}${migrated}: ${r.counts.added} records.`;
  return `Merged ${what}${migrated}: ${r.counts.added} added, ${r.counts.updated} updated, ${r.counts.deleted} deleted, ${r.counts.kept} already up to date.`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Adds 3 records, changes 1, deletes 2." — what the restore will do, before it runs. */
function previewSentence(p: RestorePreview): string {
  const { added, updated, deleted, kept } = p.counts;
  const parts = [`adds ${plural(added, 'record')}`, `changes ${updated}`, `deletes ${deleted}`];
  const same = kept ? `; ${kept} already up to date` : '';
  return `This restore ${parts.join(', ')}${same}.`;
}

const CHANGE_WORDS = {
  added: 'added',
  changed: 'changed',
  deleted: 'deleted',
  replaced: 'replaced',
} as const;

/** The Backup & restore section of Settings. */
export function BackupSection() {
  const wb = useWorkbench();
  const { open } = useOpenScript();
  const fileId = useId();
  const [file, setFile] = useState<File | undefined>();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ text: string; preview: RestorePreview } | undefined>();
  // The preview shown was worked out for the other mode: choosing a mode drops it.
  const chooseMode = (m: RestoreMode) => {
    setMode(m);
    setPending(undefined);
  };
  const last = useLive(() => lastBackupAt(), []);
  const hasData = useLive(() => hasStoredScripts(), []);
  const reminder =
    last === undefined && hasData === undefined ? undefined : backupReminder(last, now(), !!hasData);

  async function save(scriptId?: string) {
    setBusy(true);
    try {
      saveBackupFile(await exportBackup({ scriptId }));
      if (!scriptId) await recordBackupSaved();
      wb.notify(
        scriptId
          ? 'The script backup was saved to your downloads.'
          : 'The backup was saved to your downloads.',
      );
    } catch (e) {
      wb.notify(errorSentence(e, 'The backup could not be made.'), 'error');
      try {
        // The database may be unreadable in part: save whatever can be read rather than nothing.
        const salvage = await salvageBackup();
        saveBackupFile(salvage.backup);
        wb.notify(
          salvage.unreadable.length
            ? `Saved what could be read; these could not: ${salvage.unreadable.join(', ')}.`
            : 'Saved what could be read.',
        );
      } catch {
        // Nothing more can be read; the error above already says so.
      }
    } finally {
      setBusy(false);
    }
  }

  /** First step: read and check the file, and show what the restore will do. Nothing is written yet. */
  async function review(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    if (file.size > BACKUP_LIMITS.chars) {
      const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
      wb.notify(
        `The file is too large for a backup (${mb(file.size)}; the limit is ${mb(BACKUP_LIMITS.chars)}). Nothing was changed.`,
        'error',
      );
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      setPending({ text, preview: await previewRestore(text, mode) });
    } catch (err) {
      wb.notify(errorSentence(err, 'The backup could not be restored. Nothing was changed.'), 'error');
    } finally {
      setBusy(false);
    }
  }

  /** Second step, after the user has read the preview. */
  async function confirm() {
    if (!pending) return;
    setBusy(true);
    try {
      const before = await lastBackupAt();
      const r = await restoreBackup(pending.text, pending.preview.mode);
      // A restore rewrites the settings, the time of the last backup with them. Everything here now being the file
      // just restored, a backup of it exists; a merge or one script's restore keeps the time known before.
      if (r.mode === 'replace' && r.scope.kind === 'all') await recordBackupSaved();
      else if (before !== undefined && before !== (await lastBackupAt())) await recordBackupSaved(before);
      wb.notify(restoredSentence(r));
      setPending(undefined);
    } catch (err) {
      wb.notify(errorSentence(err, 'The backup could not be restored. Nothing was changed.'), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Backup & restore">
      <p className="setting-row">
        Uninstalling Scriptside erases everything it stored. Save a backup to keep your scripts, notes and
        flags.
      </p>
      {reminder ? (
        <p className="setting-row backup-reminder" role="status">
          {reminder}
        </p>
      ) : null}
      <div className="setting-row inline-form">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void save()}>
          Save backup of everything
        </button>
        {open ? (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => void save(open.record.id)}
          >
            Save backup of this script
          </button>
        ) : null}
      </div>
      <form className="setting-row" onSubmit={(e) => void review(e)} aria-label="Restore a backup">
        <label htmlFor={fileId}>Backup file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setPending(undefined);
          }}
        />
        <fieldset className="setting-row">
          <legend>When restoring</legend>
          <RestoreModeOption value="merge" mode={mode} onChoose={chooseMode}>
            Merge: keep what is here, add the backup's records, the newer edit wins
          </RestoreModeOption>
          <RestoreModeOption value="replace" mode={mode} onChoose={chooseMode}>
            Replace what the backup covers
          </RestoreModeOption>
        </fieldset>
        <button type="submit" className="button-secondary" disabled={!file || busy}>
          Restore backup
        </button>
      </form>
      {pending ? (
        <div className="setting-row restore-preview" role="group" aria-label="What the restore will do">
          <p>
            {pending.preview.scope.kind === 'all'
              ? 'A backup of everything'
              : `A backup of "${pending.preview.scope.title}"`}
            {pending.preview.migratedFrom !== undefined ? ' (from an older version)' : ''}.{' '}
            {previewSentence(pending.preview)}
          </p>
          {pending.preview.scripts.length ? (
            <ul aria-label="Scripts it touches">
              {pending.preview.scripts.map((c) => (
                <li key={c.id} className={c.change === 'deleted' ? 'restore-deletes' : undefined}>
                  {`"${c.title}": ${CHANGE_WORDS[c.change]}`}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="inline-form">
            <button type="button" className="button-primary" disabled={busy} onClick={() => void confirm()}>
              {pending.preview.mode === 'replace' ? 'Confirm: replace' : 'Confirm: merge'}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => setPending(undefined)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </Section>
  );
}
