// The shared document of a room: one room is one shared script is one Y.Doc (its Hocuspocus document name is the
// room's name). `meta` holds {schema}; one top-level map per table holds record id -> Y.Map of the record's fields.
// Scalar fields merge last-writer-wins per field; a note's `text` is a Y.Text so concurrent edits both survive; a
// draft's `script`, `pages` and `titlePage` are JSON text (see JSON_FIELDS);
// a deletion sets `deletedAt` and the entry stays (a tombstone), so an edit racing a deletion is never lost.
// The room server's benchmark writes this same layout: change it only with a new `schema` number.
import * as Y from 'yjs';
import { SCRIPT_TABLES } from '../records/validate';
import { applyTextChange } from './text-merge';

/** The layout version in `meta.schema`. */
export const DOC_SCHEMA = 1;

/** The tables a room shares, in the order records are applied (a script before its drafts, drafts before notes). */
// The same tables, in the same order, as a restored backup writes them, less the settings.
export const ROOM_TABLES = ['scripts', ...SCRIPT_TABLES] as const;

export type RoomTable = (typeof ROOM_TABLES)[number];

const ROOM_TABLE_SET = new Set<string>(ROOM_TABLES);

/** Whether `table` is one a room shares (settings, for one, stay on this machine). */
export function isRoomTable(table: string): table is RoomTable {
  return ROOM_TABLE_SET.has(table);
}

/** The fields held as Y.Text rather than as a plain value, per table. */
const TEXT_FIELDS: Partial<Record<RoomTable, ReadonlySet<string>>> = { notes: new Set(['text']) };

function isTextField(table: RoomTable, field: string): boolean {
  return TEXT_FIELDS[table]?.has(field) ?? false;
}

/**
 * The fields held as JSON text rather than as a tree of values: a draft's parsed script and pages never change once
 * stored, and one string encodes and decodes several times faster than the tens of thousands of small values a
 * 120-page draft is made of (measured on a 120-page draft x 3: encode 567 -> 183 ms, apply 529 -> 237 ms), which is
 * most of what a new assistant waits for when joining.
 */
const JSON_FIELDS: Partial<Record<RoomTable, ReadonlySet<string>>> = {
  revisions: new Set(['script', 'pages', 'titlePage']),
};

function isJsonField(table: RoomTable, field: string): boolean {
  return JSON_FIELDS[table]?.has(field) ?? false;
}

/** A JSON-text field as its value; anything else (a peer's garbage) as it is, for validation to refuse. */
function fromJson(held: unknown): unknown {
  if (typeof held !== 'string') return held;
  try {
    return JSON.parse(held) as unknown;
  } catch {
    return held;
  }
}

/** A record as plain data (what Dexie stores and validateRecord checks). */
export type PlainRecord = Record<string, unknown>;

/** The map of one table's records. */
export function tableMap(doc: Y.Doc, table: RoomTable): Y.Map<Y.Map<unknown>> {
  return doc.getMap(table);
}

/** Stamps the layout version into a document that has none (a new room); a room of a later layout is refused. */
export function initDoc(doc: Y.Doc): void {
  const meta = doc.getMap('meta');
  if (meta.get('schema') === undefined) meta.set('schema', DOC_SCHEMA);
}

/** The layout version of a document, or undefined for a document nobody has written yet. */
export function docSchema(doc: Y.Doc): unknown {
  return doc.getMap('meta').get('schema');
}

/** Whether `record` of `table` belongs to the script `scriptId` (the script record itself, or one of its records). */
export function belongsTo(table: RoomTable, record: PlainRecord, scriptId: string): boolean {
  return table === 'scripts' ? record.id === scriptId : record.scriptId === scriptId;
}

/** The ids of the scripts in a room's document (one, once someone has shared a script into it). */
export function docScriptIds(doc: Y.Doc): string[] {
  return [...tableMap(doc, 'scripts').keys()];
}

/** A record as the document holds it, as plain data (a Y.Text as its string), or undefined. */
export function readRecord(doc: Y.Doc, table: RoomTable, id: string): PlainRecord | undefined {
  const entry = tableMap(doc, table).get(id);
  if (!(entry instanceof Y.Map)) return undefined;
  const record = entry.toJSON() as PlainRecord;
  for (const field of JSON_FIELDS[table] ?? []) {
    if (field in record) record[field] = fromJson(record[field]);
  }
  return record;
}

/** Plain-data equality of two JSON values (stored records hold nothing else). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => sameValue(ao[k], bo[k]));
}

/**
 * Writes a local record into the document, field by field: only fields whose value changed are set (so another
 * assistant's concurrent change of a different field survives), a text field gets the minimal edits from `baseText`
 * (the text this panel last knew) to the record's, and a field the record no longer has is removed. Call inside a Y
 * transaction. Returns whether anything changed.
 */
export function writeRecord(
  doc: Y.Doc,
  table: RoomTable,
  record: PlainRecord,
  baseText?: (field: string) => string | undefined,
): boolean {
  const id = record.id;
  if (typeof id !== 'string' || id === '') return false;
  const map = tableMap(doc, table);
  let entry = map.get(id);
  if (!(entry instanceof Y.Map)) {
    entry = new Y.Map<unknown>();
    map.set(id, entry);
  }
  let changed = false;
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const held = entry.get(field);
    if (isTextField(table, field) && typeof value === 'string') {
      if (held instanceof Y.Text) {
        const base = baseText?.(field) ?? held.toString();
        changed = applyTextChange(held, base, value) || changed;
      } else {
        entry.set(field, new Y.Text(value));
        changed = true;
      }
      continue;
    }
    if (isJsonField(table, field)) {
      const json = JSON.stringify(value);
      if (held !== json) {
        entry.set(field, json);
        changed = true;
      }
      continue;
    }
    if (!sameValue(held, value)) {
      entry.set(field, value);
      changed = true;
    }
  }
  for (const field of [...entry.keys()]) {
    if (record[field] === undefined) {
      entry.delete(field);
      changed = true;
    }
  }
  return changed;
}

/**
 * Marks a record deleted in the document: `deletedAt` and `updatedAt` set, every other field kept. A Y.Map entry is
 * never removed: removal would win over another assistant's concurrent offline edit, which would vanish silently.
 */
export function tombstone(doc: Y.Doc, table: RoomTable, id: string, at: number): boolean {
  const entry = tableMap(doc, table).get(id);
  if (!(entry instanceof Y.Map) || entry.get('deletedAt') !== undefined) return false;
  entry.set('deletedAt', at);
  entry.set('updatedAt', at);
  return true;
}
