// One scene numbering: sceneNumbers gives the numbers a locked draft's pages print (the lock's own answer), so the
// clearance report and every other caller say 3A where the page does, not the position 4.
import { describe, expect, it } from 'vitest';
import { reportRows, type ReportDraft } from '../../../lib/factcheck/report';
import { createFlag } from '../../../lib/factcheck/workflow';
import { applyLock, lockDraft } from '../../../lib/script/locking';
import { buildScript, type ElementDraft } from '../../../lib/script/model';
import { paginate as layout } from '../../../lib/script/paginate';
import { paginate } from '../../../lib/script/paginate-locked';
import { sceneNumberAt, sceneNumbers } from '../../../lib/script/scene-numbers';
import { generateScriptDrafts } from '../../fixtures/generate';

const drafts = generateScriptDrafts({ pages: 12, seed: 11 }).map((d) => ({ ...d, sceneNumber: undefined }));
const locked = buildScript('fountain', drafts);
const lock = lockDraft(locked, layout(locked));
const third = drafts.filter((d) => d.type === 'scene_heading')[3];
const at = drafts.indexOf(third);
const fresh: ElementDraft[] = [
  { type: 'scene_heading', text: 'INT. MEDICAL EXAM ROOM - DAY' },
  { type: 'action', text: 'A room nobody wrote before today.' },
];
const newer = buildScript('fountain', [...drafts.slice(0, at), ...fresh, ...drafts.slice(at)]);
const pages = paginate(newer, { lock, sceneNumbers: true });

describe('scene numbers', () => {
  it('are the locked numbering on a later draft, the same as the lock itself gives', () => {
    const got = sceneNumbers(newer, pages).map((s) => s.number);
    const want = applyLock(newer, null, lock).sceneNumbers.map((s) => s.number);
    expect(got, 'the numbers printed on the pages are the lock’s').toEqual(want);
    expect(got.slice(2, 5), 'the new scene is 3A and the next keeps 4').toEqual(['3', '3A', '4']);
  });

  it('count positions when neither the source nor a lock numbers the scenes', () => {
    const plain = sceneNumbers(newer, layout(newer)).map((s) => s.number);
    expect(plain.slice(2, 5), 'position numbers for a spec draft').toEqual(['3', '4', '5']);
    const start = newer.text.indexOf('A room nobody wrote');
    expect(sceneNumberAt(sceneNumbers(newer, pages), start)?.number, 'the scene holding a line').toBe('3A');
  });

  it('the clearance report names the scene as the page prints it', () => {
    const quote = 'A room nobody wrote';
    const start = newer.text.indexOf(quote);
    const flag = createFlag({
      id: 'f1',
      scriptId: 's',
      revisionId: 'r2',
      script: newer,
      start,
      end: start + quote.length,
      category: 'other',
      at: 1,
    });
    const draft: ReportDraft = {
      title: 'T',
      revisionId: 'r2',
      color: 'Blue',
      date: '2026-11-27',
      script: newer,
      pages,
    };
    expect(reportRows([flag], draft)[0].scene, 'scene 3A in the report').toBe('3A');
  });
});
