// Sentences written in title case ("He Walks Into The Room And Sits"), where capitals do not mark names: the name
// reader then reads only names the lexicon knows. Pure text, no script facts.

// Words a sentence has and a name does not: pronouns, forms of "be" and "have", and words that join clauses. One of
// them capitalised inside a sentence says the writer capitalised every word ("He Walks Into The Room And Sits").
const SENTENCE_WORDS = new Set(
  (
    'He,She,They,We,It,His,Her,Their,Its,Him,Them,Is,Are,Was,Were,Be,Been,Being,Has,Have,Had,Does,Did,Into,Onto,' +
    'Then,Than,Very,Not,Just,Because,While,Until,Slowly,Suddenly'
  ).split(','),
);
// A sentence this short may be a name on its own ("Master Charge, Visa, Carte Blanche").
const TITLE_CASED_MIN_WORDS = 5;
// At most this share of a title-cased sentence's words start in lower case ("a", "of", "the").
const TITLE_CASED_MAX_LOWER = 0.2;
// Sentences are looked at up to this far either side of a name, so the check stays linear on long runs of text.
const MAX_SENTENCE = 300;
const SENTENCE_END = /[.!?…\n]/;
const WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * Whether the sentence around `at` is written in title case: five or more words, nearly all capitalised, one of them a
 * word only sentences have. There capitals do not mark names, and only names the lexicon knows are read.
 */
export function titleCasedSentence(
  text: string,
  at: number,
  elementStart: number,
  elementEnd: number,
): boolean {
  // Names are read in text order, several to a sentence: the sentence last looked at answers for every name in it.
  const last = lastSentence;
  if (last && last.text === text && last.elementStart === elementStart && at >= last.from && at < last.to)
    return last.titleCased;
  let from = at;
  const lowest = Math.max(elementStart, at - MAX_SENTENCE);
  while (from > lowest && !SENTENCE_END.test(text[from - 1])) from--;
  let to = at;
  const highest = Math.min(elementEnd, at + MAX_SENTENCE);
  while (to < highest && !SENTENCE_END.test(text[to])) to++;
  const words = text.slice(from, to).match(WORD) ?? [];
  let lower = 0;
  let sentenceWord = false;
  for (let i = 0; i < words.length; i++) {
    if (/^\p{Ll}/u.test(words[i])) lower++;
    else if (i > 0 && SENTENCE_WORDS.has(words[i])) sentenceWord = true;
  }
  const titleCased =
    words.length >= TITLE_CASED_MIN_WORDS && sentenceWord && lower <= words.length * TITLE_CASED_MAX_LOWER;
  lastSentence = { text, elementStart, from, to, titleCased };
  return titleCased;
}

let lastSentence:
  { text: string; elementStart: number; from: number; to: number; titleCased: boolean } | undefined;
