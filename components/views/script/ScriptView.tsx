// The Script view: the welcome view when nothing is stored, else the outline (collapsible) above the script pages.
import { useWorkbenchActions } from '../../workbench/actions';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { Section } from '../../ui/Section';
import { Outline } from './Outline';
import { ScriptPages } from './ScriptPages';
import { Welcome } from './Welcome';

/** The Script view. */
export function ScriptView() {
  const { loading, open } = useOpenScript();
  const wb = useWorkbench();
  const actions = useWorkbenchActions();
  if (loading) return <p className="muted view-loading">Loading…</p>;
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
