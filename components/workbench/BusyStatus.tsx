// The status bar's busy item: a spinner and label for background work, a progress bar ("37 of 122 pages") once the
// work reports how far it is, its Cancel button, and the question it waits on (Read / Cancel), shown in the panel
// because window.confirm does not work in a side panel.
import { Codicon } from '../ui/Codicon';
import { useBusyProgress, type BusyWork } from './state';
import './busy.css';

/** "1,840": counts read as people write them. */
const count = (n: number) => n.toLocaleString('en-US');

/** How far the work is, as a bar a screen reader reads as "37 of 122". */
function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total > 0 ? (100 * done) / total : 0;
  return (
    <span
      className="busy-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
    >
      <span className="busy-progress-bar" style={{ width: `${percent}%` }} />
    </span>
  );
}

/** The first piece of busy work, as the status bar shows it. */
export function BusyStatus({ work }: { work: BusyWork }) {
  const { question } = work;
  const progress = useBusyProgress(work.id);
  return (
    <>
      <span className="status-item status-busy" role="status">
        <Codicon name="loading" spin />
        {/* In a narrow panel the words give way (ellipsis) before the bar and Cancel do. */}
        <span className="busy-text">
          {work.label}…
          {progress ? ` ${count(progress.done)} of ${count(progress.total)} ${progress.unit}` : null}
        </span>
        {progress ? <ProgressBar label={work.label} done={progress.done} total={progress.total} /> : null}
        {work.cancel && !question ? (
          <button type="button" className="link-button" onClick={work.cancel}>
            Cancel
          </button>
        ) : null}
      </span>
      {question ? (
        <div
          className="busy-question"
          role="alertdialog"
          aria-label={work.label}
          aria-describedby="busy-question"
        >
          <p id="busy-question">{question.message}</p>
          <div className="busy-question-buttons">
            {/* The question waits on the user alone: Read is focused so Enter answers it, Escape is Cancel. */}
            <button
              type="button"
              className="button-primary"
              autoFocus
              onClick={() => question.answer(true)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') question.answer(false);
              }}
            >
              {question.confirm}
            </button>
            <button type="button" className="button-secondary" onClick={() => question.answer(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
