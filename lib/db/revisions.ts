// Storing a reading of a script: the same text again is recognised, a changed text becomes the next revision.

import type { Page, Script } from '../script/model';
import { sourceKey } from '../reading/source';
import { suggestedRevision } from '../revision/source-marks';
import { DEFAULT_COLOR_SEQUENCE, defaultScriptSettings, nextColor } from './colors';
import { db } from './database';
import { StorageError, toStorageError } from './errors';
import { newId, now, today } from './ids';
import type { RevisionRecord, ScriptRecord, SourceInfo } from './schema';

export interface StoreRevisionInput {
  script: Script;
  source: SourceInfo;
  /** Title for a new script (the script's title page or the page title). Ignored for an existing script. */
  title: string;
  /** Store as the next revision of this script (the user chose it) instead of matching by source key. */
  scriptId?: string;
  /** Pages as laid out; defaults to the script's own pages (PDF) or none. */
  pages?: Page[];
  /** ISO yyyy-mm-dd; defaults to today. */
  date?: string;
  label?: string;
}

export interface StoreRevisionResult {
  scriptId: string;
  revisionId: string;
  /** False when the same text was read again and nothing new was stored. */
  created: boolean;
}

/**
 * Text as compared between readings: NFC, '\n' line ends, no trailing spaces, no trailing blank lines. Linear in the
 * text's length: the patterns it replaces (/[ \t\u00a0]+$/gm, /\s+$/) retried from every character of a long run of
 * spaces or newlines (160,000 newlines took 21.7 s), and hashes of stored drafts must not change, so this gives
 * exactly what they gave.
 */
export function normaliseForHash(text: string): string {
  return trimLineEnds(text.normalize('NFC').replace(/\r\n?/g, '\n')).trimEnd();
}

/**
 * Removes spaces, tabs and no-break spaces before every line end, in one pass. Line ends are those of a multiline
 * `$`: '\n', U+2028 and U+2029 ('\r' is already gone).
 */
function trimLineEnds(s: string): string {
  const parts: string[] = [];
  let copied = 0;
  let run = -1; // start of the current run of spaces, or -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0 && (c === 0x0a || c === 0x2028 || c === 0x2029)) {
      parts.push(s.slice(copied, run));
      copied = i;
    }
    run = -1;
  }
  if (run >= 0) {
    parts.push(s.slice(copied, run));
    copied = s.length;
  }
  parts.push(s.slice(copied));
  return parts.join('');
}

/** SHA-256 of the normalised text, hex. */
export async function textHashOf(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(normaliseForHash(text));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function findSameText(hash: string, scriptId?: string): Promise<RevisionRecord | undefined> {
  const same = await db.revisions.where('textHash').equals(hash).toArray();
  return same.find((r) => r.deletedAt === undefined && (scriptId === undefined || r.scriptId === scriptId));
}

/** Loads what storing a reading needs beyond this module (carrying notes and flags forward), ahead of the reading. */
export function prepareStoring(): Promise<typeof import('./carry-forward')> {
  return import('./carry-forward');
}

/**
 * Stores a reading. The same text (of the chosen script, or of any script when none was chosen) again returns
 * the stored revision with `created: false`. A different text from a known source key, or for the chosen
 * script, becomes its next revision (seq + 1, next colour). Otherwise a new script is created.
 * Throws StorageError (quota: "Storage is full - nothing was saved.").
 */
export async function storeRevision(input: StoreRevisionInput): Promise<StoreRevisionResult> {
  // Hash before the transaction: awaiting anything but IndexedDB inside one commits it early.
  const hash = await textHashOf(input.script.text);
  const key = sourceKey(input.source);
  // Carry-forward (and the anchoring engine under it) loads on the first reading, not with every page that opens storage.
  const { carryForwardInto } = await prepareStoring();
  // User Timing "scriptside:store-revision" (storing plus carrying notes and flags forward), read by the e2e figures.
  const started = performance.now();
  try {
    return await db.transaction('rw', db.scripts, db.revisions, db.notes, db.flags, async () => {
      const t = now();
      let script: ScriptRecord | undefined;
      if (input.scriptId) {
        script = await db.scripts.get(input.scriptId);
        if (!script || script.deletedAt !== undefined) throw new StorageError('not_found');
      }
      const same = await findSameText(hash, script?.id);
      if (same) {
        const owner = script ?? (await db.scripts.get(same.scriptId));
        if (owner && owner.deletedAt === undefined) {
          if (key && !owner.sourceKeys.includes(key)) {
            await db.scripts.update(owner.id, { sourceKeys: [...owner.sourceKeys, key], updatedAt: t });
          }
          return { scriptId: owner.id, revisionId: same.id, created: false };
        }
      }
      if (!script && key) {
        const known = await db.scripts.where('sourceKeys').equals(key).toArray();
        script = known.filter((s) => s.deletedAt === undefined).sort((a, b) => b.updatedAt - a.updatedAt)[0];
      }
      if (!script) {
        script = {
          id: newId(),
          createdAt: t,
          updatedAt: t,
          title: input.title.trim() || 'Untitled script',
          sourceKeys: key ? [key] : [],
          settings: defaultScriptSettings(),
        };
        await db.scripts.add(script);
      }
      const scriptId = script.id;
      const drafts = () =>
        db.revisions.where('[scriptId+seq]').between([scriptId, -Infinity], [scriptId, Infinity]);
      // seq counts deleted revisions too (never reused); the colour follows the last one the user still has.
      // Index keys and a backwards cursor: loading every stored draft (each a whole script) made a read slow.
      const keys = (await drafts().keys()) as unknown as [string, number][];
      const maxSeq = keys.reduce((m, k) => Math.max(m, k[1]), 0);
      const previous = await drafts()
        .reverse()
        .filter((r) => r.deletedAt === undefined)
        .first();
      // With no earlier draft to compare with, a source that says which revision it is (an FDX revision set, a PDF's
      // revision header) gives the draft its colour and label; its own marks are then its revised pages.
      const sequence = script.settings.colorSequence.length
        ? script.settings.colorSequence
        : DEFAULT_COLOR_SEQUENCE;
      const suggested = previous ? undefined : suggestedRevision(input.script, sequence);
      const revision: RevisionRecord = {
        id: newId(),
        createdAt: t,
        updatedAt: t,
        scriptId: script.id,
        seq: maxSeq + 1,
        color: suggested?.color ?? nextColor(sequence, previous?.color),
        date: input.date ?? today(),
        label: input.label ?? suggested?.name,
        source: input.source,
        textHash: hash,
        script: input.script,
        pages: input.pages ?? input.script.pages ?? [],
        titlePage: input.script.titlePage,
        locked: false,
      };
      await db.revisions.add(revision);
      // Notes and flags follow the new draft in the same transaction: stored together, or not at all.
      await carryForwardInto(revision);
      const sourceKeys =
        key && !script.sourceKeys.includes(key) ? [...script.sourceKeys, key] : script.sourceKeys;
      await db.scripts.update(script.id, { currentRevisionId: revision.id, sourceKeys, updatedAt: t });
      return { scriptId: script.id, revisionId: revision.id, created: true };
    });
  } catch (e) {
    throw toStorageError(e);
  } finally {
    performance.measure('scriptside:store-revision', { start: started, end: performance.now() });
  }
}
