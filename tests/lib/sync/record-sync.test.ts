// Room sync without a server: two assistants' Y.Docs exchange updates directly. Offline edits of one note's text and
// fields converge with every edit present; a deletion racing an edit keeps the edit; a peer's garbage is refused
// and nothing else is lost; the sync never echoes what it applied; viewers never write into the room.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docSchema, readRecord, tableMap, writeRecord, type PlainRecord } from '../../../lib/sync/doc';
import { LOCAL_ORIGIN, RecordSync, type LocalChange, type RemoteRecord } from '../../../lib/sync/record-sync';
import { textEdits, applyTextChange } from '../../../lib/sync/text-merge';

const SCRIPT = 'script-1';
const T0 = 1_764_900_000_000;

function note(id: string, text: string, extra: Partial<PlainRecord> = {}): PlainRecord {
  return {
    id,
    scriptId: SCRIPT,
    revisionId: 'rev-1',
    placements: {},
    text,
    kind: 'note',
    tags: [],
    resolved: false,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

const put = (table: string, value: PlainRecord): LocalChange => ({
  table,
  key: String(value.id),
  type: 'put',
  value,
  origin: 'local',
});

/** One assistant: a Y.Doc, its sync, and a "storage" (a map of records) the sync's remote records are written to. */
function assistant(readOnly = false) {
  const doc = new Y.Doc();
  const sync = new RecordSync(doc, { scriptId: SCRIPT, readOnly, now: () => T0 + 60_000 });
  const stored = new Map<string, PlainRecord>();
  const refused: string[] = [];
  const store = (records: RemoteRecord[]) => {
    for (const { table, record } of records) {
      stored.set(`${table}/${String(record.id)}`, record);
      sync.stored(table, record);
    }
  };
  const state = { paused: false };
  const flush = () => {
    const got = sync.take();
    store(got.records);
    refused.push(...got.refused.map((r) => r.reason));
  };
  // Storage writes are asynchronous: `paused` holds remote records back as a slow write would.
  sync.onRemoteChange(() => {
    if (!state.paused) flush();
  });
  /** A local edit: storage changes, then the change feed reports it. */
  const edit = (table: string, record: PlainRecord) => {
    stored.set(`${table}/${String(record.id)}`, record);
    sync.applyLocal([put(table, record)]);
  };
  return { doc, sync, stored, refused, edit, store, state, flush };
}

/** Exchanges the two documents' missing updates both ways (what the server does on reconnect). */
function exchange(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'room');
  Y.applyUpdate(a, toA, 'room');
}

describe('text edits', () => {
  it('turns one text into another with minimal inserts and deletes', () => {
    expect(textEdits('the cat sat', 'the black cat sat')).toEqual([{ at: 4, remove: 0, insert: 'black ' }]);
    const doc = new Y.Doc();
    const t = doc.getText('t');
    t.insert(0, 'Cut the bar scene. Keep the chase.');
    applyTextChange(t, t.toString(), 'Cut the diner scene. Keep the long chase!');
    expect(t.toString(), 'the edits rebuild the new text').toBe('Cut the diner scene. Keep the long chase!');
  });
});

describe('document layout', () => {
  it("holds a draft's script and pages as JSON text, and gives them back as values", () => {
    const doc = new Y.Doc();
    const revision = {
      id: 'rev-1',
      scriptId: SCRIPT,
      seq: 1,
      script: { format: 'plain', text: 'INT. ROOM - DAY', elements: [], titlePage: [] },
      pages: [{ index: 0, label: '1', start: 0, end: 15, lines: [] }],
      titlePage: [],
      locked: false,
    };
    writeRecord(doc, 'revisions', revision);
    const entry = tableMap(doc, 'revisions').get('rev-1');
    expect(typeof entry?.get('pages'), 'pages are one string in the document').toBe('string');
    expect(readRecord(doc, 'revisions', 'rev-1'), 'read back as the same record').toEqual(revision);
    expect(writeRecord(doc, 'revisions', revision), 'an unchanged draft writes nothing').toBe(false);
  });
});

describe('RecordSync between two documents', () => {
  it('carries a new note from one assistant to the other, and stamps the layout version', () => {
    const a = assistant();
    const b = assistant();
    a.sync.reconcile([]);
    a.edit('notes', note('n1', 'Check the date on page 12'));
    exchange(a.doc, b.doc);
    expect(b.stored.get('notes/n1')?.text, 'the note reached the other assistant').toBe(
      'Check the date on page 12',
    );
    expect(docSchema(b.doc), 'meta.schema is the layout version').toBe(1);
    expect(tableMap(a.doc, 'notes').get('n1')?.get('text'), 'a note text is a Y.Text').toBeInstanceOf(Y.Text);
  });

  it('merges concurrent offline edits of one note: both assistants keep their words and their fields', () => {
    const a = assistant();
    const b = assistant();
    a.edit('notes', note('n1', 'Move the chase to night.'));
    exchange(a.doc, b.doc);
    // Offline: both edit the same note's text and different fields, and each adds a note.
    a.edit('notes', note('n1', 'Move the car chase to night.', { kind: 'decision', updatedAt: T0 + 10 }));
    b.edit(
      'notes',
      note('n1', 'Move the chase to night. Ask legal.', { resolved: true, updatedAt: T0 + 20 }),
    );
    a.edit('notes', note('na', 'New from A'));
    b.edit('notes', note('nb', 'New from B'));
    exchange(a.doc, b.doc);
    for (const who of [a, b]) {
      const n1 = who.stored.get('notes/n1') ?? readRecord(who.doc, 'notes', 'n1');
      expect(n1?.text, 'both edits of the text are present').toBe('Move the car chase to night. Ask legal.');
      expect(n1?.kind, "A's kind is kept").toBe('decision');
      expect(n1?.resolved, "B's resolved is kept").toBe(true);
      expect(readRecord(who.doc, 'notes', 'na')?.text, "A's new note is everywhere").toBe('New from A');
      expect(readRecord(who.doc, 'notes', 'nb')?.text, "B's new note is everywhere").toBe('New from B');
    }
    expect(a.stored.get('notes/n1')?.text, 'storage of A has the merged text').toBe(
      'Move the car chase to night. Ask legal.',
    );
    expect(b.stored.get('notes/nb'), 'B did not get its own note back as remote').toEqual(
      note('nb', 'New from B'),
    );
  });

  it('keeps an edit that raced a deletion: the record stays as a tombstone with the edit in it', () => {
    const a = assistant();
    const b = assistant();
    a.edit('notes', note('n1', 'Cut the dog.'));
    exchange(a.doc, b.doc);
    a.edit('notes', note('n1', 'Cut the dog.', { deletedAt: T0 + 5, updatedAt: T0 + 5 }));
    b.edit('notes', note('n1', 'Cut the dog. No: keep it, the network loves it.', { updatedAt: T0 + 6 }));
    exchange(a.doc, b.doc);
    for (const who of [a, b]) {
      const n1 = readRecord(who.doc, 'notes', 'n1');
      expect(n1, 'the entry is never removed').toBeDefined();
      expect(n1?.deletedAt, 'the deletion travelled').toBe(T0 + 5);
      expect(n1?.text, 'the concurrent edit is kept').toBe('Cut the dog. No: keep it, the network loves it.');
    }
    // A hard delete (a table cleared) also travels as a tombstone, never as a removal.
    a.sync.applyLocal([{ table: 'notes', key: 'n1', type: 'delete', origin: 'local' }]);
    expect(tableMap(a.doc, 'notes').has('n1'), 'a hard delete keeps the entry').toBe(true);
  });

  it("refuses a peer's garbage record with a reason, and still takes its good records", () => {
    const a = assistant();
    const b = assistant();
    // A peer writes straight into the document, around any check.
    const peer = new Y.Doc();
    peer.transact(() => {
      const notes = tableMap(peer, 'notes');
      const bad = new Y.Map<unknown>();
      notes.set('bad', bad);
      bad.set('id', 'bad');
      bad.set('scriptId', SCRIPT);
      bad.set('kind', '<script>');
      const good = new Y.Map<unknown>();
      notes.set('good', good);
      for (const [k, v] of Object.entries(note('good', 'A good note'))) good.set(k, v);
      const foreign = new Y.Map<unknown>();
      notes.set('foreign', foreign);
      for (const [k, v] of Object.entries(note('foreign', 'x', { scriptId: 'other-script' })))
        foreign.set(k, v);
    });
    exchange(peer, b.doc);
    expect(b.stored.has('notes/bad'), 'the garbage note is not stored').toBe(false);
    expect(b.stored.has('notes/foreign'), "another script's record is not stored").toBe(false);
    expect(b.stored.get('notes/good')?.text, 'the good note still arrives').toBe('A good note');
    expect(b.refused.length, 'two refusals reported').toBe(2);
    expect(b.refused.join(' '), 'the reason names the field').toMatch(
      /notes\.bad\.(createdAt|kind|revisionId)/,
    );
    expect(b.refused.join(' ')).toMatch(/another script/);
    void a;
  });

  it('does not echo: records stored from the room come back as remote changes and are not written again', () => {
    const a = assistant();
    const b = assistant();
    a.edit('notes', note('n1', 'Hello'));
    let updates = 0;
    b.doc.on('update', () => updates++);
    exchange(a.doc, b.doc);
    const before = updates;
    // The storage layer reports what the sync stored as origin 'remote'.
    const written = b.sync.applyLocal([{ ...put('notes', b.stored.get('notes/n1')!), origin: 'remote' }]);
    expect(written, 'a remote change is not written into the room').toBe(0);
    expect(updates, 'no document update').toBe(before);
    // And the local transaction origin is never taken as a remote change.
    let remote = 0;
    a.sync.onRemoteChange(() => remote++);
    a.edit('notes', note('n2', 'Local only'));
    expect(remote, "a panel's own edit is not fed back to its storage").toBe(0);
    expect(LOCAL_ORIGIN).toBe('scriptside-local');
  });

  it("never writes a viewer's local edits into the room, and gives the viewer the room's version", () => {
    const a = assistant();
    const viewer = assistant(true);
    a.edit('notes', note('n1', 'Room text'));
    exchange(a.doc, viewer.doc);
    const written = viewer.sync.applyLocal([
      put('notes', note('n1', 'Viewer typed', { updatedAt: T0 + 99 })),
    ]);
    expect(written, 'a viewer writes nothing').toBe(0);
    const rec = viewer.sync.reconcile([
      { table: 'notes', record: note('n1', 'Viewer typed', { updatedAt: T0 + 99 }) },
    ]);
    expect(rec.pushed, 'reconciliation pushes nothing for a viewer').toBe(0);
    expect(
      rec.incoming.map((r) => r.record.text),
      "the room's text comes back",
    ).toEqual(['Room text']);
    expect(readRecord(viewer.doc, 'notes', 'n1')?.text).toBe('Room text');
  });

  it('reconciles after time apart: local records changed later are pushed, the room newer ones come back', () => {
    const a = assistant();
    const b = assistant();
    a.edit('notes', note('n1', 'Old'));
    a.edit('notes', note('n2', 'Room newer'));
    exchange(a.doc, b.doc);
    // A changes n2 later in the room; B (no panel open) edited n1 and added n3 in storage only.
    a.edit('notes', note('n2', 'Room newer, edited', { updatedAt: T0 + 50 }));
    exchange(a.doc, b.doc);
    const local = [
      { table: 'notes' as const, record: note('n1', 'Old, edited while closed', { updatedAt: T0 + 40 }) },
      { table: 'notes' as const, record: note('n2', 'Room newer') },
      { table: 'notes' as const, record: note('n3', 'Added while closed', { updatedAt: T0 + 41 }) },
      { table: 'notes' as const, record: note('x', 'Another script', { scriptId: 'other' }) },
    ];
    const rec = b.sync.reconcile(local);
    expect(rec.pushed, 'n1 and n3 pushed; the other script is never pushed').toBe(2);
    expect(rec.incoming.map((r) => [r.record.id, r.record.text])).toEqual([['n2', 'Room newer, edited']]);
    exchange(a.doc, b.doc);
    expect(a.stored.get('notes/n1')?.text).toBe('Old, edited while closed');
    expect(a.stored.get('notes/n3')?.text).toBe('Added while closed');
    expect(tableMap(a.doc, 'notes').has('x'), "another script's record never enters the room").toBe(false);
  });

  it('keeps a local text edit made while a remote edit of the same note was arriving', () => {
    const a = assistant();
    const b = assistant();
    a.edit('notes', note('n1', 'one two three'));
    exchange(a.doc, b.doc);
    // B's room text moves on (A's edit arrives) before B's storage reports B's own edit from the old text.
    a.edit('notes', note('n1', 'zero one two three'));
    const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
    // B edited in storage from 'one two three' (its base) to 'one two three four' before A's update was stored.
    b.state.paused = true;
    Y.applyUpdate(b.doc, toB, 'room');
    b.sync.applyLocal([put('notes', note('n1', 'one two three four'))]);
    b.state.paused = false;
    b.flush();
    exchange(a.doc, b.doc);
    expect(b.stored.get('notes/n1')?.text, "B's storage gets the merged text").toBe(
      'zero one two three four',
    );
    expect(readRecord(a.doc, 'notes', 'n1')?.text).toBe('zero one two three four');
  });
});
