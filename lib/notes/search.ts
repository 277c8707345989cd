// Full-text fuzzy search over notes, fast enough for every keystroke with 10,000 notes: a trigram index picks the
// few hundred likeliest notes, and fuse.js (default scoring) ranks only those, so the order is fuse.js's own.

import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';

/** What is searched in a note. */
export interface SearchableNote {
  id: string;
  text: string;
  speaker?: string;
  tags: string[];
}

/** One hit: the note, fuse.js's score (0 best) and the matched character ranges in its text (inclusive pairs). */
export interface NoteHit {
  id: string;
  score: number;
  ranges: [number, number][];
}

/** The keys and options searched: fuse.js defaults, plus match indices for highlighting. */
export const NOTE_SEARCH_KEYS = ['text', 'tags', 'speaker'] as const;
const FUSE_OPTIONS: IFuseOptions<SearchableNote> = {
  keys: [...NOTE_SEARCH_KEYS],
  includeMatches: true,
  includeScore: true,
};

/** How many likely notes fuse.js ranks per query: enough that its top results are among them. */
export const CANDIDATES = 400;

/** Trigram hash buckets: collisions only add a few candidates, which fuse.js then ranks away. */
const BUCKET_BITS = 16;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

function trigramKey(s: string, i: number): number {
  return (
    ((Math.imul(Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1), 0x85ebca6b) ^
      s.charCodeAt(i + 2)) >>>
      0) &
    BUCKET_MASK
  );
}

/** Postings in compressed form: the notes of bucket b are docs[offsets[b] .. offsets[b + 1]). */
/**
 * Calls `visit(bucket, note)` once for each trigram bucket of each note in `hay`, notes in order (a bucket met twice
 * in one note is visited once, so a note is listed once per bucket).
 */
function eachNoteTrigram(
  hay: readonly string[],
  buckets: number,
  visit: (bucket: number, note: number) => void,
): void {
  const last = new Int32Array(buckets).fill(-1);
  for (let d = 0; d < hay.length; d++) {
    const h = hay[d];
    for (let i = 0; i + 2 < h.length; i++) {
      const k = trigramKey(h, i);
      if (last[k] !== d) {
        last[k] = d;
        visit(k, d);
      }
    }
  }
}

interface Postings {
  offsets: Int32Array;
  docs: Int32Array;
}

/** Lower-cased text, tags and speaker of a note, as one string (the trigram source). */
function haystackOf(n: SearchableNote): string {
  return ` ${n.text} ${n.tags.join(' ')} ${n.speaker ?? ''} `.toLowerCase();
}

/** A search index over a fixed list of notes (build a new one when the notes change; building is linear). */
export class NoteSearch {
  private readonly notes: readonly SearchableNote[];
  private readonly hay: string[];
  private postings: Postings | undefined;

  constructor(notes: readonly SearchableNote[]) {
    this.notes = notes;
    this.hay = notes.map(haystackOf);
  }

  /** The trigram postings, built on the first query of three or more characters (two linear passes). */
  private index(): Postings {
    if (this.postings) return this.postings;
    const buckets = 1 << BUCKET_BITS;
    const counts = new Int32Array(buckets + 1);
    // Counting sort in two passes over the same (bucket, note) pairs: count each bucket's notes, then place them.
    eachNoteTrigram(this.hay, buckets, (k) => counts[k + 1]++);
    for (let b = 0; b < buckets; b++) counts[b + 1] += counts[b];
    const docs = new Int32Array(counts[buckets]);
    const fill = counts.slice(0, buckets);
    eachNoteTrigram(this.hay, buckets, (k, d) => (docs[fill[k]++] = d));
    this.postings = { offsets: counts, docs };
    return this.postings;
  }

  /** Indices of the notes most likely to match, at most CANDIDATES of them. */
  private candidates(q: string): number[] {
    if (q.length < 3) {
      // Too short for trigrams: notes containing it, earliest occurrence first (fuse.js favours matches near the start).
      const hits: { d: number; at: number }[] = [];
      for (let d = 0; d < this.hay.length; d++) {
        const at = this.hay[d].indexOf(q);
        if (at >= 0) hits.push({ d, at });
      }
      hits.sort((a, b) => a.at - b.at);
      return hits.slice(0, CANDIDATES).map((h) => h.d);
    }
    const { offsets, docs } = this.index();
    const counts = new Uint16Array(this.hay.length);
    const seen = new Set<number>();
    let best = 0;
    for (let i = 0; i + 2 < q.length; i++) {
      const k = trigramKey(q, i);
      if (seen.has(k)) continue;
      seen.add(k);
      for (let p = offsets[k]; p < offsets[k + 1]; p++) {
        const d = docs[p];
        if (++counts[d] > best) best = counts[d];
      }
    }
    if (best === 0) return [];
    // Rank by shared trigrams, then by where the query starts (fuse.js's default scoring favours matches near the
    // start of a field, and an exact tag or speaker).
    const keyed: { d: number; key: number }[] = [];
    for (let d = 0; d < counts.length; d++) {
      if (counts[d] === 0) continue;
      keyed.push({ d, key: (best - counts[d]) * 10_000 + this.position(d, q) });
    }
    keyed.sort((a, b) => a.key - b.key);
    const out: number[] = [];
    for (let i = 0; i < keyed.length && i < CANDIDATES; i++) out.push(keyed[i].d);
    return out;
  }

  /** Where `q` starts in note `d`: 0 for an exact tag or speaker, its offset in the text, else 9,999. */
  private position(d: number, q: string): number {
    const n = this.notes[d];
    if ((n.speaker && n.speaker.toLowerCase() === q) || n.tags.includes(q)) return 0;
    const at = this.hay[d].indexOf(q);
    return at < 0 ? 9_999 : Math.min(at, 9_998);
  }

  /** Notes matching `query`, best first (fuse.js scores), at most `limit`. An empty query finds nothing. */
  search(query: string, limit = 100): NoteHit[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    // In list order, so fuse.js breaks ties between equal scores the way it does over the whole list.
    const picked = this.candidates(q)
      .sort((a, b) => a - b)
      .map((d) => this.notes[d]);
    if (picked.length === 0) return [];
    const fuse = new Fuse(picked, FUSE_OPTIONS);
    return fuse.search(query.trim(), { limit }).map((r) => ({
      id: r.item.id,
      score: r.score ?? 1,
      ranges: textRanges(r.matches),
    }));
  }
}

/** The matched ranges in the note's text (matches in tags or speaker are not shown in the text). */
function textRanges(matches: readonly FuseResultMatch[] | undefined): [number, number][] {
  const m = matches?.find((x) => x.key === 'text');
  return m ? m.indices.map(([s, e]) => [s, e] as [number, number]) : [];
}

/** fuse.js with its defaults over every note: the reference the fast search is measured against. */
export function referenceSearch(
  notes: readonly SearchableNote[],
): (query: string, limit?: number) => string[] {
  const fuse = new Fuse(notes, { keys: [...NOTE_SEARCH_KEYS] });
  return (query, limit = 10) => fuse.search(query.trim(), { limit }).map((r) => r.item.id);
}
