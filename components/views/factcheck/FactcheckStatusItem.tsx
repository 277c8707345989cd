// The status bar's fact-check count: open and researching flags on the open script; a click opens the Fact-check view.
import { Codicon } from '../../ui/Codicon';
import { useOpenScript } from '../../workbench/openScript';
import { useWorkbench } from '../../workbench/state';
import { useOpenFlagCount } from './count';

/** "4 flags" in the status bar; nothing when no flag is open. */
export function FactcheckStatusItem() {
  const { open } = useOpenScript();
  const count = useOpenFlagCount(open?.record.id);
  const wb = useWorkbench();
  if (!count) return null;
  const label = `${count} open ${count === 1 ? 'flag' : 'flags'}`;
  return (
    <button
      type="button"
      className="status-item"
      title={`${label}: open Fact-check`}
      onClick={() => wb.setActiveView('factcheck')}
    >
      <Codicon name="checklist" /> {label}
    </button>
  );
}
