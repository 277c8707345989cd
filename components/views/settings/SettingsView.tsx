// Settings: theme, and for the open script its name, paper size and revision colour sequence; where data lives.
import { useId, useState, type FormEvent } from 'react';
import { db, now, renameScript, setSetting } from '../../../lib/db';
import type { PaperSize } from '../../../lib/db';
import { THEME_CHOICES } from '../../../lib/commands/switch-theme';
import { paperColor } from '../../ui/revisionColors';
import { Section } from '../../ui/Section';
import { SETTING_THEME, useThemeSetting } from '../../workbench/data';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { BackupSection } from './BackupSection';

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
      wb.notify(err instanceof Error ? err.message : 'The script could not be renamed.', 'error');
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

/** The Settings view. */
export function SettingsView() {
  const theme = useThemeSetting();
  const { open } = useOpenScript();
  const wb = useWorkbench();
  const record = open?.record;

  async function setPaper(paper: PaperSize) {
    if (!record) return;
    try {
      await db.scripts.update(record.id, { settings: { ...record.settings, paper }, updatedAt: now() });
    } catch (err) {
      wb.notify(err instanceof Error ? err.message : 'The paper size could not be saved.', 'error');
    }
  }

  return (
    <div className="settings-view">
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
                onChange={() => void setSetting(SETTING_THEME, c.value)}
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
                  <span className="swatch" style={{ background: paperColor(c) }} aria-hidden="true" />
                  {c}
                </li>
              ))}
            </ol>
          </div>
        </Section>
      ) : null}
      <Section title="Your data">
        <p className="setting-row">
          Scripts, notes and flags are stored in IndexedDB in this browser profile, on this computer only.
          Nothing is sent anywhere. Uninstalling Scriptside erases them.
        </p>
      </Section>
      <BackupSection />
    </div>
  );
}
