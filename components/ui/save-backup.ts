// Saves a backup as its .json file in the user's downloads: the one way Settings and the panel's last-resort error
// screen hand a backup over.
import { backupFileName, encodeBackup, type Backup } from '../../lib/backup/format';
import { download } from './download';

/** Offers `backup` as a download under its dated file name. */
export function saveBackupFile(backup: Backup): void {
  download(encodeBackup(backup), backupFileName(backup), 'application/json;charset=utf-8');
}
