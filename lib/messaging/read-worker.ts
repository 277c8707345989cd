// The messages between the panel and its read worker (components/platform/read-worker.ts), which parses scripts off
// the panel's main thread, and the validator the panel runs on every message the worker sends before using it.
// The worker is our own code, but what it answers is derived from untrusted files: it is checked like any input.
import type { Reading } from '../reading/choose';
import { checkParsedScript, RecordInvalid } from '../records/validate';
import type { Script } from '../script/model';
import type { PageExtract } from '../reading/page-extract';
import { LIMITS, validatePageExtract, type Validation } from './messages';

/** Panel → worker: one reading per worker, then answers to its page-cap question. */
export type ReadWorkerRequest =
  /** Parse PDF bytes (the buffer is transferred); ask before reading a PDF over the page cap when `confirm` is set. */
  | { type: 'read-pdf'; bytes: Uint8Array; confirm: boolean }
  /** Parse a script file's text (.fountain .fdx .txt). */
  | { type: 'read-file'; name: string; text: string }
  /** Parse what the page reader found in a tab (not a PDF). */
  | { type: 'read-extract'; extract: PageExtract }
  | { type: 'confirm-pages'; yes: boolean };

/** Worker → panel. */
export type ReadWorkerReply =
  /** The worker started and can read (sent first: an error before it means the worker could not start). */
  | { type: 'ready' }
  | { type: 'progress'; done: number; total: number }
  /** The PDF has more pages than the cap: read it anyway? */
  | { type: 'confirm-pages'; pages: number }
  | { type: 'pdf-read'; script: Script }
  | { type: 'text-read'; reading: Reading }
  /** A ScriptError (`code`, sentence), or `code: 'worker_failed'` when the worker itself broke. */
  | { type: 'failed'; code: string; message: string };

class Invalid extends Error {}

function fields(v: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid('reply is not an object');
  for (const k of Reflect.ownKeys(v)) {
    if (typeof k !== 'string' || !allowed.includes(k))
      throw new Invalid(`reply.${String(k)} is not expected`);
  }
  return v as Record<string, unknown>;
}

function count(v: unknown, what: string): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Invalid(`${what} is not a count`);
}

function text(v: unknown, what: string, max: number = LIMITS.short): void {
  if (typeof v !== 'string' || v.length > max) throw new Invalid(`${what} is not text`);
}

const SOURCE_KINDS = new Set(['page', 'file']);

function reading(v: unknown): void {
  const r = fields(v, ['script', 'title', 'source']);
  checkParsedScript(r.script, 'reading.script');
  text(r.title, 'reading.title');
  const s = fields(r.source, ['kind', 'url', 'fileName', 'format']);
  if (!SOURCE_KINDS.has(s.kind as string)) throw new Invalid('reading.source.kind is unknown');
  if (s.format !== (r.script as Script).format)
    throw new Invalid('reading.source.format is not the script’s');
  if (s.url !== undefined) text(s.url, 'reading.source.url');
  if (s.fileName !== undefined) text(s.fileName, 'reading.source.fileName');
}

/** Checks a message from the read worker: known type, exact fields, counts and text bounded, scripts whole. */
export function validateReadWorkerReply(v: unknown): Validation<ReadWorkerReply> {
  try {
    const type = (v as { type?: unknown } | null)?.type;
    if (type === 'ready') fields(v, ['type']);
    else if (type === 'progress') {
      const o = fields(v, ['type', 'done', 'total']);
      count(o.done, 'progress.done');
      count(o.total, 'progress.total');
      if ((o.done as number) > (o.total as number)) throw new Invalid('progress.done is past the total');
    } else if (type === 'confirm-pages') count(fields(v, ['type', 'pages']).pages, 'confirm-pages.pages');
    else if (type === 'pdf-read') {
      const o = fields(v, ['type', 'script']);
      checkParsedScript(o.script, 'pdf-read.script');
      if ((o.script as Script).format !== 'pdf') throw new Invalid('pdf-read.script is not a PDF’s');
    } else if (type === 'text-read') reading(fields(v, ['type', 'reading']).reading);
    else if (type === 'failed') {
      const o = fields(v, ['type', 'code', 'message']);
      text(o.code, 'failed.code', 64);
      text(o.message, 'failed.message', 2_000);
    } else throw new Invalid('reply.type is unknown');
    return { ok: true, value: v as ReadWorkerReply };
  } catch (e) {
    if (e instanceof Invalid || e instanceof RecordInvalid) return { ok: false, error: e.message };
    throw e;
  }
}

/** Checks a request in the worker (only the panel can message a dedicated worker; this keeps the types honest). */
export function validateReadWorkerRequest(v: unknown): Validation<ReadWorkerRequest> {
  try {
    const type = (v as { type?: unknown } | null)?.type;
    if (type === 'read-pdf') {
      const o = fields(v, ['type', 'bytes', 'confirm']);
      if (!(o.bytes instanceof Uint8Array)) throw new Invalid('read-pdf.bytes are not bytes');
      if (typeof o.confirm !== 'boolean') throw new Invalid('read-pdf.confirm is not true/false');
    } else if (type === 'read-file') {
      const o = fields(v, ['type', 'name', 'text']);
      text(o.name, 'read-file.name');
      text(o.text, 'read-file.text', Number.MAX_SAFE_INTEGER);
    } else if (type === 'read-extract') {
      const c = validatePageExtract(fields(v, ['type', 'extract']).extract);
      if (!c.ok) throw new Invalid(c.error);
    } else if (type === 'confirm-pages') {
      if (typeof fields(v, ['type', 'yes']).yes !== 'boolean')
        throw new Invalid('confirm-pages.yes is not true/false');
    } else throw new Invalid('request.type is unknown');
    return { ok: true, value: v as ReadWorkerRequest };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}
