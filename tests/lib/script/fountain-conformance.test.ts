// Conformance against other Fountain parsers' test data (jouvence, fountain-tools), in the shared corpus.
// A jouvence case is one YAML document; a fountain-tools case is one element of a dump (files hold many scenarios),
// plus one case per file for its title page. Every known disagreement is listed with the reason.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseEmphasis } from '../../../lib/script/emphasis';
import { parseFountain } from '../../../lib/script/fountain';
import { ScriptError } from '../../../lib/script/model';
import { corpusPath, describeCorpus, readCorpus } from '../../corpus';
import {
  jouvenceElements,
  normalise,
  ourElements,
  readJouvenceYaml,
  readToolsDump,
  unmatched,
  type Cmp,
} from './fountain-peers';

/** Cases where we knowingly differ from the peer, with why. The test fails if one of these starts agreeing. */
const KNOWN_DISAGREEMENTS: Record<string, string> = {
  'jouvence/test_lyrics#2':
    'jouvence makes "~lyric\\nplain line" one action; we read the "~" line as lyrics (as fountain-tools does)',
  'fountain-tools/Character#19':
    'peer refuses cue "3CPO" (starts with a digit); spec 1.1 needs only one letter (R2D2)',
  'fountain-tools/Character+ours#19': 'same case: we read "3CPO" as a cue',
  'fountain-tools/Character+ours#20': 'same case: and "Not work." as its dialogue',
  'fountain-tools/Parenthetical#11':
    'peer reads "(bouncy)" right after "(loudly)" as dialogue; we read a parenthetical',
  'fountain-tools/Parenthetical+ours#11': 'same case: our parenthetical "(bouncy)"',
  'fountain-tools/Parenthetical+ours#12': 'same case: our dialogue then starts at "Also trying this?"',
  'fountain-tools/Notes#5':
    'peer runs dialogue on across a blank line into the next paragraphs (because a later note holds "  "); we end it at the blank line',
  'fountain-tools/Notes+ours#5': 'same case: our dialogue ends at the blank line',
  'fountain-tools/Notes+ours#6':
    'same case: our action paragraph; "[[This ... blank line.]]" is not a note (blank line inside) and stays as text',
  'fountain-tools/Boneyards#3':
    'a boneyard holding whole paragraphs counts as a paragraph break for us, so "CUT TO:" before it is a transition',
  'fountain-tools/Boneyards+ours#3': 'same case: the action paragraph before "CUT TO:"',
  'fountain-tools/Boneyards+ours#4': 'same case: our transition "CUT TO:"',
  'fountain-tools/Sections#title':
    'peer reads a first line "CUT TO:" as a title page key with no value; we need a value',
  'fountain-tools/Sections+ours#1': 'same case: we read "CUT TO:" as a transition',
};

const TOOLS_FILES: [string, string][] = [
  ['Scratch', 'Scratch'],
  ['SceneHeading', 'SceneHeading'],
  ['Action', 'Action-Merged'],
  ['Character', 'Character'],
  ['Dialogue', 'Dialogue-Merged'],
  ['Parenthetical', 'Parenthetical'],
  ['Lyrics', 'Lyrics'],
  ['Transition', 'Transition'],
  ['TitlePage', 'TitlePage'],
  ['PageBreak', 'PageBreak'],
  ['LineBreaks', 'LineBreaks'],
  ['Notes', 'Notes'],
  ['Boneyards', 'Boneyards'],
  ['Sections', 'Sections'],
  ['UTF8', 'UTF8'],
];

const show = (c: Cmp | undefined) => (c ? `${c.type}:${JSON.stringify(c.text)}` : '(none)');
// The peers keep emphasis markers in title values ("_**BRICK & STEEL**_"); we store the words with the emphasis as
// spans. Compared as printed: markers removed line by line on both sides.
const normTitle = (t: Record<string, string>) =>
  JSON.stringify(
    Object.entries(t)
      .map(([k, v]) => [
        k.toLowerCase(),
        v
          .split('\n')
          .map((l) => parseEmphasis(l).text)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ])
      .sort(),
  );

describeCorpus('Fountain conformance with peer parsers', () => {
  it('agrees with jouvence and fountain-tools on at least 97% of their cases, and every disagreement is listed', () => {
    const results = new Map<string, string | null>(); // peer case id -> null when agreeing, else what differs
    const extras = new Map<string, string>(); // elements we produce that a fountain-tools dump does not have

    const jdir = corpusPath('peer-tests/jouvence');
    for (const file of readdirSync(jdir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      readJouvenceYaml(readCorpus(`peer-tests/jouvence/${file}`)).forEach((c, k) => {
        const id = `jouvence/${file.replace(/\.yaml$/, '')}#${k + 1}`;
        let script;
        try {
          script = parseFountain(c.input);
        } catch (e) {
          results.set(id, e instanceof ScriptError ? `ScriptError ${e.code}` : String(e));
          return;
        }
        const ours = normalise(ourElements(script));
        const theirs = normalise(jouvenceElements(c.out));
        const diff = unmatched(theirs, ours);
        const problems: string[] = [];
        if (diff.a.length || diff.b.length)
          problems.push(
            `peer ${diff.a.map((i) => show(theirs[i])).join(', ')} | ours ${diff.b.map((i) => show(ours[i])).join(', ')}`,
          );
        if (c.title) {
          const got = Object.fromEntries(script.titlePage.map((f) => [f.key, f.value]));
          if (normTitle(got) !== normTitle(c.title))
            problems.push(`title ${normTitle(got)} vs ${normTitle(c.title)}`);
        }
        results.set(id, problems.length ? problems.join('; ') : null);
      });
    }

    for (const [input, expected] of TOOLS_FILES) {
      const script = parseFountain(readCorpus(`peer-tests/fountain-tools/${input}.fountain`));
      const dump = readToolsDump(readCorpus(`peer-tests/fountain-tools/${expected}.txt`));
      const ours = normalise(ourElements(script));
      const theirs = normalise(dump.elements);
      const diff = unmatched(theirs, ours);
      const missing = new Set(diff.a);
      theirs.forEach((e, i) =>
        results.set(`fountain-tools/${input}#${i + 1}`, missing.has(i) ? `peer has ${show(e)}` : null),
      );
      for (const j of diff.b) extras.set(`fountain-tools/${input}+ours#${j + 1}`, `we add ${show(ours[j])}`);
      const got = Object.fromEntries(script.titlePage.map((f) => [f.key, f.value]));
      const titleId = `fountain-tools/${input}#title`;
      results.set(
        titleId,
        normTitle(got) === normTitle(dump.title)
          ? null
          : `title ${normTitle(got)} vs ${normTitle(dump.title)}`,
      );
    }

    const disagreeing = [...results].filter(([, v]) => v !== null);
    const agreed = results.size - disagreeing.length;
    const rate = agreed / results.size;
    const jouvenceCases = [...results.keys()].filter((k) => k.startsWith('jouvence/'));
    const jouvenceAgreed = jouvenceCases.filter((k) => results.get(k) === null).length;
    console.log(
      `[fountain conformance] cases ${results.size}, agreed ${agreed}, rate ${(rate * 100).toFixed(1)}% ` +
        `(jouvence ${jouvenceAgreed}/${jouvenceCases.length}, fountain-tools ${agreed - jouvenceAgreed}/${results.size - jouvenceCases.length}); ` +
        `elements we add beyond fountain-tools dumps: ${extras.size}`,
    );
    for (const [id, why] of disagreeing) console.log(`  differs ${id}: ${why}`);
    for (const [id, why] of extras) {
      console.log(`  differs ${id}: ${why}`);
      disagreeing.push([id, why]);
    }

    const unlisted = disagreeing
      .filter(([id]) => !(id in KNOWN_DISAGREEMENTS))
      .map(([id, why]) => `${id}: ${why}`);
    expect(unlisted, 'cases that disagree with a peer but are not in KNOWN_DISAGREEMENTS').toEqual([]);
    const nowAgreeing = Object.keys(KNOWN_DISAGREEMENTS).filter(
      (id) => results.get(id) === null && !extras.has(id),
    );
    expect(
      nowAgreeing,
      'listed disagreements that now agree (or no longer exist): remove them from the list',
    ).toEqual([]);
    expect(rate, 'share of peer cases we agree with').toBeGreaterThanOrEqual(0.97);
  });
});
