// What a new note is attached to, in order: text selected in the page, lines selected in the script view, the scene
// last touched, else the whole script. Offsets always come from the shown revision's script.text.
import { anchorAt } from '../../../lib/anchoring';
import type { StoredAnchor } from '../../../lib/db';
import { locateQuote } from '../../../lib/notes/locate';
import type { Page, Script } from '../../../lib/script/model';
import type { ScriptSelection } from '../../workbench/state';
import type { OutlineScene } from '../../../lib/script/outline';
import { sceneIndexAt } from '../../../lib/script/scene-numbers';
import { pageLabelAt } from '../../../lib/script/page-at';

export interface AttachTarget {
  anchor?: StoredAnchor;
  sceneHeading?: string;
  /** In words, for the capture box ("On page 3: “We close at two.”"). */
  label: string;
  /** Where it came from, so the user can detach a page or script selection. */
  source: 'page' | 'selection' | 'scene' | 'script';
  /** Set when page text was selected but is not in this revision: a sentence for the user. */
  problem?: string;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
}

function headingAt(scenes: readonly OutlineScene[], offset: number): string | undefined {
  const i = sceneIndexAt(scenes, offset);
  return i >= 0 ? scenes[i].heading : undefined;
}

/** The attachment for the next note. */
export function attachTarget(args: {
  script: Script;
  pages: readonly Page[];
  scenes: readonly OutlineScene[];
  pageQuote?: string;
  selection: ScriptSelection | null;
  lastScene?: number;
}): AttachTarget {
  const { script, pages, scenes } = args;
  const at = (start: number, end: number, source: AttachTarget['source']): AttachTarget | undefined => {
    try {
      const anchor = anchorAt(script, start, end);
      const page = pageLabelAt(pages, start);
      return {
        anchor,
        sceneHeading: headingAt(scenes, start),
        label: `On ${page ? `page ${page}: ` : ''}“${short(anchor.exact)}”`,
        source,
      };
    } catch {
      return undefined;
    }
  };
  let problem: string | undefined;
  if (args.pageQuote) {
    const found = locateQuote(script.text, args.pageQuote);
    const t = found && at(found.start, found.end, 'page');
    if (t) return t;
    problem = 'The text selected in the page is not in this revision of the script.';
  }
  const sel = args.selection;
  if (sel && sel.end > sel.start) {
    const t = at(sel.start, sel.end, 'selection');
    if (t) return { ...t, problem };
  }
  if (args.lastScene !== undefined && scenes[args.lastScene]) {
    const s = scenes[args.lastScene];
    const el = script.elements[s.element];
    const t = el && at(el.start, el.end, 'scene');
    if (t) return { ...t, label: `On scene ${s.number ?? s.index + 1}: ${short(s.heading)}`, problem };
  }
  return { label: 'On the whole script', source: 'script', problem };
}
