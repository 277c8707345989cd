// @vitest-environment jsdom
// Settings > Backup & restore as a user drives it: save a backup, restore it (merge), refuse a hostile file with a
// literal message, the reminder and the uninstall warning.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../lib/db';
import { recordBackupSaved } from '../../../../lib/db/backup';
import { clearDb, fakeLayout, renderWorkbench, storeScript, LATE_EDITION } from '../../helpers';
import { parseFountain } from '../../../../lib/script/fountain';

let saved: { blob: Blob; name: string }[] = [];

beforeEach(async () => {
  fakeLayout();
  await clearDb();
  saved = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    saved.push({ blob: b, name: '' });
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.at(-1)!.name = this.download;
  });
});
afterEach(() => vi.restoreAllMocks());

async function openBackupSection() {
  const user = userEvent.setup();
  renderWorkbench();
  await user.click(await screen.findByRole('tab', { name: 'Settings' }));
  const section = await screen.findByRole('region', { name: 'Backup & restore' });
  return { user, section };
}

describe('Backup & restore in Settings', () => {
  it('warns that uninstalling erases data and reminds when no backup was ever saved', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    const { section } = await openBackupSection();
    expect(
      within(section).getByText(/Uninstalling Scriptside erases everything/),
      'uninstall warning',
    ).toBeVisible();
    expect(await within(section).findByRole('status'), 'reminder').toHaveTextContent(/never saved a backup/);
  });

  it('no reminder right after a backup', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    await recordBackupSaved(Date.now());
    const { section } = await openBackupSection();
    await within(section).findByRole('button', { name: 'Save backup of everything' });
    await new Promise((r) => setTimeout(r, 100));
    expect(within(section).queryByRole('status'), 'no reminder').toBeNull();
  });

  it('saves a backup file, and restoring it by merge after a deletion brings the note back', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    const scriptId = (await db.scripts.toArray())[0].id;
    const revisionId = (await db.revisions.toArray())[0].id;
    await db.notes.put({
      id: 'n1',
      createdAt: 1,
      updatedAt: 1,
      scriptId,
      revisionId,
      placements: {},
      text: '<img src=x onerror=alert(1)>',
      kind: 'note',
      tags: [],
      resolved: false,
    });
    const { user, section } = await openBackupSection();
    await user.click(within(section).getByRole('button', { name: 'Save backup of everything' }));
    await vi.waitFor(() => expect(saved.length, 'a file was saved').toBe(1));
    expect(saved[0].name, 'file name').toMatch(/^scriptside-backup-\d{4}-\d\d-\d\d\.json$/);
    const text = await saved[0].blob.text();
    expect(text, 'the hostile note is in the file as text').toContain('<img src=x onerror=alert(1)>');
    await vi.waitFor(async () =>
      expect(await db.settings.get('backup.lastExportedAt'), 'time remembered').toBeDefined(),
    );

    await db.notes.delete('n1');
    await user.upload(
      within(section).getByLabelText('Backup file'),
      new File([text], 'b.json', { type: 'application/json' }),
    );
    expect(within(section).getByRole('radio', { name: /^Merge/ }), 'merge is the default').toBeChecked();
    await user.click(within(section).getByRole('button', { name: 'Restore backup' }));
    const preview = await within(section).findByRole('group', { name: 'What the restore will do' });
    expect(preview, 'says what it will do before it does it').toHaveTextContent(
      /This restore adds 1 record, changes 0, deletes 0/,
    );
    expect(await db.notes.get('n1'), 'nothing written before the confirmation').toBeUndefined();
    await user.click(within(preview).getByRole('button', { name: 'Confirm: merge' }));
    await vi.waitFor(() =>
      expect(document.querySelector('.notifications')?.textContent ?? '', 'the result is announced').toMatch(
        /Merged the backup: 1 added/,
      ),
    );
    expect((await db.notes.get('n1'))?.text, 'the note is back, literally').toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('after restoring (replacing everything) it does not say a backup was never saved', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    const { user, section } = await openBackupSection();
    await user.click(within(section).getByRole('button', { name: 'Save backup of everything' }));
    await vi.waitFor(() => expect(saved.length, 'a file was saved').toBe(1));
    await vi.waitFor(async () =>
      expect(await db.settings.get('backup.lastExportedAt'), 'time remembered').toBeDefined(),
    );
    const text = await saved[0].blob.text();
    await user.upload(
      within(section).getByLabelText('Backup file'),
      new File([text], 'b.json', { type: 'application/json' }),
    );
    await user.click(within(section).getByRole('radio', { name: /^Replace/ }));
    await user.click(within(section).getByRole('button', { name: 'Restore backup' }));
    await user.click(await within(section).findByRole('button', { name: 'Confirm: replace' }));
    await vi.waitFor(() =>
      expect(document.querySelector('.notifications')?.textContent ?? '', 'the restore is announced').toMatch(
        /Restored the backup/,
      ),
    );
    await vi.waitFor(async () =>
      expect(
        await db.settings.get('backup.lastExportedAt'),
        'the data here is the backup file just restored: a backup exists',
      ).toBeDefined(),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(
      within(section).queryByText(/never saved a backup/),
      'no "never saved a backup" right after a restore',
    ).toBeNull();
  });

  it('a damaged backup is refused with its reason shown as text, and nothing changes', async () => {
    await storeScript(parseFountain(LATE_EDITION));
    const before = await db.scripts.toArray();
    const { user, section } = await openBackupSection();
    const bad =
      '{"format":"scriptside-backup","schemaVersion":1,"exportedAt":1,"scope":{"kind":"all"},"tables":{"<b>x</b>":[]}}';
    await user.upload(within(section).getByLabelText('Backup file'), new File([bad], 'bad.json'));
    await user.click(within(section).getByRole('radio', { name: /^Replace/ }));
    await user.click(within(section).getByRole('button', { name: 'Restore backup' }));
    const alert = await screen.findByRole('alert');
    expect(alert, 'the reason, with the table name as literal text').toHaveTextContent(
      'This backup is damaged: it has an unknown table "<b>x</b>". Nothing was changed.',
    );
    expect(alert.querySelector('b'), 'no markup from the file').toBeNull();
    expect(await db.scripts.toArray(), 'nothing changed').toEqual(before);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const { user, section } = await openBackupSection();
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    await user.upload(within(section).getByLabelText('Backup file'), file);
    await user.click(within(section).getByRole('button', { name: 'Restore backup' }));
    expect(await screen.findByRole('alert'), 'says why').toHaveTextContent(/too large for a backup \(300 MB/);
    expect(read, 'the file was not read').not.toHaveBeenCalled();
  });
});
