// The capture box: type as the room talks. Enter saves, Shift+Enter breaks the line, "@JS " sets the speaker,
// "!d " or Alt+1..4 the kind, "#tag" tags. The draft is stored as it is typed, so a reload or a crash keeps it.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { settings } from '../../../lib/db';
import type { NoteKind, RosterMember } from '../../../lib/db';
import { KIND_ORDER, kindLabel, parseCapture, speakerLabel } from '../../../lib/notes/capture';
import { NoteText } from './NoteText';

/** What the box hands over when the user presses Enter. */
export interface CapturedNote {
  text: string;
  kind: NoteKind;
  speaker?: string;
  tags: string[];
}

export interface CaptureBoxHandle {
  /** Puts the cursor in the box; `typed` (keys typed before it existed) is added to the text. */
  focus(typed?: string): void;
}

const DRAFT_DELAY_MS = 250;

export const CaptureBox = forwardRef<
  CaptureBoxHandle,
  {
    scriptId: string;
    roster: RosterMember[];
    /** Where the note will be attached, in words ("On page 3: “We close at two.”"). */
    attachedTo: string;
    onDetach?: () => void;
    onSubmit(note: CapturedNote): Promise<boolean>;
    /** Escape: back to where the note was started (the draft stays in the box). */
    onEscape?: () => void;
  }
>(function CaptureBox({ scriptId, roster, attachedTo, onDetach, onSubmit, onEscape }, ref) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NoteKind | undefined>(undefined);
  const [speaker, setSpeaker] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const loaded = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useImperativeHandle(
    ref,
    () => ({
      focus: (typed) => {
        if (typed) setText((t) => t + typed);
        area.current?.focus();
      },
    }),
    [],
  );

  // Restore the draft once per script.
  useEffect(() => {
    loaded.current = false;
    let live = true;
    void settings
      .noteDraft(scriptId)
      .get()
      .then((d) => {
        if (!live) return;
        if (d) setText((t) => t || d);
        loaded.current = true;
      });
    return () => {
      live = false;
    };
  }, [scriptId]);

  function store(value: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // A draft that cannot be stored is still in the box; the save itself reports storage problems.
      settings
        .noteDraft(scriptId)
        .set(value)
        .catch(() => {});
    }, DRAFT_DELAY_MS);
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  const parsed = parseCapture(text, roster);
  const finalKind = parsed.kind ?? kind ?? 'note';
  const finalSpeaker = parsed.speaker ?? speaker;

  async function submit() {
    if (!parsed.text.trim() || saving) return;
    setSaving(true);
    try {
      const ok = await onSubmit({
        text: parsed.text,
        kind: finalKind,
        speaker: finalSpeaker,
        tags: parsed.tags,
      });
      if (ok) {
        setText('');
        setKind(undefined);
        clearTimeout(timer.current);
        settings
          .noteDraft(scriptId)
          .set('')
          .catch(() => {});
      }
    } finally {
      setSaving(false);
      area.current?.focus();
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      onEscape();
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
      return;
    }
    const digit =
      /^Digit([1-4])$/.exec(e.nativeEvent.code ?? '')?.[1] ?? (/^[1-4]$/.test(e.key) ? e.key : undefined);
    if (e.altKey && !e.ctrlKey && !e.metaKey && digit) {
      e.preventDefault();
      const k = KIND_ORDER[Number(digit) - 1];
      setKind((cur) => (cur === k ? undefined : k));
    }
  }

  const hintId = `${scriptId}-capture-hint`;
  return (
    <div className="capture">
      <div className="capture-attached">
        <span className="muted">{attachedTo}</span>
        {onDetach ? (
          <button type="button" className="link-button" onClick={onDetach}>
            Attach to the whole script
          </button>
        ) : null}
      </div>
      <textarea
        ref={area}
        className="capture-input"
        aria-label="New note"
        aria-describedby={hintId}
        placeholder="Type a note. Enter saves."
        rows={2}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (loaded.current) store(e.target.value);
        }}
        onBlur={() => {
          clearTimeout(timer.current);
          settings
            .noteDraft(scriptId)
            .set(text)
            .catch(() => {});
        }}
        onKeyDown={onKeyDown}
      />
      <div className="capture-meta" aria-live="polite">
        <span className={`kind-badge kind-${finalKind}`}>{kindLabel(finalKind)}</span>
        {finalSpeaker ? <span className="speaker">{speakerLabel(roster, finalSpeaker)}</span> : null}
        {parsed.unknownSpeaker ? (
          <span className="warning-text">{parsed.speaker} is not in the roster</span>
        ) : null}
        {parsed.tags.map((t) => (
          <span key={t} className="tag">
            #<NoteText text={t} />
          </span>
        ))}
      </div>
      <div className="chip-row" role="group" aria-label="Kind">
        {KIND_ORDER.map((k, i) => (
          <button
            key={k}
            type="button"
            className="chip"
            aria-pressed={finalKind === k}
            title={`Alt+${i + 1} or !${k === 'todo' ? 't' : k[0]}`}
            onClick={() => setKind((cur) => (cur === k ? undefined : k))}
          >
            {kindLabel(k)}
          </button>
        ))}
      </div>
      {roster.length > 0 ? (
        <div className="chip-row" role="group" aria-label="Speaker">
          {roster.map((m) => (
            <button
              key={m.initials}
              type="button"
              className="chip"
              aria-pressed={finalSpeaker?.toUpperCase() === m.initials.toUpperCase()}
              aria-label={`${m.initials} ${m.name}`}
              title={m.role ? `${m.name}, ${m.role}` : m.name}
              onClick={() => setSpeaker((cur) => (cur === m.initials ? undefined : m.initials))}
            >
              {m.initials}
            </button>
          ))}
        </div>
      ) : null}
      <p id={hintId} className="capture-hint muted">
        Enter saves · Shift+Enter new line · @JS speaker · !p !d !q !t or Alt+1–4 kind · #tag
      </p>
    </div>
  );
});
