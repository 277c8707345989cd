// What the suggestion class tests share: suggestions on a few lines of Fountain, and a scene heading to start them.
import { suggestItems, type Suggestion } from '../../../lib/factcheck/suggest';
import { parseFountain } from '../../../lib/script/fountain';

/** The suggestions for a Fountain source. */
export function suggest(source: string): Suggestion[] {
  return suggestItems(parseFountain(source));
}

/** The items suggested for a Fountain source, strongest first. */
export function items(source: string): string[] {
  return suggest(source).map((s) => s.item);
}

/** A scene heading to put before a test's lines. */
export const SCENE = 'INT. KITCHEN - DAY\n\n';
