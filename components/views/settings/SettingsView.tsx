// Settings: theme, and for the open script its name, paper size and revision colour sequence; where data lives.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { renameScript, settings, softDelete } from '../../../lib/db';
import { undelete, updateScriptSettings } from '../../../lib/db/script-edits';
import type { Paper } from '../../../lib/script/page-geometry';
import { THEME_CHOICES } from '../../../lib/commands/switch-theme';
import { swatchColor } from '../../ui/swatch-color';
import { Section } from '../../ui/Section';
import { useThemeSetting } from '../../workbench/data';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { BackupSection } from './BackupSection';
import { RoomSection } from '../../rooms/RoomSection';
import { errorSentence } from '../../../lib/error-sentence';

function RenameForm({ id, title }: { id: string; title: string }) {
  const wb = useWorkbench();
  // A draft of the new name, not a copy of stored data: it starts from the stored title and is only saved on submit.
  const [draft, setDraft] = useState(title);
  const inputId = useId();
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await renameScript(id, draft);
    } catch (err) {
      wb.notify(errorSentence(err, 'The script could not be renamed.'), 'error');
    }
  }
  return (
    <form className="setting-row" onSubmit={submit}>
      <label htmlFor={inputId}>Script name</label>
      <div className="inline-form">
        <input id={inputId} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button-secondary" disabled={!draft.trim() || draft.trim() === title}>
          Rename
        </button>
      </div>
    </form>
  );
}

/** How long "Undo" stays offered after a script is deleted. */
const UNDO_DELETE_MS = 15_000;

/** The Settings view. */
export function SettingsView() {
  const theme = useThemeSetting();
  const { open } = useOpenScript();
  const wb = useWorkbench();
  const record = open?.record;
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  useEffect(() => {
    if (!deleted) return;
    const t = setTimeout(() => setDeleted(null), UNDO_DELETE_MS);
    return () => clearTimeout(t);
  }, [deleted]);

  async function deleteScript() {
    if (!record) return;
    const ok = window.confirm(
      `Delete “${record.title}” with its drafts, notes, flags and print jobs? You can undo it right after.`,
    );
    if (!ok) return;
    try {
      // Soft-deleted: kept so Undo can bring it back and a merge can carry the deletion.
      await softDelete('scripts', record.id);
      setDeleted({ id: record.id, title: record.title });
    } catch (err) {
      wb.notify(errorSentence(err, 'The script could not be deleted.'), 'error');
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    const { id } = deleted;
    setDeleted(null);
    try {
      await undelete('scripts', [id]);
      wb.setShownScriptId(id);
    } catch (err) {
      wb.notify(errorSentence(err, 'The script could not be brought back.'), 'error');
    }
  }

  async function setPaper(paper: Paper) {
    if (!record) return;
    try {
      await updateScriptSettings(record.id, { paper });
    } catch (err) {
      wb.notify(errorSentence(err, 'The paper size could not be saved.'), 'error');
    }
  }

  return (
    <div className="settings-view">
      {deleted ? (
        <div className="notification notification-info" role="status">
          <span className="notification-message">“{deleted.title}” deleted.</span>
          <button type="button" className="button-secondary" onClick={() => void undoDelete()}>
            Undo
          </button>
        </div>
      ) : null}
      <Section title="Appearance">
        <fieldset className="setting-row">
          <legend>Colour theme</legend>
          {THEME_CHOICES.map((c) => (
            <label key={c.value} className="radio">
              <input
                type="radio"
                name="theme"
                value={c.value}
                checked={theme === c.value}
                onChange={() => void settings.theme.set(c.value)}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      </Section>
      {record ? (
        <Section title="This script">
          <RenameForm key={record.id + record.title} id={record.id} title={record.title} />
          <fieldset className="setting-row">
            <legend>Paper size</legend>
            {(['letter', 'a4'] as const).map((p) => (
              <label key={p} className="radio">
                <input
                  type="radio"
                  name="paper"
                  value={p}
                  checked={record.settings.paper === p}
                  onChange={() => void setPaper(p)}
                />
                {p === 'letter' ? 'US Letter (55 lines a page)' : 'A4 (57 lines a page)'}
              </label>
            ))}
          </fieldset>
          <div className="setting-row">
            <span className="setting-label" id="color-seq-label">
              Revision colours, in order
            </span>
            <ol className="color-sequence" aria-labelledby="color-seq-label">
              {record.settings.colorSequence.map((c, i) => (
                <li key={`${c}-${i}`}>
                  <span className="swatch" style={{ background: swatchColor(c) }} aria-hidden="true" />
                  {c}
                </li>
              ))}
            </ol>
          </div>
          <div className="setting-row">
            <button type="button" className="button-secondary" onClick={() => void deleteScript()}>
              Delete this script…
            </button>
          </div>
        </Section>
      ) : null}
      <RoomSection />
      <Section title="Your data">
        <p className="setting-row">
          Scripts, notes and flags are stored in IndexedDB in this browser profile, on this computer. Nothing
          is sent anywhere unless you join a room (above). Uninstalling Scriptside erases them.
        </p>
      </Section>
      <BackupSection />
    </div>
  );
}
