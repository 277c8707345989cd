// The parsers lib/reading dispatches to, passed in so reading is testable and the panel can load pdf.js lazily.

import type { PageBlock } from '../script/blocks';
import type { Script } from '../script/model';

/** The text parsers of lib/script, by the names of the shared contract. */
export interface ScriptParsers {
  parseFountain(text: string): Script;
  parseFdx(xml: string): Script;
  parsePlainText(text: string): Script;
  parseBlocks(blocks: PageBlock[]): Script;
  isLikelyScript(script: Script): boolean;
}
