// The key a suggestion, a dismissal and a flag's item are compared by. Its own module so storage (dismissals) does
// not load the suggestions engine and its dictionary.

// Longer stretches of a flag's or dismissal's text are cut before they are normalised.
const MAX_KEY_SOURCE = 400;

const EDGE_START = /[\s"'“”‘’([]/;
const EDGE_END = /[\s"'“”‘’)\].,;:!?]/;

/** The key an item is remembered by: lower-case, single spaces, no possessive 's or edge punctuation. */
export function suggestionKey(item: string): string {
  let s = item
    .slice(0, MAX_KEY_SOURCE)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ');
  // Edge punctuation is trimmed by hand: an anchored /[...]+$/ is quadratic on long runs.
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_START.test(s[a])) a++;
  while (b > a && EDGE_END.test(s[b - 1])) b--;
  s = s.slice(a, b);
  return s.replace(/'s$/, '').trim();
}
