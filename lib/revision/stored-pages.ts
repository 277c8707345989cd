// Whether a revision's stored pages can be shown as they are: a module of its own, so the panel's first load can ask
// without loading the layout code (lib/revision/pages and the paginator are split out of it).

import type { PageLayoutSettings, PageRevision } from './pages';

/**
 * Whether the pages stored with a revision are the ones `revisionPagesOf` would lay out, so they can be used as they
 * are: reading stores pages laid out for letter paper without CONTINUEDs or scene numbers (components/platform/
 * engine-parsers.ts `pagesOf`), which is the layout asked for when the settings say so, the source numbers no scene
 * and no lock applies (`lockApplies`: a locked revision before it, see `lockBefore`). Laying out again gives the same
 * pages, at the cost of the layout.
 */
export function storedPagesFit(
  revision: Pick<PageRevision, 'script' | 'pages'>,
  settings: Partial<PageLayoutSettings>,
  lockApplies: boolean,
): boolean {
  return (
    !lockApplies &&
    revision.pages.length > 0 &&
    (settings.paper ?? 'letter') === 'letter' &&
    !settings.sceneContinueds &&
    !revision.script.elements.some((e) => e.sceneNumber !== undefined)
  );
}
