// Re-anchoring: places each note's or flag's anchor in a newer draft. One element alignment per call maps every
// anchor's old position; the quote is verified there, else found elsewhere by context, else matched approximately
// near the mapped position, else (last resort) inside text the new draft inserted. What cannot be placed is orphaned.

import type { Placement } from './types';
import type { Script } from '../script/model';
import {
  type Alignment,
  alignScripts,
  changedSpansIn,
  inChangedText,
  insertedStretches,
  mapOffset,
  rewrittenChars,
} from './alignment';
import { type Candidate, approximateMatches, exactOccurrences, scoreCandidate } from './matching';
import type { Anchor } from './selectors';

/** Where an anchor stands in the newer draft (the stored Placement without its revision id). */
export type AnchorPlacement = Omit<Placement, 'revisionId'>;

export interface ReanchorOptions {
  /** How far either side of the mapped position an approximate match is looked for (characters). */
  windowChars?: number;
  /** Least share of the quote an approximate match must keep (1 - errors / quote length). */
  minFuzzyQuote?: number;
}

/** Approximate matching stays within this many characters of the mapped position (performance.md). */
export const FUZZY_WINDOW_CHARS = 2048;
/** An approximate match must keep at least this share of the quote. */
export const MIN_FUZZY_QUOTE = 0.65;
/** Quotes shorter than this are placed only where they are found exactly: a few letters match anything. */
export const MIN_FUZZY_CHARS = 8;
/** An exact quote this long is distinctive enough inside its own changed passage without context. */
const DISTINCT_QUOTE_CHARS = 16;
/** Share of each side's context a short quote needs to be placed away from its own passage. */
const SHORT_CONTEXT = 0.9;
/** A quote this long found once in the whole draft may be placed on its own, whatever its context. */
const UNIQUE_QUOTE_CHARS = 32;
/** The last resort (inserted text anywhere) asks for a closer match than the local search. */
const MIN_INSERTED_QUOTE = 0.75;
const MIN_INSERTED_CHARS = 16;
/** A quote whose words were partly rewritten in place stays placed while at least this share of it survives. */
const MIN_KEPT_QUOTE = 0.5;

/** Work shared by all anchors of one pass: the alignment, and the inserted text gathered once when first needed. */
interface Pass {
  al: Alignment;
  inserted?: { text: string; at: number[]; newAt: number[] };
}

function context(c: Candidate): number {
  return (c.prefix + c.suffix) / 2;
}

function placed(status: AnchorPlacement['status'], c: Candidate): AnchorPlacement {
  return { status, start: c.start, end: c.end, score: Math.round(c.score * 1000) / 1000 };
}

/** The inserted stretches of the new draft joined into one string, with where each piece came from. */
function gatherInserted(pass: Pass): NonNullable<Pass['inserted']> {
  if (pass.inserted) return pass.inserted;
  const text = pass.al.newer.text;
  const parts: string[] = [];
  const at: number[] = [];
  const newAt: number[] = [];
  let len = 0;
  for (const [s, e] of insertedStretches(pass.al)) {
    at.push(len);
    newAt.push(s);
    parts.push(text.slice(s, e));
    len += e - s + 1;
  }
  // '\u0000' never occurs in script text, so no match runs across two stretches without paying for it.
  pass.inserted = { text: parts.join('\u0000'), at, newAt };
  return pass.inserted;
}

/**
 * Where a short quote may be: anywhere in its own passage, elsewhere only with nearly all its context (the rule in
 * exactCandidates), so elsewhere is searched with that context attached: "and" would otherwise hit thousands of times.
 */
function shortQuoteHits(text: string, anchor: Anchor, own: [number, number] | null): number[] {
  const len = anchor.exact.length;
  const hits: number[] = [];
  if (own) {
    for (
      let at = text.indexOf(anchor.exact, own[0]);
      at !== -1 && at + len <= own[1];
      at = text.indexOf(anchor.exact, at + 1)
    ) {
      hits.push(at);
    }
  }
  const pk = Math.ceil(anchor.prefix.length * SHORT_CONTEXT);
  const sk = Math.ceil(anchor.suffix.length * SHORT_CONTEXT);
  const core = anchor.prefix.slice(anchor.prefix.length - pk) + anchor.exact + anchor.suffix.slice(0, sk);
  for (const at of exactOccurrences(text, core)) {
    if (!own || at + pk < own[0] || at + pk + len > own[1]) hits.push(at + pk);
  }
  return hits;
}

/** Exact hits in changed text that pass the context rule, best first; `own` hits are in the anchor's own passage. */
function exactCandidates(
  pass: Pass,
  anchor: Anchor,
  expected: number,
  own: [number, number] | null,
  valid: boolean,
): { c: Candidate; own: boolean } | undefined {
  const { al } = pass;
  const text = al.newer.text;
  const len = anchor.exact.length;
  const hits =
    len >= DISTINCT_QUOTE_CHARS ? exactOccurrences(text, anchor.exact) : shortQuoteHits(text, anchor, own);
  let best: { c: Candidate; own: boolean } | undefined;
  for (const at of hits) {
    // A stale anchor (its offsets are from another text) has no mapping to trust: any hit may be it.
    if (valid && !inChangedText(al, at, at + len)) continue;
    const c = scoreCandidate(text, anchor, at, at + len, 1, expected);
    const isOwn = own !== null && at >= own[0] && at + len <= own[1];
    const ok = isOwn
      ? len >= DISTINCT_QUOTE_CHARS || context(c) >= 0.25
      : len >= DISTINCT_QUOTE_CHARS
        ? context(c) >= 0.5 || (len >= UNIQUE_QUOTE_CHARS && hits.length === 1)
        : c.prefix >= SHORT_CONTEXT && c.suffix >= SHORT_CONTEXT; // a few words found elsewhere need their context
    if (!ok) continue;
    // Hits in the anchor's own passage win over hits elsewhere; then the better score.
    if (!best || (isOwn && !best.own) || (isOwn === best.own && c.score > best.c.score))
      best = { c, own: isOwn };
  }
  return best;
}

/** The first approximate match in the spans that is good enough, judged best-first within each span. */
function fuzzyIn(
  pass: Pass,
  anchor: Anchor,
  spans: [number, number][],
  expected: number,
  minQuote: number,
  prefer?: (c: Candidate) => boolean,
): Candidate | undefined {
  const text = pass.al.newer.text;
  const maxErrors = Math.floor(anchor.exact.length * (1 - minQuote));
  let best: Candidate | undefined;
  for (const [s, e] of spans) {
    for (const c of approximateMatches(text, anchor, s, e, maxErrors, expected)) {
      if (c.quote === 1) continue; // exact hits were judged by their context already
      if (c.quote < minQuote || (c.quote < 0.85 && context(c) < 0.25)) continue;
      const better = !best || (prefer && prefer(c) !== prefer(best) ? prefer(c) : c.score > best.score);
      if (better) best = c;
    }
  }
  return best;
}

function placeOne(pass: Pass, anchor: Anchor, opts: Required<ReanchorOptions>): AnchorPlacement {
  const { al } = pass;
  const text = al.newer.text;
  const quote = anchor.exact;
  const len = quote.length;
  if (len === 0) return { status: 'orphaned' };
  const valid = al.older.text.startsWith(quote, anchor.start);
  const from = mapOffset(al, Math.min(anchor.start, al.older.text.length));
  const to = mapOffset(al, Math.min(anchor.end, al.older.text.length));
  const expected = from.pos;

  // 1. The same text at the mapped position.
  if (valid && from.kept && text.startsWith(quote, expected)) {
    return placed('exact', scoreCandidate(text, anchor, expected, expected + len, 1, expected));
  }

  // 2. The exact quote: in the passage the anchor's text became it is 'exact', elsewhere 'moved'. Only changed
  // text of the new draft is eligible (see inChangedText): a moved scene is inserted text there.
  const own: [number, number] | null =
    valid && from.region >= 0 ? [al.regions[from.region].newStart, al.regions[to.region].newEnd] : null;
  const hit = exactCandidates(pass, anchor, expected, own, valid);
  const fuzzyOk = len >= MIN_FUZZY_CHARS;

  // 3. Words edited inside the quote within one changed passage, an end of the quote still in unchanged text: the
  // placement follows from the alignment, and it holds while at least half the quoted characters survive.
  let rewritten: Candidate | undefined;
  if (valid && own && fuzzyOk && from.region === to.region && (from.kept || to.kept) && to.pos > from.pos) {
    // Shared characters over the longer of the quote and its new text: a quote mostly replaced by new words is gone.
    const kept =
      (len - rewrittenChars(al, from.region, anchor.start, anchor.end)) / Math.max(len, to.pos - from.pos);
    if (kept >= MIN_KEPT_QUOTE && kept < 1)
      rewritten = scoreCandidate(text, anchor, from.pos, to.pos, kept, expected);
  }
  if (hit?.own && (!rewritten || context(hit.c) >= 0.25)) return placed('exact', hit.c);
  if (rewritten) return placed('fuzzy', rewritten);

  // 4. A quote across several passages with one end still in place: match it approximately from that end.
  if (valid && own && fuzzyOk && from.region !== to.region && (from.kept || to.kept)) {
    const span: [number, number] = from.kept
      ? [from.pos, Math.min(own[1], from.pos + 2 * len)]
      : [Math.max(own[0], to.pos - 2 * len), to.pos];
    const anchoredEnd = (c: Candidate) => (from.kept ? c.start === from.pos : c.end === to.pos);
    const c = fuzzyIn(pass, anchor, [span], expected, opts.minFuzzyQuote, anchoredEnd);
    if (c) return placed('fuzzy', c);
  }
  if (hit) return placed('moved', hit.c);
  if (!fuzzyOk) return { status: 'orphaned' };

  // 5. An approximate match in changed text near the mapped position, the anchor's own passage first.
  if (own) {
    const c = fuzzyIn(pass, anchor, changedSpansIn(al, own[0], own[1]), expected, opts.minFuzzyQuote);
    if (c) return placed('fuzzy', c);
  }
  const window = changedSpansIn(al, expected - opts.windowChars, expected + len + opts.windowChars);
  const near = fuzzyIn(pass, anchor, window, expected, opts.minFuzzyQuote);
  if (near) return placed('fuzzy', near);

  // 6. Last resort: a close match inside text the new draft inserted (a scene moved and edited).
  if (len < MIN_INSERTED_CHARS) return { status: 'orphaned' };
  const ins = gatherInserted(pass);
  if (ins.text.length === 0) return { status: 'orphaned' };
  const insErrors = Math.floor(len * (1 - Math.max(opts.minFuzzyQuote, MIN_INSERTED_QUOTE)));
  const shadow: Anchor = { ...anchor, prefix: '', suffix: '' };
  for (const m of approximateMatches(ins.text, shadow, 0, ins.text.length, insErrors, 0)) {
    if (m.quote === 1 || ins.text.slice(m.start, m.end).includes('\u0000')) continue;
    // Find which stretch the match is in, and rescore it against the real text around it.
    let k = ins.at.length - 1;
    while (k > 0 && ins.at[k] > m.start) k--;
    const s = ins.newAt[k] + (m.start - ins.at[k]);
    const c = scoreCandidate(text, anchor, s, s + (m.end - m.start), m.quote, expected);
    if (c.quote >= 0.85 || context(c) >= 0.25) return placed('fuzzy', c);
  }
  return { status: 'orphaned' };
}

function withDefaults(options: ReanchorOptions = {}): Required<ReanchorOptions> {
  return {
    windowChars: options.windowChars ?? FUZZY_WINDOW_CHARS,
    minFuzzyQuote: options.minFuzzyQuote ?? MIN_FUZZY_QUOTE,
  };
}

/** Places one anchor using an alignment made by `alignScripts(older, newer)` (reuse it for many anchors). */
export function reanchorOne(
  alignment: Alignment,
  anchor: Anchor,
  options?: ReanchorOptions,
): AnchorPlacement {
  return placeOne({ al: alignment }, anchor, withDefaults(options));
}

/**
 * Places every anchor made on `older` in `newer`: one placement per anchor, in order. Anchors that cannot be
 * placed come back 'orphaned' (the caller keeps their last text); none are dropped.
 */
export function reanchor(
  older: Script,
  newer: Script,
  anchors: readonly Anchor[],
  options?: ReanchorOptions,
): AnchorPlacement[] {
  const pass: Pass = { al: alignScripts(older, newer) };
  const opts = withDefaults(options);
  return anchors.map((a) => placeOne(pass, a, opts));
}
