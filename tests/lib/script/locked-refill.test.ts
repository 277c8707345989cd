// Locked pages refill by the paginator's page-break rules: every page of a later draft laid out on a locked draft's
// pages holds each line of the script once (none lost, none doubled), fits the paper, never strands a cue or a
// heading at its foot, and splits speech with (MORE) and "NAME (CONT'D)"; the printed pages show the same lines.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printPage } from '../../../lib/print/sheets';
import { parseFountain } from '../../../lib/script/fountain';
import { LINES_PER_PAGE } from '../../../lib/script/page-geometry';
import { lockDraft } from '../../../lib/script/locking';
import { addMore } from '../../../lib/script/locked-refill';
import type { PageLine } from '../../../lib/script/model';
import { buildScript, type ElementDraft, type Page, type Script } from '../../../lib/script/model';

import { paginate } from '../../../lib/script/paginate-locked';
import { corpusPath, describeCorpus, readCorpus } from '../../corpus';
import { generateScriptDrafts } from '../../fixtures/generate';
import { checkPages } from './paginate-check';

/** Every line as it prints must be the page's line, at its row, and no row below the foot. */
function checkPrinted(name: string, pages: Page[]): void {
  for (const page of pages) {
    const printed = printPage(page, [], 'BLUE REVISION - 11/27/26');
    const shown = page.lines.filter((l) => l.text);
    expect(
      printed.lines.map((l) => l.text),
      `${name} page ${page.label}: printed lines differ from the page's`,
    ).toEqual(shown.map((l) => l.text));
    for (const l of printed.lines)
      expect(l.row, `${name} page ${page.label}: "${l.text}" printed past the last line`).toBeLessThan(
        LINES_PER_PAGE.letter,
      );
  }
}

const LONG_SPEECH =
  'I told the night editor twice. I told the printer. I told the driver at the dock and the guard at the gate. ' +
  'Nobody listened, because nobody ever listens after midnight. So I wrote it down. Every word of it is on page ' +
  'six, and every word of it is wrong, and by dawn forty thousand people will read it over their coffee. ' +
  'We can stop the trucks. We can pull the plates. We can be late for once in our lives. ' +
  'Or we can be wrong in print, which lasts a great deal longer than late.';

const drafts = generateScriptDrafts({ pages: 14, seed: 7 }).map((d) => ({ ...d, sceneNumber: undefined }));
const lockedScript = buildScript('fountain', drafts);
const lock = lockDraft(lockedScript, paginate(lockedScript));

/** The draft with a long speech (cue, parenthetical, dialogue) added after element `at`. */
function withSpeech(base: ElementDraft[], at: number, name = 'MIRABEL'): ElementDraft[] {
  return [
    ...base.slice(0, at + 1),
    { type: 'character', text: name },
    { type: 'parenthetical', text: '(quietly)' },
    { type: 'dialogue', text: LONG_SPEECH },
    { type: 'dialogue', text: LONG_SPEECH },
    ...base.slice(at + 1),
  ];
}

function layOut(d: ElementDraft[]): { script: Script; pages: Page[] } {
  const script = buildScript('fountain', d);
  return { script, pages: paginate(script, { lock, sceneNumbers: true }) };
}

describe('locked pages refill by the page-break rules', () => {
  it('a long speech added on a locked page flows onto A-pages with (MORE) and (CONT’D), nothing lost', () => {
    for (const pageIndex of [1, 3, 6]) {
      // The last element on the page: the speech is added at its foot, where a cue is most easily stranded.
      const at = lock.pages[pageIndex].lastElement;
      const { script, pages } = layOut(withSpeech(drafts, at));
      const name = `speech at the foot of locked page ${lock.pages[pageIndex].label}`;
      checkPages(name, script, pages, 'letter', { locked: true });
      checkPrinted(name, pages);
      expect(
        pages.some((p) => /A$/.test(p.label)),
        `${name}: the overflow is on an A-page`,
      ).toBe(true);
      expect(
        pages.flatMap((p) => p.lines).some((l) => l.kind === 'more'),
        `${name}: the speech is split with (MORE)`,
      ).toBe(true);
    }
  });

  it('speeches added on every page, and cut scenes, still print every line once', () => {
    let d: ElementDraft[] = drafts;
    for (let p = lock.pages.length - 1; p >= 0; p -= 2) d = withSpeech(d, lock.pages[p].firstElement + 1);
    // Cut the third scene: an OMITTED line takes its place.
    const headings = d.flatMap((x, i) => (x.type === 'scene_heading' ? [i] : []));
    d = [...d.slice(0, headings[2]), ...d.slice(headings[3])];
    const { script, pages } = layOut(d);
    checkPages('speeches everywhere', script, pages, 'letter', { locked: true });
    checkPrinted('speeches everywhere', pages);
    expect(
      pages.flatMap((p) => p.lines).filter((l) => l.kind === 'omitted').length,
      'the cut scene reads OMITTED',
    ).toBe(1);
  });

  it('a page that ends in a split speech keeps (MORE) on the paper however much is added above it', () => {
    // Locked pages whose speech goes on onto the next page: grow each by 1 to 60 lines, so the refilled page ends
    // anywhere, exactly full included.
    const lockedPages = paginate(lockedScript);
    const splitPages = lockedPages.flatMap((p, i) => (p.lines.some((l) => l.kind === 'more') ? [i] : []));
    expect(splitPages.length, 'the locked draft has speeches split across pages').toBeGreaterThan(0);
    for (const pi of splitPages.slice(0, 3)) {
      for (let n = 1; n <= 60; n += 1) {
        const at = lock.pages[pi].firstElement;
        const extra: ElementDraft[] = [
          { type: 'action', text: Array.from({ length: n }, (_, k) => `Beat ${k}.`).join('\n') },
        ];
        const { script, pages } = layOut([...drafts.slice(0, at + 1), ...extra, ...drafts.slice(at + 1)]);
        checkPages(`page ${lock.pages[pi].label} grown by ${n} lines`, script, pages, 'letter', {
          locked: true,
        });
      }
    }
  });

  it('a full last sheet gives its last sentence to an A-page so (MORE) still fits', () => {
    const cue: PageLine = { text: 'MIRABEL', kind: 'character', indent: 22, element: 0 };
    const speech = Array.from({ length: 54 }, (_, k): PageLine => ({
      text: k % 3 === 2 ? `line ${k} ends here.` : `line ${k} goes on`,
      kind: 'dialogue',
      indent: 10,
      element: 1,
      start: k * 20,
      end: k * 20 + 10,
    }));
    const sheets = [[cue, ...speech]];
    addMore(sheets, 55, 22);
    expect(sheets.length, 'an A-page for the rest').toBe(2);
    for (const s of sheets) expect(s.length, 'no sheet past the last line').toBeLessThanOrEqual(55);
    expect(sheets[0].at(-1)?.kind, '(MORE) at the foot').toBe('more');
    expect(sheets[0].at(-2)?.text, 'after a sentence end').toMatch(/\.$/);
    expect(sheets[1][0], 'the cue again at the top').toMatchObject({
      kind: 'contd_cue',
      text: "MIRABEL (CONT'D)",
    });
    expect(sheets[1].at(-1)?.kind, 'and (MORE) where the speech goes on').toBe('more');
    const shown = sheets.flat().filter((l) => l.kind === 'dialogue');
    expect(shown, 'every line once').toEqual(speech);
  });

  it('an unchanged draft keeps every locked page as it was', () => {
    const { script, pages } = layOut(drafts);
    checkPages('unchanged', script, pages, 'letter', { locked: true });
    expect(
      pages.map((p) => p.label),
      'the same labels',
    ).toEqual(lock.pages.map((p) => p.label));
  });
});

describeCorpus('locked pages refill on the corpus revisions', () => {
  it('each later draft of each revision set, laid out on the locked first draft, prints every line once', () => {
    const sets = readdirSync(corpusPath('revisions'));
    expect(sets.length, 'corpus revision sets found').toBeGreaterThan(0);
    for (const set of sets) {
      const files = readdirSync(corpusPath(`revisions/${set}`))
        .filter((f) => f.endsWith('.fountain'))
        .sort();
      const first = parseFountain(readCorpus(`revisions/${set}/${files[0]}`));
      const setLock = lockDraft(first, paginate(first));
      for (const f of files.slice(1)) {
        const script = parseFountain(readCorpus(`revisions/${set}/${f}`));
        const pages = paginate(script, { lock: setLock, sceneNumbers: true });
        checkPages(`${set}/${f}`, script, pages, 'letter', { locked: true });
        checkPrinted(`${set}/${f}`, pages);
      }
    }
  });
});
