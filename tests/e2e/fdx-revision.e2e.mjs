// A Final Draft file that carries its own revision marks (the real equivocation FDX, served from the corpus): imported
// as a first draft it keeps its revision set as label, shows its asterisks and the set name in the Script view, and its
// marked pages are offered as the revised pages in the print queue.
import { check, waitFor } from './harness.mjs';

const FDX = '/corpus/realworld/fdx/equivocation.seattle-rep.finaldraft.fdx';

function importInput(panel) {
  return panel.locator('input[type="file"][aria-label="Import a script"]').first();
}

export default (test) => {
  let markedLabels = [];

  test(
    'imports the equivocation FDX: its revision set names the draft, its marked lines carry asterisks in the Script view',
    async (h) => {
      const res = await fetch(h.url(FDX));
      check(res.ok, `the harness serves the corpus FDX (${res.status})`);
      const buffer = Buffer.from(await res.arrayBuffer());
      const panel = await h.openPanel();
      await importInput(panel).setInputFiles({
        name: 'equivocation.seattle-rep.finaldraft.fdx',
        mimeType: 'application/xml',
        buffer,
      });
      const [rev] = await waitFor(
        async () => {
          const all = await h.stored('revisions');
          return all.length === 1 ? all : undefined;
        },
        20_000,
        'the FDX stored as one revision',
      );
      check(rev.label === 'Final', `label from the active revision set: ${rev.label}`);
      check(rev.script.revision?.name === 'Final', 'the revision set kept in the stored script');
      markedLabels = rev.pages.filter((p) => p.lines.some((l) => l.marked)).map((p) => p.label);
      check(markedLabels.length > 3, `stored pages with asterisks: ${markedLabels.join(', ')}`);
      const cues = rev.script.elements.filter((e) => e.type === 'character');
      check(
        cues.every((c) => c.text === c.text.toUpperCase()),
        'every cue in capitals, as Final Draft prints them',
      );

      // The status bar shows the draft's colour (the set "Final" gives none of its own, so the first colour).
      await panel
        .getByRole('contentinfo', { name: 'Status' })
        .getByText(new RegExp(`^${rev.color} `))
        .waitFor({ timeout: 10_000 });
      // Go to the first marked page; its header names the revision set and its changed lines carry an asterisk.
      const lines = panel.getByRole('listbox', { name: 'Script lines' });
      await lines.waitFor({ timeout: 15_000 });
      await lines.focus();
      await panel.keyboard.press('Control+G');
      // The page list names each page's revision header, as the Script view does.
      const item = panel.getByRole('option', { name: new RegExp(`^Page ${markedLabels[0]}\\b.*Final`) });
      await item.waitFor({ timeout: 10_000 });
      await item.click();
      await panel.locator('.page-revision', { hasText: 'Final' }).first().waitFor({ timeout: 10_000 });
      await panel.locator('.line .revision-mark').first().waitFor({ timeout: 10_000 });
      const marked = await panel.locator('.line:has(.revision-mark) .line-text').allTextContents();
      check(marked.length > 0, `asterisked lines shown: ${JSON.stringify(marked.slice(0, 3))}`);
      await h.screenshot(panel, 'fdx-revision-script-view');
      await panel.close();
    },
    { corpus: true },
  );

  test(
    'offers the FDX’s marked pages as its revised pages in the print queue',
    async (h) => {
      const panel = await h.openPanel();
      await panel.getByRole('tab', { name: 'Print queue' }).click();
      const n = markedLabels.length;
      await panel.getByText(new RegExp(`, ${n} revised pages`)).waitFor({ timeout: 15_000 });
      await panel.getByRole('button', { name: 'Queue revised pages' }).click();
      const jobs = await waitFor(
        async () => {
          const all = await h.stored('printJobs');
          return all.length === 1 ? all : undefined;
        },
        10_000,
        'one stored job',
      );
      check(
        jobs[0].pages.join(',') === markedLabels.join(','),
        `the marked pages queued: ${jobs[0].pages.join(',')} (marked ${markedLabels.join(',')})`,
      );
      await h.screenshot(panel, 'fdx-revision-print-queue');
      await panel.close();
    },
    { corpus: true },
  );
};
