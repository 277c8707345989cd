// Fast note search returns what fuse.js defaults return, with match ranges for highlighting.
import { describe, expect, it } from 'vitest';
import { NoteSearch, referenceSearch } from '../../../lib/notes/search';

const WORDS =
  'pie diner neon rain booth counter flashback casting legal music dana marcus cold open act tag'.split(' ');
function notes(count: number) {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    text: Array.from(
      { length: 6 + Math.floor(rnd() * 10) },
      () => WORDS[Math.floor(rnd() * WORDS.length)],
    ).join(' '),
    tags: rnd() < 0.2 ? ['casting'] : [],
    speaker: rnd() < 0.5 ? 'JS' : undefined,
  }));
}

describe('NoteSearch', () => {
  it('finds a note by a misspelt word and reports where it matched', () => {
    const s = new NoteSearch([
      { id: 'a', text: 'Cut the flashback in the diner', tags: [] },
      { id: 'b', text: 'Music cue for the cold open', tags: ['music'] },
    ]);
    const hits = s.search('flashbak');
    expect(hits[0]?.id, 'the misspelt word still finds its note').toBe('a');
    const [from, to] = hits[0].ranges.reduce((best, r) => (r[1] - r[0] > best[1] - best[0] ? r : best));
    expect(
      'Cut the flashback in the diner'.slice(from, to + 1).toLowerCase(),
      'the longest range is on the word',
    ).toContain('flash');
    expect(s.search('   '), 'a blank query finds nothing').toEqual([]);
  });

  it('agrees with fuse.js defaults on the top 10 for typical queries', () => {
    const list = notes(2000);
    const fast = new NoteSearch(list);
    const ref = referenceSearch(list);
    let overlap = 0;
    let total = 0;
    for (const q of [
      'flashback',
      'neon rain',
      'casting',
      'marcus',
      'pie',
      'legal music',
      'neon booth counter',
    ]) {
      const want = new Set(ref(q, 10));
      const got = fast.search(q, 10).map((h) => h.id);
      overlap += got.filter((id) => want.has(id)).length;
      total += want.size;
    }
    expect(
      overlap / total,
      `top-10 overlap with fuse.js defaults (${overlap}/${total})`,
    ).toBeGreaterThanOrEqual(0.9);
  });
});
