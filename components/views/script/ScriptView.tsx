// The Script view: the welcome view when nothing is stored, else the outline (collapsible) above the script pages.
// The pages (with the virtualiser) load apart from the panel's first load, starting as soon as a script is open.
import { lazy, Suspense } from 'react';
import { useWorkbenchActions } from '../../workbench/actions';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { Section } from '../../ui/Section';
import { Outline } from './Outline';
import { Welcome } from './Welcome';

let pagesModule: Promise<typeof import('./ScriptPages')> | undefined;
const loadPages = () => (pagesModule ??= import('./ScriptPages'));
const ScriptPages = lazy(() => loadPages().then((m) => ({ default: m.ScriptPages })));

/** The Script view. */
export function ScriptView() {
  const { loading, open, unreadTab } = useOpenScript();
  const wb = useWorkbench();
  const actions = useWorkbenchActions();
  if (loading) {
    // Storage is opening: fetch the page renderer meanwhile, so a stored script shows without a second wait.
    void loadPages();
    return <p className="muted view-loading">Loading…</p>;
  }
  if (!open) {
    return (
      <Welcome
        onRead={() => void actions.readThisPage()}
        onImport={wb.chooseFiles}
        onDemo={() => void actions.openDemo()}
      />
    );
  }
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
      {wb.outlineVisible ? (
        <div className="script-view-outline">
          <Section title="Outline">
            <Outline
              scenes={scenes}
              characters={characters}
              currentScene={wb.lastScene}
              onOpenScene={(s) => actions.revealScene(s.index)}
            />
          </Section>
        </div>
      ) : null}
      <div className="script-view-pages">
        <Section title={`Pages (${pages.length})`}>
          {pages.length > 0 ? (
            <Suspense fallback={<p className="muted view-loading">Loading pages…</p>}>
              <ScriptPages script={revision.script} pages={pages} scenes={scenes} />
            </Suspense>
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
