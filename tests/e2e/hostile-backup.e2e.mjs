// A crafted backup cannot blank the panel (issue: hostile files, pages and backups). A backup whose draft has a null
// element, a far-future time and a current-script setting pointing at it is refused whole; after a reload the panel
// works and the data is there. A record damaged in storage itself (not through a restore) shows as a sentence, and
// Settings > Backup & restore still saves everything.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { check } from './harness.mjs';

async function openDemo(panel) {
  await panel.getByRole('button', { name: 'Open the demo script' }).click();
  await panel.getByText('Scenes').first().waitFor({ timeout: 15_000 });
}

async function backupSection(panel) {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  return panel.getByRole('region', { name: 'Backup & restore' });
}

export default (test) => {
  test('a crafted backup is refused with a sentence; after a reload the panel works and nothing is lost', async (h) => {
    const panel = await h.openPanel();
    await openDemo(panel);
    const section = await backupSection(panel);
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      section.getByRole('button', { name: 'Save backup of everything' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const revisionsBefore = await h.stored('revisions');
    const script = backup.tables.scripts[0];
    backup.tables.revisions[0].script.elements.push(null);
    script.updatedAt = 8.64e15;
    backup.tables.settings.push({ key: 'ui.currentScriptId', value: script.id, updatedAt: 8.64e15 });
    const file = join(tmpdir(), `crafted-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(backup));
    await section.getByLabel('Backup file').setInputFiles(file);
    await section.getByRole('button', { name: 'Restore backup' }).click();
    const alert = panel.getByRole('alert').filter({ hasText: 'This backup is damaged' });
    await alert.waitFor({ timeout: 10_000 });
    check(
      /is not an element\. Nothing was changed\.$/.test(await alert.textContent()),
      'names the bad record',
    );
    check(
      (await section.getByRole('group', { name: 'What the restore will do' }).count()) === 0,
      'no preview',
    );
    await h.screenshot(panel, 'hostile-backup-refused');
    await panel.reload();
    await panel.getByText('Scenes').first().waitFor({ timeout: 15_000 });
    check(
      JSON.stringify(await h.stored('revisions')) === JSON.stringify(revisionsBefore),
      'drafts unchanged after the refused restore',
    );
    await panel.close();
  });

  test('a draft damaged in storage shows a sentence; Settings still saves a backup of everything', async (h) => {
    const panel = await h.openPanel();
    if ((await panel.getByRole('button', { name: 'Open the demo script' }).count()) > 0)
      await openDemo(panel);
    const ext = await h.extensionPage();
    await ext.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('scriptside');
          req.onsuccess = () => {
            const tx = req.result.transaction('revisions', 'readwrite');
            const store = tx.objectStore('revisions');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const r of all.result)
                store.put({ ...r, script: { ...r.script, elements: [null] }, pages: [null] });
            };
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await panel.reload();
    const problem = panel.getByRole('alert').filter({ hasText: 'This draft is damaged' });
    await problem.waitFor({ timeout: 15_000 });
    check((await panel.getByRole('tab', { name: 'Script' }).count()) === 1, 'the workbench is up');
    await h.screenshot(panel, 'hostile-damaged-draft');
    const section = await backupSection(panel);
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      section.getByRole('button', { name: 'Save backup of everything' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    check(saved.tables.revisions.length >= 1, 'the backup holds the drafts, damaged one included');
    await panel.close();
  });
};
