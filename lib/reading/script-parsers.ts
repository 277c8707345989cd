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

/** Width of one Courier 12pt character in CSS px (7.2pt at 96 dpi), to turn a page's px indents into columns. */
const COURIER_CHAR_PX = 9.6 * 0.75;

/**
 * Stand-in for parseBlocks until lib/script/blocks.ts exists: lays the blocks out as indented plain text and
 * reads that with the plain-text parser (indents are the signal both use).
 */
export function blocksAsPlainText(blocks: PageBlock[], parsePlainText: (t: string) => Script): Script {
  const minIndent = Math.min(...blocks.map((b) => b.indent ?? 0));
  const lines: string[] = [];
  for (const b of blocks) {
    const cols = b.centered ? 20 : Math.max(0, Math.round(((b.indent ?? 0) - minIndent) / COURIER_CHAR_PX));
    for (const line of b.text.split('\n')) lines.push(' '.repeat(cols) + line.trim());
    lines.push('');
  }
  return parsePlainText(lines.join('\n'));
}

/** Stand-in for isLikelyScript until lib/script provides it: a scene heading, and some speech or enough action. */
export function looksLikeScript(script: Script): boolean {
  let scenes = 0;
  let cues = 0;
  let dialogue = 0;
  for (const e of script.elements) {
    if (e.type === 'scene_heading') scenes++;
    else if (e.type === 'character') cues++;
    else if (e.type === 'dialogue') dialogue++;
  }
  return (scenes >= 1 && cues >= 2 && dialogue >= 2) || scenes >= 3;
}
