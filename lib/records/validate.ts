// The one check every record passes before it is written from outside this panel: a restored backup today, a room's
// peer tomorrow. A record from outside is untrusted: each field the panel reads is checked for its full shape (a
// parsed script down to its elements' offsets, pages down to their lines), times are capped at "now" plus a small
// allowance (a far-future `updatedAt` would win every merge and make a planted script current for good), and links
// are re-checked. Fields the panel does not know are passed through as plain data (lib/backup already refuses
// prototype keys and absurd nesting), so a newer exporter's extras are not silently lost.
//
// Pure: no storage here. lib/db/backup.ts adds what needs the database (ids that cross scripts, recomputed hashes).

import { FLAG_CATEGORIES, FLAG_STATUSES } from '../factcheck/labels';
import { ELEMENT_TYPES } from '../script/model';
import { SETTING_SPECS, settingSpecOf } from './settings';

/** The tables whose records belong to one script (each record has a `scriptId`). */
export const SCRIPT_TABLES = [
  'revisions',
  'notes',
  'sessions',
  'flags',
  'dismissedSuggestions',
  'printJobs',
] as const;

/** The tables whose records can arrive from outside (a backup, a room), in the order they are written. */
export const RECORD_TABLES = ['scripts', ...SCRIPT_TABLES, 'settings'] as const;

export type RecordTable = (typeof RECORD_TABLES)[number];

/** A record as it arrives: plain data. */
export type IncomingRecord = Record<string, unknown>;

/** Limits on single fields (generous for real use, small enough that no one record can choke the panel). */
export const RECORD_LIMITS = {
  idLength: 200,
  /** A title, a name, a colour, a label. */
  shortText: 2_000,
  /** A note, a question, a flag's notes: a 1 MB note must round-trip through a backup. */
  longText: 8_000_000,
  listLength: 100_000,
  /** How far ahead of this machine's clock a time may be (another machine's clock may run a little fast). */
  clockAllowanceMs: 10 * 60 * 1000,
} as const;

/** Why a record was refused; `message` names the field, for "This backup is damaged: notes[3].kind is unknown." */
export class RecordInvalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordInvalid';
  }
}

const NOTE_KINDS = new Set(['pitch', 'decision', 'question', 'todo', 'note']);
const JOB_STATUSES = new Set(['queued', 'partly_printed', 'printed']);
const PLACEMENT_STATUSES = new Set(['exact', 'moved', 'fuzzy', 'orphaned']);
const SOURCE_KINDS = new Set(['page', 'file', 'demo', 'paste']);
const SOURCE_FORMATS = new Set(['fountain', 'fdx', 'plain', 'pdf', 'html']);
const PAPER = new Set(['letter', 'a4']);
const INSERT_SCHEMES = new Set(['letters', 'letter-number']);
const STYLES = new Set(['bold', 'italic', 'underline']);
const DUAL = new Set(['left', 'right']);
const ELEMENT_TYPE_SET = new Set<string>(ELEMENT_TYPES);
const LINE_KINDS = new Set<string>([
  ...ELEMENT_TYPES,
  'blank',
  'more',
  'contd_cue',
  'continued',
  'continued_top',
  'omitted',
]);
const CATEGORY_SET = new Set<string>(FLAG_CATEGORIES);
const STATUS_SET = new Set<string>(FLAG_STATUSES);
const SAFE_LINK = new Set(['http:', 'https:', 'mailto:']);

function need(cond: unknown, what: string): asserts cond {
  if (!cond) throw new RecordInvalid(what);
}

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const isStr = (v: unknown, max: number = RECORD_LIMITS.shortText): v is string =>
  typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isNat = (v: unknown): v is number => isInt(v) && (v as number) >= 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= RECORD_LIMITS.idLength;

function list(v: unknown, at: string): unknown[] {
  need(Array.isArray(v) && v.length <= RECORD_LIMITS.listLength, `${at} is not a list`);
  return v;
}

function strList(v: unknown, at: string, max: number = RECORD_LIMITS.shortText): string[] {
  const l = list(v, at);
  l.forEach((x, i) => need(isStr(x, max), `${at}[${i}] is not text`));
  return l as string[];
}

function opt(o: Record<string, unknown>, key: string, ok: (v: unknown) => boolean, at: string): void {
  if (o[key] !== undefined) need(ok(o[key]), `${at}.${key} is not valid`);
}

/**
 * Checking context. `now` is the latest time a record can truly carry: this machine's clock for a peer's record, a
 * backup's export time for its records (a file is not newer than its export, and a capped time stays fixed however
 * often the file is restored). Times later than `now + allowanceMs` are brought back to `now`.
 */
export interface ValidateContext {
  now: number;
  /** Default RECORD_LIMITS.clockAllowanceMs: another machine's clock may run a little fast. */
  allowanceMs?: number;
}

/** A time (ms since the epoch): not negative, not NaN, and at most now + allowance (later is capped to now). */
function time(v: unknown, at: string, ctx: ValidateContext): number {
  need(isNum(v) && v >= 0, `${at} is not a time`);
  return v > ctx.now + (ctx.allowanceMs ?? RECORD_LIMITS.clockAllowanceMs) ? ctx.now : v;
}

function capTime(
  o: Record<string, unknown>,
  key: string,
  at: string,
  ctx: ValidateContext,
  required = false,
) {
  if (o[key] === undefined && !required) return;
  o[key] = time(o[key], `${at}.${key}`, ctx);
}

/** A link that opens a web page or a mail client, or undefined (javascript:, data:, file: and garbage are dropped). */
export function safeLink(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > RECORD_LIMITS.shortText) return undefined;
  try {
    const url = new URL(raw.trim());
    return SAFE_LINK.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function syncFields(o: Record<string, unknown>, at: string, ctx: ValidateContext): void {
  need(isId(o.id), `${at}.id is missing`);
  capTime(o, 'createdAt', at, ctx, true);
  capTime(o, 'updatedAt', at, ctx, true);
  capTime(o, 'deletedAt', at, ctx);
}

function checkAnchor(v: unknown, at: string): void {
  need(isPlain(v), `${at} is not an anchor`);
  need(
    isStr(v.exact, RECORD_LIMITS.longText) && isStr(v.prefix) && isStr(v.suffix),
    `${at} lacks its quoted text`,
  );
  need(isNat(v.start) && isNat(v.end) && v.end >= v.start, `${at} has bad offsets`);
  opt(v, 'elementId', isId, at);
}

function checkPlacements(v: unknown, at: string): void {
  need(isPlain(v), `${at} is missing`);
  const keys = Object.keys(v);
  need(keys.length <= RECORD_LIMITS.listLength, `${at} is too long`);
  for (const k of keys) {
    const p = v[k];
    const here = `${at}.${k.slice(0, 40)}`;
    need(isPlain(p) && p.revisionId === k && isId(k), `${here} is not a placement of that revision`);
    need(PLACEMENT_STATUSES.has(p.status as string), `${here}.status is unknown`);
    opt(p, 'start', isNat, here);
    opt(p, 'end', isNat, here);
    opt(p, 'score', isNum, here);
    if (isNat(p.start) && isNat(p.end)) need(p.end >= p.start, `${here} has bad offsets`);
  }
}

function checkTitlePage(v: unknown, at: string): void {
  list(v, at).forEach((f, i) =>
    need(
      isPlain(f) && isStr(f.key) && isStr(f.value, RECORD_LIMITS.longText),
      `${at}[${i}] is not a title field`,
    ),
  );
}

/** A parsed script: every element's text is exactly its slice of the script's text (everything points into it). */
function checkScript(v: unknown, at: string): void {
  need(isPlain(v), `${at} is not a parsed script`);
  need(SOURCE_FORMATS.has(v.format as string), `${at}.format is unknown`);
  need(isStr(v.text, RECORD_LIMITS.longText), `${at}.text is not text`);
  const text = v.text;
  checkTitlePage(v.titlePage, `${at}.titlePage`);
  if (v.warnings !== undefined) strList(v.warnings, `${at}.warnings`);
  if (v.revision !== undefined) {
    const r = v.revision;
    need(isPlain(r) && isStr(r.name, 400), `${at}.revision is not a revision set`);
    opt(r, 'pageColor', (x) => isStr(x, 40), `${at}.revision`);
    opt(r, 'textColor', (x) => isStr(x, 40), `${at}.revision`);
  }
  const elements = list(v.elements, `${at}.elements`);
  let last = 0;
  elements.forEach((e, i) => {
    const here = `${at}.elements[${i}]`;
    need(isPlain(e), `${here} is not an element`);
    need(isId(e.id), `${here}.id is missing`);
    need(ELEMENT_TYPE_SET.has(e.type as string), `${here}.type is unknown`);
    need(isStr(e.text, RECORD_LIMITS.longText), `${here}.text is not text`);
    need(isNat(e.start) && isNat(e.end) && e.end >= e.start && e.start >= last, `${here} has bad offsets`);
    need(e.end <= text.length && text.slice(e.start, e.end) === e.text, `${here} does not match the text`);
    last = e.end;
    opt(e, 'sceneNumber', (x) => isStr(x, 40), here);
    opt(e, 'name', isStr, here);
    if (e.extensions !== undefined) strList(e.extensions, `${here}.extensions`, 200);
    opt(e, 'dual', (x) => DUAL.has(x as string), here);
    opt(e, 'level', isNat, here);
    opt(e, 'forced', isBool, here);
    opt(e, 'sourcePage', isNat, here);
    if (e.marks !== undefined) {
      list(e.marks, `${here}.marks`).forEach((m, j) =>
        need(
          isPlain(m) &&
            isNat(m.start) &&
            isNat(m.end) &&
            m.end >= m.start &&
            m.end <= (e.text as string).length,
          `${here}.marks[${j}] is not a range of its text`,
        ),
      );
    }
    if (e.styles !== undefined) {
      list(e.styles, `${here}.styles`).forEach((s, j) =>
        need(
          isPlain(s) &&
            STYLES.has(s.style as string) &&
            isNat(s.start) &&
            isNat(s.end) &&
            s.end >= s.start &&
            s.end <= (e.text as string).length,
          `${here}.styles[${j}] is not a style`,
        ),
      );
    }
  });
  if (v.pages !== undefined) checkPages(v.pages, `${at}.pages`, text.length, elements.length);
}

/**
 * Checks a parsed script that crossed a boundary (the read worker's answer): the checks a stored revision's script
 * passes. Throws RecordInvalid naming the field.
 */
export function checkParsedScript(v: unknown, at = 'script'): void {
  checkScript(v, at);
}

/** Pages as laid out: every line's element and offsets point inside the script they show. */
function checkPages(v: unknown, at: string, textLength: number, elementCount: number): void {
  list(v, at).forEach((p, i) => {
    const here = `${at}[${i}]`;
    need(isPlain(p), `${here} is not a page`);
    need(isNat(p.index), `${here}.index is not a number`);
    need(isStr(p.label, 40), `${here}.label is not text`);
    need(
      isNat(p.start) && isNat(p.end) && p.end >= p.start && p.end <= textLength,
      `${here} has bad offsets`,
    );
    for (const k of ['firstElement', 'lastElement'] as const)
      opt(p, k, (x) => isNat(x) && (x as number) < elementCount, here);
    opt(p, 'revisionHeader', isStr, here);
    opt(p, 'front', isBool, here);
    list(p.lines, `${here}.lines`).forEach((l, j) => {
      const line = `${here}.lines[${j}]`;
      need(isPlain(l), `${line} is not a line`);
      need(isStr(l.text, RECORD_LIMITS.longText), `${line}.text is not text`);
      need(LINE_KINDS.has(l.kind as string), `${line}.kind is unknown`);
      need(isNum(l.indent) && l.indent >= 0 && l.indent <= 200, `${line}.indent is not valid`);
      opt(l, 'element', (x) => isNat(x) && (x as number) < elementCount, line);
      opt(l, 'start', (x) => isNat(x) && (x as number) <= textLength, line);
      opt(l, 'end', (x) => isNat(x) && (x as number) <= textLength, line);
      opt(l, 'sceneNumber', (x) => isStr(x, 40), line);
      opt(l, 'marked', isBool, line);
    });
  });
}

function checkSettings(v: unknown, at: string): void {
  need(isPlain(v), `${at} is missing`);
  need(PAPER.has(v.paper as string), `${at}.paper is unknown`);
  const colours = strList(v.colorSequence, `${at}.colorSequence`, 40);
  need(colours.length > 0 && colours.length <= 100, `${at}.colorSequence is empty`);
  need(INSERT_SCHEMES.has(v.insertScheme as string), `${at}.insertScheme is unknown`);
  need(isBool(v.sceneContinueds), `${at}.sceneContinueds is not true/false`);
  list(v.roster, `${at}.roster`).forEach((m, i) =>
    need(
      isPlain(m) && isStr(m.initials, 20) && isStr(m.name) && (m.role === undefined || isStr(m.role)),
      `${at}.roster[${i}] is not a person`,
    ),
  );
  list(v.distribution, `${at}.distribution`).forEach((d, i) =>
    need(
      isPlain(d) && isStr(d.name) && isNat(d.copies) && d.copies <= 10_000,
      `${at}.distribution[${i}] is not a recipient`,
    ),
  );
}

/**
 * Checks one incoming record of `table` and returns a copy ready to store (times capped, unsafe links dropped).
 * Throws RecordInvalid naming the first bad field. `at` names the record in the message ("notes[3]").
 */
export function validateRecord(
  table: RecordTable,
  raw: unknown,
  at: string,
  ctx: ValidateContext,
): IncomingRecord {
  need(isPlain(raw), `${at} is not a record`);
  const o: Record<string, unknown> = { ...raw };
  if (table === 'settings') {
    need(isId(o.key), `${at}.key is missing`);
    capTime(o, 'updatedAt', at, ctx, true);
    // Checked against the setting's one declaration (lib/records/settings.ts); unknown keys pass as plain data.
    const spec = settingSpecOf(o.key as string);
    if (spec)
      need(spec.valid(o.value), `${at} (${String(o.key).slice(0, 60)}) has a value of the wrong kind`);
    if (o.key === SETTING_SPECS.lastBackupAt.key && o.value !== null)
      o.value = time(o.value, `${at}.value`, ctx);
    return o;
  }
  syncFields(o, at, ctx);
  if (table !== 'scripts') need(isId(o.scriptId), `${at}.scriptId is missing`);
  switch (table) {
    case 'scripts':
      need(isStr(o.title), `${at}.title is not text`);
      strList(o.sourceKeys, `${at}.sourceKeys`, 8_000);
      checkSettings(o.settings, `${at}.settings`);
      opt(o, 'currentRevisionId', isId, at);
      break;
    case 'revisions': {
      need(isNat(o.seq) && (o.seq as number) >= 1, `${at}.seq is not a number`);
      need(isStr(o.color, 40) && isStr(o.date, 40), `${at} lacks its colour or date`);
      need(isStr(o.textHash, 200), `${at}.textHash is not text`);
      opt(o, 'label', isStr, at);
      need(isPlain(o.source), `${at}.source is missing`);
      const src = o.source;
      need(
        SOURCE_KINDS.has(src.kind as string) && SOURCE_FORMATS.has(src.format as string),
        `${at}.source is not understood`,
      );
      opt(src, 'url', (x) => isStr(x, 8_000), `${at}.source`);
      opt(src, 'fileName', isStr, `${at}.source`);
      checkScript(o.script, `${at}.script`);
      const script = o.script as { text: string; elements: unknown[] };
      checkPages(o.pages, `${at}.pages`, script.text.length, script.elements.length);
      checkTitlePage(o.titlePage, `${at}.titlePage`);
      need(isBool(o.locked), `${at}.locked is not true/false`);
      break;
    }
    case 'notes':
      need(isId(o.revisionId), `${at}.revisionId is missing`);
      need(isStr(o.text, RECORD_LIMITS.longText), `${at}.text is not text`);
      need(NOTE_KINDS.has(o.kind as string), `${at}.kind is unknown`);
      strList(o.tags, `${at}.tags`, 200);
      checkPlacements(o.placements, `${at}.placements`);
      need(isBool(o.resolved), `${at}.resolved is not true/false`);
      if (o.anchor !== undefined) checkAnchor(o.anchor, `${at}.anchor`);
      opt(o, 'sceneHeading', isStr, at);
      opt(o, 'speaker', isStr, at);
      opt(o, 'sessionId', isId, at);
      opt(o, 'parentId', isId, at);
      break;
    case 'sessions':
      need(isStr(o.title) && isStr(o.date, 40), `${at} lacks its title or date`);
      strList(o.attendees, `${at}.attendees`);
      capTime(o, 'startedAt', at, ctx, true);
      capTime(o, 'endedAt', at, ctx);
      break;
    case 'flags': {
      need(isId(o.revisionId), `${at}.revisionId is missing`);
      need(isStr(o.item) && isStr(o.question, RECORD_LIMITS.longText), `${at} lacks its item or question`);
      checkAnchor(o.anchor, `${at}.anchor`);
      checkPlacements(o.placements, `${at}.placements`);
      need(CATEGORY_SET.has(o.category as string), `${at}.category is unknown`);
      need(STATUS_SET.has(o.status as string), `${at}.status is unknown`);
      need(isStr(o.notes, RECORD_LIMITS.longText), `${at}.notes is not text`);
      strList(o.alternatives, `${at}.alternatives`);
      opt(o, 'assignee', isStr, at);
      opt(o, 'due', (x) => isStr(x, 40), at);
      o.sources = list(o.sources, `${at}.sources`).map((s, i) => {
        need(isPlain(s) && isStr(s.note, RECORD_LIMITS.longText), `${at}.sources[${i}] is not a source`);
        const { url, ...rest } = s;
        const link = safeLink(url);
        return link ? { ...rest, url: link } : rest;
      });
      o.history = list(o.history, `${at}.history`).map((h, i) => {
        need(isPlain(h) && STATUS_SET.has(h.status as string), `${at}.history[${i}] is not a step`);
        opt(h, 'by', isStr, `${at}.history[${i}]`);
        return { ...h, at: time(h.at, `${at}.history[${i}].at`, ctx) };
      });
      break;
    }
    case 'dismissedSuggestions':
      need(isStr(o.key, 400), `${at}.key is not text`);
      break;
    case 'printJobs':
      need(isId(o.revisionId), `${at}.revisionId is missing`);
      strList(o.pages, `${at}.pages`, 40);
      need(isStr(o.paperColor, 40), `${at}.paperColor is not text`);
      need(isNat(o.copies) && (o.copies as number) <= 10_000, `${at}.copies is not a count`);
      need(isNum(o.order), `${at}.order is not a number`);
      need(JOB_STATUSES.has(o.status as string), `${at}.status is unknown`);
      need(isBool(o.collated) && isBool(o.includeCoverSheet), `${at} lacks its collation or cover sheet`);
      list(o.recipients, `${at}.recipients`).forEach((d, i) =>
        need(
          isPlain(d) && isStr(d.name) && isNat(d.copies) && d.copies <= 10_000,
          `${at}.recipients[${i}] is not a recipient`,
        ),
      );
      capTime(o, 'printedAt', at, ctx);
      if (o.printedPages !== undefined) strList(o.printedPages, `${at}.printedPages`, 40);
      break;
  }
  return o;
}

/** The script a record belongs to (a script record is its own). */
export function ownerOf(table: RecordTable, r: IncomingRecord): string | undefined {
  if (table === 'settings') return undefined;
  return table === 'scripts' ? (r.id as string) : (r.scriptId as string);
}
