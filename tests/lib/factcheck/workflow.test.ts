// The flag workflow: a new flag, the status steps with who and when, refused steps, and the checks on typed fields.
import { describe, expect, it } from 'vitest';
import {
  canMove,
  cleanSourceUrl,
  createFlag,
  editFlag,
  FlagError,
  FLAG_STATUSES,
  moveFlag,
} from '../../../lib/factcheck/workflow';
import { isOpen } from '../../../lib/factcheck/open';
import { buildScript } from '../../../lib/script/model';

const script = buildScript('fountain', [
  { type: 'scene_heading', text: 'INT. DINER - NIGHT' },
  { type: 'action', text: 'Mara drinks an Acme Cola and dials 415-867-5309.' },
]);
const start = script.text.indexOf('Acme Cola');

function flag() {
  return createFlag({
    id: 'f1',
    scriptId: 's',
    revisionId: 'r',
    script,
    start,
    end: start + 9,
    category: 'brand',
    by: 'JS',
    at: 100,
  });
}

describe('flag workflow', () => {
  it('a new flag is open, anchored on the item, with who and when in its history', () => {
    const f = flag();
    expect(f.item, 'the item is the flagged text').toBe('Acme Cola');
    expect(f.anchor.exact, 'the anchor quotes the item').toBe('Acme Cola');
    expect(f.anchor.prefix.endsWith('drinks an '), 'the anchor keeps context before').toBe(true);
    expect(f.status, 'new flags are open').toBe('open');
    expect(f.history, 'history starts with who opened it and when').toEqual([
      { status: 'open', by: 'JS', at: 100 },
    ]);
  });

  it('works a flag to clearance, recording every step', () => {
    let f = moveFlag(flag(), 'researching', 'AB', 200);
    f = moveFlag(f, 'cleared', 'AB', 300);
    expect(f.status, 'the flag is cleared').toBe('cleared');
    expect(
      f.history.map((h) => `${h.status}/${h.by}/${h.at}`),
      'every change with who and when',
    ).toEqual(['open/JS/100', 'researching/AB/200', 'cleared/AB/300']);
    expect(f.updatedAt, 'the record is marked changed').toBe(300);
    expect(isOpen(f.status), 'a cleared flag is not counted open').toBe(false);
  });

  it('refuses to jump from one decision to another, and leaves the flag unchanged', () => {
    const cleared = moveFlag(flag(), 'cleared', 'AB', 200);
    expect(
      () => moveFlag(cleared, 'not_clear', 'AB', 300),
      'cleared cannot become not clear directly',
    ).toThrow(FlagError);
    expect(cleared.status, 'the refused change did not touch the flag').toBe('cleared');
    const reopened = moveFlag(cleared, 'open', 'AB', 300);
    expect(
      moveFlag(reopened, 'not_clear', 'AB', 400).status,
      'after reopening, a new decision is allowed',
    ).toBe('not_clear');
    expect(canMove('dismissed', 'researching'), 'a dismissed flag is reopened first').toBe(false);
  });

  it('checks typed fields: real dates, safe links, trimmed lists', () => {
    const f = flag();
    expect(() => editFlag(f, { due: '2026-02-30' }, 1), 'no 30 February').toThrow(/not a date/);
    expect(editFlag(f, { due: '2026-03-01' }, 1).due, 'a real date is kept').toBe('2026-03-01');
    expect(() => cleanSourceUrl('javascript:alert(1)'), 'a script link is refused').toThrow(/http/);
    expect(cleanSourceUrl('example.com/acme'), 'a bare address gets https').toBe('https://example.com/acme');
    const edited = editFlag(
      f,
      { alternatives: [' Fizz Cola ', '', 'Brisk Pop'], sources: [{ note: ' ', url: '' }] },
      1,
    );
    expect(edited.alternatives, 'empty alternatives dropped, others trimmed').toEqual([
      'Fizz Cola',
      'Brisk Pop',
    ]);
    expect(edited.sources, 'an empty source is dropped').toEqual([]);
    expect(
      () =>
        createFlag({
          id: 'x',
          scriptId: 's',
          revisionId: 'r',
          script,
          start: 3,
          end: 3,
          category: 'other',
          at: 1,
        }),
      'an empty selection is refused',
    ).toThrow();
  });
});

describe('open flags', () => {
  it('counts open and researching flags as open, and no decision', () => {
    expect(
      FLAG_STATUSES.filter(isOpen),
      'the statuses the badge, the status bar and the margin count',
    ).toEqual(['open', 'researching']);
  });
});
