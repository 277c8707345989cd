// Scoring the suggestions against hand labels (tests/fixtures/factcheck/eval-labels.json): precision, recall and
// category accuracy over the labelled part of each script. Shared by the evaluation test and the library comparison.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggestionKey } from '../../../lib/factcheck/suggest';
import { parseFdx } from '../../../lib/script/fdx';
import { parseFountain } from '../../../lib/script/fountain';
import type { Script } from '../../../lib/script/model';
import { readCorpus } from '../../corpus';

export interface Label {
  item: string;
  category: string;
  aliases?: string[];
  /** A reader might let it pass: found counts, missed does not count against recall. */
  optional?: boolean;
}

export interface LabelledScript {
  path: string;
  kind: string;
  /** The stretch of script.text that was read, [start, end); the whole text when absent. */
  part?: [number, number];
  items: Label[];
  notItems: string[];
}

export interface EvalLabels {
  tune: LabelledScript[];
  heldOut: LabelledScript[];
}

/** A proposal as scored: what the engine or a library proposes, with its first place in script.text. */
export interface Proposal {
  item: string;
  category: string;
  start: number;
}

export interface Score {
  proposed: number;
  right: number;
  wrong: string[];
  wanted: number;
  found: number;
  missed: string[];
  categoryRight: number;
  wrongCategory: string[];
}

/** Keys compare without a leading article: "The Police" and "Police" are one item. */
function matchKey(item: string): string {
  return suggestionKey(item).replace(/^the /, '');
}

export const evalLabels: EvalLabels = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/factcheck/eval-labels.json'), 'utf8'),
);

/** Reads a corpus script with the parser its extension names. */
export function readScript(path: string): Script {
  const text = readCorpus(path);
  return path.endsWith('.fdx') ? parseFdx(text) : parseFountain(text);
}

/** Scores proposals for one labelled script: only those whose first place is inside the labelled part count. */
export function scoreProposals(proposals: Proposal[], labelled: LabelledScript): Score {
  const [from, to] = labelled.part ?? [0, Infinity];
  const keyToLabel = new Map<string, Label>();
  for (const l of labelled.items)
    for (const k of [l.item, ...(l.aliases ?? [])]) keyToLabel.set(matchKey(k), l);
  const found = new Set<Label>();
  const s: Score = {
    proposed: 0,
    right: 0,
    wrong: [],
    wanted: 0,
    found: 0,
    missed: [],
    categoryRight: 0,
    wrongCategory: [],
  };
  const seenKeys = new Set<string>();
  for (const p of proposals) {
    if (p.start < from || p.start >= to) continue;
    const key = matchKey(p.item);
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    s.proposed++;
    const label = keyToLabel.get(key);
    if (!label) {
      s.wrong.push(p.item);
      continue;
    }
    s.right++;
    if (found.has(label)) continue;
    found.add(label);
    if (p.category === label.category) s.categoryRight++;
    else s.wrongCategory.push(`${p.item} (${p.category}, labelled ${label.category})`);
  }
  for (const l of labelled.items) {
    if (found.has(l)) {
      s.found++;
      s.wanted++;
    } else if (!l.optional) {
      s.wanted++;
      s.missed.push(l.item);
    }
  }
  return s;
}

export interface Totals {
  proposed: number;
  right: number;
  wanted: number;
  found: number;
  categoryRight: number;
  precision: number;
  recall: number;
  categoryAccuracy: number;
}

/** Adds up per-script scores. */
export function totals(scores: Score[]): Totals {
  const t = { proposed: 0, right: 0, wanted: 0, found: 0, categoryRight: 0 };
  for (const s of scores) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += s[k];
  return {
    ...t,
    precision: t.proposed ? t.right / t.proposed : 1,
    recall: t.wanted ? t.found / t.wanted : 1,
    categoryAccuracy: t.found ? t.categoryRight / t.found : 1,
  };
}

/** One line of figures. */
export function describeTotals(name: string, t: Totals): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return (
    `${name}: precision ${pct(t.precision)} (${t.right}/${t.proposed}), recall ${pct(t.recall)} ` +
    `(${t.found}/${t.wanted}), category accuracy ${pct(t.categoryAccuracy)} (${t.categoryRight}/${t.found})`
  );
}
