// The status bar's size of the open script: "12 pages · 30 scenes".
import { useOpenScript } from '../../workbench/openScript';

/** Pages and scenes of the shown draft; nothing with no script. */
export function ScriptStatusItem() {
  const { open } = useOpenScript();
  if (!open) return null;
  return (
    <span className="status-item">
      {open.pages.length} {open.pages.length === 1 ? 'page' : 'pages'} · {open.scenes.length}{' '}
      {open.scenes.length === 1 ? 'scene' : 'scenes'}
    </span>
  );
}
