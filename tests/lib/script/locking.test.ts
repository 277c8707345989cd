import { describe, expect, it } from 'vitest';
import { compareScripts } from '../../../lib/revision/compare';
import { revisedPages } from '../../../lib/revision/reprint';
import { applyLock, lockDraft, overflowLabels } from '../../../lib/script/locking';
import { buildScript, type ElementDraft } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { generateScriptDrafts } from '../../fixtures/generate';

const drafts = generateScriptDrafts({ pages: 12, seed: 11 });
const locked = buildScript('fountain', drafts);
const lockedPages = paginate(locked);
const lock = lockDraft(locked, lockedPages);

function labels(d: ElementDraft[], scheme: 'letters' | 'letter-number' = 'letters') {
  const s = buildScript('fountain', d);
  return { script: s, result: applyLock(s, null, lock, { insertScheme: scheme }) };
}

describe('locked pages and scenes', () => {
  it('keeps every page label and scene number when nothing changed', () => {
    const { result } = labels(drafts);
    expect(
      result.pages.map((p) => p.label),
      'same labels as locked',
    ).toEqual(lockedPages.map((p) => p.label));
    expect(
      result.sceneNumbers.map((s) => s.number),
      'same scene numbers',
    ).toEqual(lock.scenes.map((s) => s.number));
    expect(result.omitted, 'nothing omitted').toEqual([]);
  });

  it('flows text that outgrows a locked page onto A-pages', () => {
    const onPage3 = lock.pages[2].firstElement;
    const extra: ElementDraft[] = Array.from({ length: 12 }, (_, k) => ({
      type: 'action',
      text: `Inserted beat ${k}: the lights flicker and the crew waits for the generator to settle down again.`,
    }));
    const d = [...drafts.slice(0, onPage3 + 1), ...extra, ...drafts.slice(onPage3 + 1)];
    const { result } = labels(d);
    const got = result.pages.map((p) => p.label);
    const at = got.indexOf(lock.pages[2].label);
    expect(got[at + 1], 'the overflow of page 3 is page 3A').toBe(`${lock.pages[2].label}A`);
    expect(
      got.filter((l) => !/A|-/.test(l)),
      'every locked label is still there',
    ).toEqual(lockedPages.map((p) => p.label));
    for (const p of result.pages)
      expect(p.lines.length, `page ${p.label} fits the paper`).toBeLessThanOrEqual(55);
  });

  it('merges shrunk pages into a range label', () => {
    const p5 = lock.pages[4];
    const p6 = lock.pages[5];
    // Keep only the first element of pages 5 and 6 so both fit one sheet.
    const d = drafts.filter(
      (_, i) =>
        !(i > p5.firstElement && i <= p6.lastElement && i !== p6.firstElement) ||
        drafts[i].type === 'scene_heading',
    );
    const { result } = labels(d);
    const got = result.pages.map((p) => p.label);
    expect(got, 'pages 5 and 6 are one sheet "5-6"').toContain(`${p5.label}-${p6.label}`);
  });

  it('numbers a new scene 10A between 10 and 11, and one between 10 and 10A per scheme', () => {
    const h = drafts.findIndex((d) => d.type === 'scene_heading' && d.sceneNumber === '3');
    const next = drafts.findIndex((d, i) => i > h && d.type === 'scene_heading');
    const fresh: ElementDraft[] = [
      { type: 'scene_heading', text: 'INT. NEW ROOM - DAY' },
      { type: 'action', text: 'A room nobody wrote before today.' },
    ];
    const d = [...drafts.slice(0, next), ...fresh, ...drafts.slice(next)];
    const { script, result } = labels(d);
    const numberAt = (i: number) => result.sceneNumbers.find((s) => s.element === i)?.number;
    expect(numberAt(next), 'new scene after 3 is 3A').toBe('3A');
    expect(
      numberAt(script.elements.findIndex((e, i) => i > next + 1 && e.type === 'scene_heading')),
      'scene 4 keeps 4',
    ).toBe('4');

    // Lock that draft, then insert between 3 and 3A.
    const lock2 = lockDraft(script, applyLock(script, null, lock).pages);
    lock2.scenes.forEach(
      (s) => (s.number = result.sceneNumbers.find((x) => x.element === s.element)?.number ?? s.number),
    );
    const d2 = [
      ...d.slice(0, next),
      { type: 'scene_heading', text: 'INT. CLOSET - DAY' } as ElementDraft,
      ...d.slice(next),
    ];
    const s2 = buildScript('fountain', d2);
    const letters = applyLock(s2, null, lock2, { insertScheme: 'letters' });
    const letterNumber = applyLock(s2, null, lock2, { insertScheme: 'letter-number' });
    expect(letters.sceneNumbers.find((s) => s.element === next)?.number, 'letters scheme: 3AA').toBe('3AA');
    expect(
      letterNumber.sceneNumbers.find((s) => s.element === next)?.number,
      'letter-number scheme: A3',
    ).toBe('A3');
  });

  it("keeps an omitted scene's number with an OMITTED line where it was, and marks it for reprint", () => {
    const h = drafts.findIndex((d) => d.type === 'scene_heading' && d.sceneNumber === '5');
    const end = drafts.findIndex((d, i) => i > h && d.type === 'scene_heading');
    const d = [...drafts.slice(0, h), ...drafts.slice(end)];
    const { script, result } = labels(d);
    expect(result.omitted, 'scene 5 is omitted').toEqual(['5']);
    const page = result.pages.find((p) => p.lines.some((l) => l.kind === 'omitted'));
    expect(
      page?.lines.find((l) => l.kind === 'omitted')?.sceneNumber,
      'the OMITTED line carries number 5',
    ).toBe('5');
    expect(
      result.sceneNumbers.map((s) => s.number),
      'scene 6 is still 6',
    ).toContain('6');

    const c = compareScripts(locked, script, { newerPages: result.pages });
    const reprint = revisedPages(c, result.pages, { color: 'Blue', date: new Date(2026, 10, 27) });
    expect(
      reprint.map((r) => r.label),
      'the page with OMITTED is reprinted',
    ).toContain(page?.label);
    const r = reprint.find((x) => x.label === page?.label);
    const omittedLine = page?.lines.findIndex((l) => l.kind === 'omitted');
    expect(r?.markedLines, 'the OMITTED line carries the asterisk').toContain(omittedLine);
    expect(r?.header, 'reprints carry the revision header').toBe('BLUE REVISION - 11/27/26');
  });

  it('labels overflow after a lettered page without clashing', () => {
    expect(overflowLabels('12', 2, new Set(['12', '13']), 'letters'), 'plain page').toEqual(['12A', '12B']);
    expect(overflowLabels('12A', 1, new Set(['12', '12A', '13']), 'letters'), 'after 12A comes 12B').toEqual([
      '12B',
    ]);
    expect(overflowLabels('12A', 1, new Set(['12', '12A', '12B']), 'letters'), '12B taken: deeper').toEqual([
      '12AA',
    ]);
    expect(
      overflowLabels('12A', 1, new Set(['12', '12A', '12B']), 'letter-number'),
      'letter-number: 12A1',
    ).toEqual(['12A1']);
  });
});
