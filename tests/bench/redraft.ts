// A fixed, deterministic redraft of a real script for the compare benchmark: a few scenes cut, added and moved, and
// one prose line in ten touched. The same input always gives the same second draft, so runs compare like with like.

import type { ElementDraft, Script } from '../../lib/script/model';
import { generateScene, rng } from '../fixtures/generate';

/** What the redraft did, printed beside the figures so a reader can see the pair is realistic. */
export interface RedraftLog {
  scenesCut: number;
  scenesAdded: number;
  scenesMoved: number;
  proseTouched: number;
}

/** Elements a writer rewrites line by line (action and dialogue), as opposed to cues, headings and transitions. */
const PROSE = new Set(['action', 'dialogue']);
/** One prose element in this many is touched. */
const TOUCH_EVERY = 10;
const SCENES_CUT = 3;
const SCENES_ADDED = 3;
const SCENES_MOVED = 2;
const SEED = 14;
/** Scenes (besides the opening block) a script must have for scenes to be cut or moved. */
const MIN_SCENES = 4;

/** The drafts of `script` edited by the fixed redraft (element drafts: build them with `buildScript`). */
export function redraft(script: Script): { drafts: ElementDraft[]; log: RedraftLog } {
  const r = rng(SEED);
  // Copy only what the parser gave each element, so the second draft carries no offsets or ids of the first.
  const copy = (el: Script['elements'][number]): ElementDraft => {
    const { id: _id, start: _start, end: _end, ...d } = el;
    return { ...d };
  };
  const scenes: ElementDraft[][] = [[]];
  for (const el of script.elements) {
    if (el.type === 'scene_heading') scenes.push([]);
    scenes[scenes.length - 1].push(copy(el));
  }
  let proseTouched = 0;
  let prose = 0;
  for (const sc of scenes) {
    for (const d of sc) {
      if (!PROSE.has(d.type) || prose++ % TOUCH_EVERY !== TOUCH_EVERY - 1) continue;
      const words = d.text.split(' ');
      const k = Math.floor(r() * words.length);
      // Alternate the three edits a writer makes to a line: a word swapped, a word added, a word cut.
      if (proseTouched % 3 === 0) words[k] = 'somehow';
      else if (proseTouched % 3 === 1) words.splice(k, 0, 'quietly');
      else if (words.length > 1) words.splice(k, 1);
      d.text = words.join(' ');
      // Emphasis and revision marks point into the old text; a rewritten line keeps none of them.
      delete d.styles;
      delete d.marks;
      proseTouched++;
    }
  }
  // Scene-level edits never touch the opening block (the elements before the first heading).
  const pickScene = () => 1 + Math.floor(r() * (scenes.length - 1));
  // A short script keeps at least a few scenes: cutting or moving needs some to choose from.
  let scenesCut = 0;
  let scenesMoved = 0;
  for (let n = 0; n < SCENES_CUT && scenes.length > MIN_SCENES; n++, scenesCut++)
    scenes.splice(pickScene(), 1);
  for (let n = 0; n < SCENES_MOVED && scenes.length > MIN_SCENES; n++, scenesMoved++) {
    const [sc] = scenes.splice(pickScene(), 1);
    scenes.splice(pickScene(), 0, sc);
  }
  for (let n = 0; n < SCENES_ADDED; n++) {
    const added = generateScene(r, 0).map((d) => ({ ...d, sceneNumber: undefined }));
    scenes.splice(pickScene(), 0, added);
  }
  return {
    drafts: scenes.flat(),
    log: { scenesCut, scenesAdded: SCENES_ADDED, scenesMoved, proseTouched },
  };
}
