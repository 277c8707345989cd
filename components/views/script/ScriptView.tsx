// The Script view: the outline (collapsible) above the script pages. Its welcome, before any script is stored, is the
// empty state declared in contribution.ts.
// The pages (with the virtualiser) load apart from the panel's first load, starting as soon as a script is open.
import { useWorkbenchActions } from '../../workbench/actions';
import { useOpenScript } from '../../workbench/openScript';
import { useLastScene, useViewState } from '../../workbench/state';
import { Section } from '../../ui/Section';
import { Outline } from './Outline';
import { loadable } from '../../ui/loadable';

const ScriptPages = loadable(() => import('./ScriptPages').then((m) => m.ScriptPages), 'Loading pages…');

/** Loads the script pages' code (the panel does when idle, so the first script read shows without waiting for it). */
export const warmScriptView = () => ScriptPages.preload();

/** The Script view. */
export function ScriptView() {
  const { loading, open, unreadTab } = useOpenScript();
  const { outlineVisible } = useViewState();
  const lastScene = useLastScene();
  const actions = useWorkbenchActions();
  if (loading) {
    // Storage is opening: fetch the page renderer meanwhile, so a stored script shows without a second wait.
    void ScriptPages.preload();
    return <p className="muted view-loading">Loading…</p>;
  }
  // No script: the workbench shows the view's declared empty state (contribution.ts).
  if (!open) return null;
  const { revision, pages, scenes, characters } = open;
  return (
    <div className="script-view">
      {unreadTab ? (
        <div className="unread-tab" role="status">
          <span>This tab’s page has not been read. The panel shows “{open.record.title}”.</span>
          <button type="button" className="button-primary" onClick={() => void actions.readThisPage()}>
            Read this tab
          </button>
        </div>
      ) : null}
      {outlineVisible ? (
        <div className="script-view-outline">
          <Section title="Outline">
            <Outline
              scenes={scenes}
              characters={characters}
              currentScene={lastScene}
              onOpenScene={(s) => actions.revealScene(s.index)}
            />
          </Section>
        </div>
      ) : null}
      <div className="script-view-pages">
        <Section title={`Pages (${pages.length})`}>
          {pages.length > 0 ? (
            <ScriptPages script={revision.script} pages={pages} scenes={scenes} />
          ) : (
            <p className="muted">This revision has no laid-out pages yet.</p>
          )}
        </Section>
      </div>
      {revision.script.warnings.length > 0 ? (
        <Section title={`Reading notes (${revision.script.warnings.length})`} defaultOpen={false}>
          <ul className="warnings">
            {revision.script.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
