// One print job in the queue: a sentence naming it, its actions, Alt+Up/Down and drag to reorder, and the edit form.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type DragEvent,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import type { PrintJobRecord } from '../../../lib/db';
import { formatRecipients, pagesToPrint, parseRecipients, totalCopies } from '../../../lib/print/jobs';
import { describePages, parsePageList } from '../../../lib/print/pages';
import { IconButton } from '../../ui/IconButton';
import { swatchColor } from '../../ui/swatch-color';
import { SaveCancel } from '../../ui/SaveCancel';
import { errorSentence } from '../../../lib/error-sentence';

/** "Blue revision of 11/27/26" style name of a job's revision (the view passes it in). */
export interface JobRowProps {
  job: PrintJobRecord;
  datedRevisionName: string;
  pageOrder: string[];
  position: number;
  count: number;
  onPrint(): void;
  onMarkPrinted(): void;
  onMove(to: number): void;
  onRemove(): void;
  onSave(edit: Partial<PrintJobRecord>): Promise<void>;
  onDropJob(jobId: string): void;
}

/** The sentence a screen reader hears for a job, also its visible summary. */
export function jobSentence(job: PrintJobRecord, datedRevisionName: string, pageOrder: string[]): string {
  const left = pagesToPrint(job);
  const copies = totalCopies(job);
  const status =
    job.status === 'printed'
      ? 'printed'
      : job.status === 'partly_printed'
        ? `partly printed, ${left.length} left`
        : 'queued';
  return `${datedRevisionName}: ${job.pages.length === 1 ? 'page' : 'pages'} ${describePages(job.pages, pageOrder)}, ${copies} ${copies === 1 ? 'copy' : 'copies'}, ${status}`;
}

function JobEditor({
  job,
  pageOrder,
  onSave,
  onCancel,
}: {
  job: PrintJobRecord;
  pageOrder: string[];
  onSave: JobRowProps['onSave'];
  onCancel(): void;
}) {
  const id = useId();
  const [pages, setPages] = useState(describePages(job.pages, pageOrder).replace(/–/g, '-'));
  const [copies, setCopies] = useState(String(job.copies));
  const [recipients, setRecipients] = useState(formatRecipients(job.recipients));
  const [collated, setCollated] = useState(job.collated);
  const [cover, setCover] = useState(job.includeCoverSheet);
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const list = parsePageList(pages, pageOrder);
    if (list.unknown.length) return setError(`This revision has no page ${list.unknown.join(', ')}.`);
    if (list.labels.length === 0) return setError('A job needs at least one page.');
    const n = Number(copies);
    if (!Number.isInteger(n) || n < 1) return setError('Copies must be a whole number of at least 1.');
    try {
      await onSave({
        pages: list.labels,
        copies: n,
        recipients: parseRecipients(recipients),
        collated,
        includeCoverSheet: cover,
      });
    } catch (err) {
      setError(errorSentence(err, 'The job could not be saved.'));
    }
  }
  return (
    <form
      className="job-editor"
      aria-label="Edit print job"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label htmlFor={`${id}-pages`}>Pages</label>
      <input id={`${id}-pages`} value={pages} onChange={(e) => setPages(e.target.value)} autoFocus />
      <label htmlFor={`${id}-recipients`}>Recipients (name and copies)</label>
      <input
        id={`${id}-recipients`}
        value={recipients}
        placeholder="Writers 12, Production 4, Cast 20"
        onChange={(e) => setRecipients(e.target.value)}
      />
      <label htmlFor={`${id}-copies`}>Copies when there are no recipients</label>
      <input
        id={`${id}-copies`}
        type="number"
        min={1}
        value={copies}
        onChange={(e) => setCopies(e.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={collated} onChange={(e) => setCollated(e.target.checked)} /> Collated
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={cover} onChange={(e) => setCover(e.target.checked)} /> Cover sheet
      </label>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="inline-form">
        <SaveCancel onCancel={onCancel} />
      </div>
    </form>
  );
}

/** A job row in the queue. */
export function JobRow(props: JobRowProps) {
  const { job, datedRevisionName, pageOrder, position, count } = props;
  const [editing, setEditing] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const sentence = jobSentence(job, datedRevisionName, pageOrder);
  const row = useRef<HTMLLIElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    // Moving a focused element in the DOM drops its focus: keep the keyboard on the job the user is moving.
    if (refocus.current) row.current?.focus();
    refocus.current = false;
  }, [position]);
  function onKeyDown(e: KeyboardEvent<HTMLLIElement>) {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.target !== e.currentTarget) return;
    e.preventDefault();
    refocus.current = true;
    props.onMove(position + (e.key === 'ArrowUp' ? -1 : 1));
  }
  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragOver(false);
    const id = e.dataTransfer.getData('application/x-scriptside-job');
    if (id && id !== job.id) props.onDropJob(id);
  }
  return (
    <li
      ref={row}
      className={`job-row${dragOver ? ' drag-over' : ''}`}
      tabIndex={0}
      aria-label={`${sentence}. Job ${position + 1} of ${count}; Alt+Up or Alt+Down moves it`}
      draggable={!editing}
      onDragStart={(e) => e.dataTransfer.setData('application/x-scriptside-job', job.id)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={onDrop}
      onKeyDown={onKeyDown}
    >
      <div className="job-summary">
        <span className="swatch" style={{ background: swatchColor(job.paperColor) }} aria-hidden="true" />
        <span className="job-text">{sentence}</span>
      </div>
      {job.recipients.length > 0 ? (
        <div className="job-recipients muted">{formatRecipients(job.recipients)}</div>
      ) : null}
      <div className="job-actions">
        <IconButton
          icon="file-pdf"
          label={`Open the print page for ${datedRevisionName}`}
          onClick={props.onPrint}
        />
        <IconButton icon="check" label="Mark printed" onClick={props.onMarkPrinted} />
        <IconButton
          icon="edit"
          label="Edit job"
          aria-expanded={editing}
          onClick={() => setEditing((v) => !v)}
        />
        <IconButton
          icon="arrow-up"
          label="Move up"
          keybinding="Alt+Up"
          disabled={position === 0}
          onClick={() => props.onMove(position - 1)}
        />
        <IconButton
          icon="arrow-down"
          label="Move down"
          keybinding="Alt+Down"
          disabled={position === count - 1}
          onClick={() => props.onMove(position + 1)}
        />
        <IconButton icon="trash" label="Remove from queue" onClick={props.onRemove} />
      </div>
      {editing ? (
        <JobEditor
          job={job}
          pageOrder={pageOrder}
          onCancel={() => setEditing(false)}
          onSave={async (edit) => {
            await props.onSave(edit);
            setEditing(false);
          }}
        />
      ) : null}
    </li>
  );
}
