import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseFountain } from '../../../lib/script/fountain';
import { paginate } from '../../../lib/script/paginate';
import { corpusPath, describeCorpus, readCorpus, readCorpusBytes } from '../../corpus';
import { actionSplits, checkPages } from './paginate-check';

/** Pages in a PDF: poppler's pdfinfo when installed, else pdf.js (legacy build, for Node 20). */
async function pdfPageCount(rel: string): Promise<number> {
  try {
    const out = execFileSync('pdfinfo', [corpusPath(rel)], { encoding: 'utf8' });
    const m = /^Pages:\s+(\d+)/m.exec(out);
    if (m) return Number(m[1]);
  } catch {
    // pdfinfo is not installed: fall back to pdf.js.
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: readCorpusBytes(rel), isEvalSupported: false }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

describeCorpus('paginate on the corpus', () => {
  const files = readdirSync(corpusPath('fountain')).filter((f) => f.endsWith('.fountain'));

  it('shows every line of every corpus script at exact offsets and obeys the break rules', () => {
    expect(files.length, 'corpus Fountain scripts found').toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const script = parseFountain(readCorpus(`fountain/${f}`));
      for (const paper of ['letter', 'a4'] as const) {
        for (const sceneContinueds of [false, true]) {
          const pages = paginate(script, { paper, sceneContinueds, sceneNumbers: sceneContinueds });
          checkPages(`${f} ${paper}${sceneContinueds ? ' continueds' : ''}`, script, pages, paper);
          for (const sp of actionSplits(pages)) {
            expect(
              sp.before >= 2 && sp.after >= 2,
              `${f}: action ${sp.element} split ${sp.before}/${sp.after}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  // Script pages in the PDFs other tools made. screenplain's PDFs open with a title page (page 1 of the PDF) that
  // Scriptside does not paginate; the afterwriting PDF was printed without one (print_title_page: false).
  const references = [
    {
      fountain: 'fountain/big-fish.fountain',
      pdf: 'pdf/big-fish.screenplain.pdf',
      titlePage: 1,
      paper: 'letter',
      tolerance: 0.03,
    },
    {
      fountain: 'fountain/the-last-birthday-card.fountain',
      pdf: 'pdf/the-last-birthday-card.screenplain.pdf',
      titlePage: 1,
      paper: 'letter',
      tolerance: 0.03,
    },
    // Three pages: one page either way is 33%, so the figure is held to one page. screenplain sets dual dialogue
    // side by side (we stack it) and wraps parentheticals wider, which moves "THE END" onto a fourth page.
    {
      fountain: 'fountain/brick-and-steel.fountain',
      pdf: 'pdf/brick-and-steel.screenplain.pdf',
      titlePage: 1,
      paper: 'letter',
      pages: 1,
    },
    // afterwriting expanded its snippets/variables before printing, so the text differs slightly from the source.
    {
      fountain: 'peer-tests/afterwriting/screenplays/client.fountain',
      pdf: 'pdf/afterwriting-client.a4.pdf',
      titlePage: 0,
      paper: 'a4',
      pages: 1,
    },
  ] as const;

  it('matches the page counts of PDFs other tools made from the same Fountain source', async () => {
    const rows: string[] = [];
    for (const ref of references) {
      const theirs = (await pdfPageCount(ref.pdf)) - ref.titlePage;
      const script = parseFountain(readCorpus(ref.fountain));
      const ours = paginate(script, { paper: ref.paper }).length;
      const diff = (ours - theirs) / theirs;
      rows.push(`${ref.pdf}: ours ${ours}, theirs ${theirs} script pages (${(diff * 100).toFixed(1)}%)`);
      if ('tolerance' in ref) {
        expect(Math.abs(diff), `${ref.pdf}: ours ${ours} vs theirs ${theirs}`).toBeLessThanOrEqual(
          ref.tolerance,
        );
      } else {
        expect(Math.abs(ours - theirs), `${ref.pdf}: ours ${ours} vs theirs ${theirs}`).toBeLessThanOrEqual(
          ref.pages,
        );
      }
    }
    console.log(`[paginate] page counts vs other tools' PDFs:\n  ${rows.join('\n  ')}`);
  });
});
