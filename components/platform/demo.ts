// Stores the bundled demo script (two drafts) as one script, so a newcomer can try everything on it.

import { storeRevision } from '../../lib/db/revisions';
import { DEMO_SCRIPT } from '../../lib/demo';
import { parseFountain } from '../../lib/script/fountain';
import { pagesOf } from './engine-parsers';

/** Stores both demo drafts (again: no duplicate revisions) and returns the demo script's id. */
export async function loadDemo(): Promise<string> {
  let scriptId: string | undefined;
  for (const rev of DEMO_SCRIPT.revisions) {
    const script = parseFountain(rev.fountain);
    const r = await storeRevision({
      script,
      pages: pagesOf(script),
      source: { kind: 'demo', format: 'fountain' },
      title: DEMO_SCRIPT.title,
      scriptId,
      date: rev.date,
      label: rev.label,
    });
    scriptId = r.scriptId;
  }
  if (!scriptId) throw new Error('The demo script has no drafts.');
  return scriptId;
}
