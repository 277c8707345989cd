// The one answer to "what are this draft's pages": a PDF's own, a locked draft's stored pages, otherwise laid out with
// the lock of the latest locked draft before it, whether or not that lock was stored.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  lockBefore,
  revisionPagesOf,
  storedOrLaidOutPages,
  type PageRevision,
} from '../../../lib/revision/pages';
import { parseFountain } from '../../../lib/script/fountain';
import { lockDraft } from '../../../lib/script/locking';
import { paginate } from '../../../lib/script/paginate';

const LATE_EDITION = readFileSync(
  resolve(__dirname, '../../fixtures/workbench/late-edition.fountain'),
  'utf8',
);
const UNNUMBERED = LATE_EDITION.replace(/ #\d+#/g, '');
const WITH_NEW_SCENE = UNNUMBERED.replace(
  'EXT. LOADING DOCK - CONTINUOUS',
  'INT. MEDICAL EXAM ROOM - NIGHT\n\nA nurse checks the intern for ink poisoning.\n\nEXT. LOADING DOCK - CONTINUOUS',
);
const SETTINGS = { paper: 'letter', sceneContinueds: false, insertScheme: 'letters' } as const;

function revision(id: string, seq: number, text: string, locked = false): PageRevision {
  const script = parseFountain(text);
  return { id, seq, locked, script, pages: paginate(script, { paper: 'letter' }) };
}

describe('revisionPagesOf', () => {
  const white = revision('white', 1, UNNUMBERED, true);
  const blue = revision('blue', 2, WITH_NEW_SCENE);

  it('lays a draft after a locked one out on A-pages, with or without the stored lock', () => {
    const labels = (stored?: Map<string, ReturnType<typeof lockDraft>>) =>
      revisionPagesOf(blue, [white, blue], SETTINGS, stored).map((p) => p.label);
    const rebuilt = labels();
    expect(rebuilt, 'the new scene pushes page 1 onto 1A, and page 2 keeps its number').toEqual([
      '1',
      '1A',
      '2',
    ]);
    const stored = new Map([['white', lockDraft(white.script, white.pages)]]);
    expect(labels(stored), 'the stored lock gives the same pages as the rebuilt one').toEqual(rebuilt);
  });

  it('lays a draft out freely when no earlier draft is locked', () => {
    const free = revisionPagesOf(blue, [{ ...white, locked: false }, blue], SETTINGS);
    expect(
      free.map((p) => p.label),
      'plain page numbers',
    ).toEqual(['1', '2']);
    expect(lockBefore(blue, [{ ...white, locked: false }]), 'no lock applies').toBeUndefined();
  });

  it("keeps a locked draft's stored pages and a PDF's own pages", () => {
    const stored = [{ ...white.pages[0], label: '7' }];
    expect(
      revisionPagesOf({ ...white, pages: stored }, [white], SETTINGS),
      'the locked pages as stored',
    ).toBe(stored);
    const own = [{ ...white.pages[0], label: 'iv' }];
    const pdf = { ...blue, script: { ...blue.script, pages: own } };
    expect(revisionPagesOf(pdf, [white, pdf], SETTINGS), "the PDF's own pages").toBe(own);
  });

  it('takes the lock of the latest locked draft before, never one after', () => {
    const pink = revision('pink', 3, WITH_NEW_SCENE, true);
    expect(lockBefore(blue, [white, blue, pink]), "white's lock, not pink's").toEqual(
      lockDraft(white.script, white.pages),
    );
  });
});

describe('storedOrLaidOutPages', () => {
  const white = revision('white', 1, UNNUMBERED);
  const blue = revision('blue', 2, WITH_NEW_SCENE);

  it('takes the stored pages when they are what the layout gives, and lays out otherwise', () => {
    const reused = storedOrLaidOutPages(blue, [white, blue], SETTINGS);
    expect(reused, 'letter, no CONTINUEDs, no scene numbers, no lock: the stored pages').toBe(blue.pages);
    expect(reused, 'the same pages a layout gives').toEqual(revisionPagesOf(blue, [white, blue], SETTINGS));
    const a4 = { ...SETTINGS, paper: 'a4' } as const;
    expect(storedOrLaidOutPages(blue, [white, blue], a4), 'A4 paper is laid out').not.toBe(blue.pages);
    const lockedWhite = { ...white, locked: true };
    expect(
      storedOrLaidOutPages(blue, [lockedWhite, blue], SETTINGS).map((p) => p.label),
      'a lock before it is honoured (A-pages), not the stored free layout',
    ).toEqual(revisionPagesOf(blue, [lockedWhite, blue], SETTINGS).map((p) => p.label));
    const numbered = revision('numbered', 3, LATE_EDITION);
    expect(
      storedOrLaidOutPages(numbered, [numbered], SETTINGS),
      'a source that numbers its scenes prints them: laid out',
    ).not.toBe(numbered.pages);
  });
});
