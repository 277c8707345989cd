// Precision and recall of the suggestions engine on the hand-labelled sample (tests/fixtures/factcheck/labels.json):
// the original fixture always, corpus scripts when the corpus is present. Prints the figures and fails under floors.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestItems, suggestionKey, type Suggestion } from '../../../lib/factcheck/suggest';
import { parseFountain } from '../../../lib/script/fountain';
import { hasCorpus, readCorpus } from '../../corpus';

interface Label {
  item: string;
  category: string;
  aliases?: string[];
  /** A reader might let it pass: found counts, missed does not count against recall. */
  optional?: boolean;
}
interface LabelledScript {
  path: string;
  items: Label[];
  notItems: string[];
}

const FIXTURES = resolve(__dirname, '../../fixtures/factcheck');
const labels: { scripts: LabelledScript[] } = JSON.parse(
  readFileSync(resolve(FIXTURES, 'labels.json'), 'utf8'),
);

function textOf(path: string): string {
  if (path.startsWith('fixture:'))
    return readFileSync(resolve(FIXTURES, path.slice('fixture:'.length)), 'utf8');
  return readCorpus(path);
}

interface Score {
  proposed: number;
  right: number;
  wrong: string[];
  wanted: number;
  found: number;
  missed: string[];
  categoryRight: number;
}

/** Scores the engine's proposals for one labelled script. */
export function score(suggestions: Suggestion[], labelled: LabelledScript): Score {
  const keyToLabel = new Map<string, Label>();
  for (const l of labelled.items)
    for (const k of [l.item, ...(l.aliases ?? [])]) keyToLabel.set(suggestionKey(k), l);
  const found = new Set<Label>();
  const s: Score = {
    proposed: suggestions.length,
    right: 0,
    wrong: [],
    wanted: 0,
    found: 0,
    missed: [],
    categoryRight: 0,
  };
  for (const sug of suggestions) {
    const label = keyToLabel.get(sug.key);
    if (!label) {
      s.wrong.push(sug.item);
      continue;
    }
    s.right++;
    if (!found.has(label) && sug.category === label.category) s.categoryRight++;
    found.add(label);
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

const scripts = labels.scripts.filter((s) => s.path.startsWith('fixture:') || hasCorpus);

describe('suggestions on the labelled sample', () => {
  it('meets the precision and recall floors, and prints both', () => {
    const total = { proposed: 0, right: 0, wanted: 0, found: 0, categoryRight: 0 };
    let labelled = 0;
    for (const ls of scripts) {
      const s = score(suggestItems(parseFountain(textOf(ls.path))), ls);
      labelled += ls.items.length + ls.notItems.length;
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
      console.log(
        `[factcheck] ${ls.path}: precision ${s.right}/${s.proposed}, recall ${s.found}/${s.wanted}` +
          (s.wrong.length ? `\n    not items: ${s.wrong.join(' | ')}` : '') +
          (s.missed.length ? `\n    missed: ${s.missed.join(' | ')}` : ''),
      );
    }
    const precision = total.right / total.proposed;
    const recall = total.found / total.wanted;
    console.log(
      `[factcheck] ${scripts.length} scripts, ${labelled} labelled phrases: precision ${(precision * 100).toFixed(1)}% ` +
        `(${total.right}/${total.proposed}), recall ${(recall * 100).toFixed(1)}% (${total.found}/${total.wanted}), ` +
        `category right for ${total.categoryRight}/${total.found} found items`,
    );
    expect(precision, 'share of proposals a clearance reader would flag').toBeGreaterThanOrEqual(
      PRECISION_FLOOR,
    );
    expect(recall, 'share of labelled items the engine proposes').toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});

// Set just under what the engine measured on the whole sample (corpus present), so a regression fails. Recall was
// 92.7% until 5 Dec 2026, when a surname after a social or working title ("Mr. Pettigrew", "Dr. Albrecht", "Mr.
// Hoff") stopped being proposed: this sample labels such invented people as items (a clearance house checks
// characters' names against real people), issue 17's evaluation labels them as noise ("Sheriff Tate"), and the issue's
// rule is the one the suggestions now follow. Those three, and Dr. Seuss with them, cost 4.9 points; other fixes that
// day brought it to 89.2% (74/83), precision 90.7%. On 6 Dec a lone everyday word capitalised in speech stopped
// being proposed (issue 17: "the Elevator and the Conveyor", "our fellow Patriots"; wrong far more often than right on
// the tuning scripts and their unlabelled stretches): it cost this sample "Madden" (printing-trouble), so recall is
// 88.0% (73/83), precision 92.7% (76/82).
const PRECISION_FLOOR = 0.78;
const RECALL_FLOOR = 0.87;
