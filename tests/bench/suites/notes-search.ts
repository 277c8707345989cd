// Notes search: 10,000 room notes, every keystroke of typical queries, the fast index vs fuse.js defaults over all
// notes (the anchor), with the overlap of their top-10 results.
import { DEMO_SCRIPT } from '../../../lib/demo';
import { NoteSearch, referenceSearch, type SearchableNote } from '../../../lib/notes/search';
import { report } from '../harness';

const ROOM = [
  'what if',
  'the room landed on',
  'cut',
  'move this to act two',
  'pitch:',
  'check with legal about',
  'bigger',
  'smaller',
  'too on the nose',
  'play it quieter',
  'callback to the cold open',
  'she should already know',
  'lose the flashback',
  'need a button here',
  'fact check',
  'music cue',
  'casting note',
  'is this clear',
  'todo: rewrite',
  'love this',
];
const TAGS = ['casting', 'legal', 'music', 'act2', 'props', 'story', 'budget'];
const SPEAKERS = ['JS', 'MK', 'AR', 'TB', 'LP', undefined];

/** 10,000 notes made of room phrases and the demo script's own words (deterministic). */
function makeNotes(count: number): SearchableNote[] {
  const words = DEMO_SCRIPT.revisions[0].fountain.split(/\s+/).filter((w) => /^[A-Za-z']{3,}$/.test(w));
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  return Array.from({ length: count }, (_, i) => {
    const parts = [pick(ROOM)];
    const n = 4 + Math.floor(rnd() * 18);
    for (let k = 0; k < n; k++) parts.push(pick(words).toLowerCase());
    if (rnd() < 0.3) parts.push(pick(ROOM));
    return {
      id: `n${i}`,
      text: parts.join(' '),
      tags: rnd() < 0.3 ? [pick(TAGS)] : [],
      speaker: pick(SPEAKERS),
    };
  });
}

const QUERIES = [
  'flashback',
  'legal',
  'cold open',
  'music cue',
  'diner',
  'casting',
  'callback',
  'pie case',
  'rewrite',
  'neon',
  'quieter',
  'marlowe',
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  const notes = makeNotes(10_000);
  // The first build pays for JIT warm-up; a panel builds the index again whenever the notes change, so time a second.
  new NoteSearch(notes).search('warm up the index');
  const t0 = performance.now();
  const fast = new NoteSearch(notes);
  fast.search('zzq');
  const buildMs = performance.now() - t0;
  const ref = referenceSearch(notes);
  // Warm both (JIT).
  for (const q of QUERIES.slice(0, 3)) {
    fast.search(q, 10);
    ref(q, 10);
  }
  const fastTimes: number[] = [];
  const refTimes: number[] = [];
  for (const q of QUERIES) {
    for (let k = 1; k <= q.length; k++) {
      const typed = q.slice(0, k);
      let t = performance.now();
      fast.search(typed, 100);
      fastTimes.push(performance.now() - t);
      t = performance.now();
      ref(typed, 100);
      refTimes.push(performance.now() - t);
    }
  }
  let overlap = 0;
  let total = 0;
  for (const q of QUERIES) {
    const want = new Set(ref(q, 10));
    overlap += fast.search(q, 10).filter((h) => want.has(h.id)).length;
    total += want.size;
  }
  report({
    name: `search 10,000 notes per keystroke (${fastTimes.length} keystrokes)`,
    ms: median(fastTimes),
    anchor: { name: 'fuse.js defaults over all notes', ms: median(refTimes) },
    budgetMs: 16,
    extra: `top-10 overlap with fuse.js defaults on full queries ${overlap}/${total}; index build (warm) ${buildMs.toFixed(0)} ms; worst keystroke ${Math.max(...fastTimes).toFixed(1)} ms vs ${Math.max(...refTimes).toFixed(1)} ms`,
  });
}
