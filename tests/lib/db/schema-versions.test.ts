import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, liveScripts, getRevisions } from '../../../lib/db';
import { tinyScript } from '../../fixtures/scripts';

// The shipped v1 indexes, frozen here on purpose: editing SCHEMA_V1 instead of adding version(2) must fail this file.
const SHIPPED_V1 = {
  scripts: 'id, updatedAt, *sourceKeys',
  revisions: 'id, scriptId, [scriptId+seq], textHash',
  notes: 'id, scriptId, revisionId, sessionId, updatedAt',
  sessions: 'id, scriptId',
  flags: 'id, scriptId, revisionId, status',
  dismissedSuggestions: 'id, [scriptId+key]',
  printJobs: 'id, scriptId, order, status',
  settings: 'key',
};

const settings = {
  paper: 'a4' as const,
  colorSequence: ['White', 'Blue', 'Tan'],
  insertScheme: 'letters' as const,
  sceneContinueds: true,
  roster: [{ initials: 'JS', name: 'Jo Smith' }],
  distribution: [{ name: 'Props', copies: 2 }],
};

const V1_SEED = {
  scripts: [
    {
      id: 's1',
      createdAt: 1,
      updatedAt: 2,
      title: 'Seeded',
      sourceKeys: ['file:a.fdx'],
      settings,
      currentRevisionId: 'r1',
    },
  ],
  revisions: [
    {
      id: 'r1',
      createdAt: 1,
      updatedAt: 1,
      scriptId: 's1',
      seq: 1,
      color: 'White',
      date: '2026-11-27',
      source: { kind: 'file', fileName: 'a.fdx', format: 'fdx' },
      textHash: 'abc',
      script: tinyScript(),
      pages: [],
      titlePage: [],
      locked: true,
    },
  ],
  notes: [
    {
      id: 'n1',
      createdAt: 3,
      updatedAt: 3,
      scriptId: 's1',
      revisionId: 'r1',
      placements: {},
      text: 'Cut the cart?\u202e',
      kind: 'question',
      tags: ['cold-open'],
      resolved: false,
    },
  ],
  settings: [{ key: 'ui.currentScriptId', value: 's1', updatedAt: 4 }],
};

beforeEach(async () => {
  db.close();
  await Dexie.delete('scriptside');
});

describe('schema versions', () => {
  it('fresh install: opens at version 1 with every table empty and the v1 indexes', async () => {
    expect(await openDatabase(), 'fresh install opens').toEqual({ ok: true });
    expect(db.verno, 'schema version').toBe(1);
    for (const [name, spec] of Object.entries(SHIPPED_V1)) {
      const t = db.table(name);
      const indexes = [t.schema.primKey, ...t.schema.indexes].map((i) => i.src).join(', ');
      expect(indexes, `indexes of ${name}`).toBe(spec);
      expect(await t.count(), `${name} is empty`).toBe(0);
    }
  });

  it('v1 data written by a v1 build opens unchanged with the current code', async () => {
    const old = new Dexie('scriptside');
    old.version(1).stores(SHIPPED_V1);
    await old.open();
    for (const [table, rows] of Object.entries(V1_SEED)) await old.table(table).bulkAdd(rows);
    old.close();

    expect(await openDatabase(), 'current code opens v1 data').toEqual({ ok: true });
    for (const [table, rows] of Object.entries(V1_SEED)) {
      expect(await db.table(table).toArray(), `${table} unchanged`).toEqual(rows);
    }
    expect(
      (await liveScripts()).map((s) => s.id),
      'seeded script listed',
    ).toEqual(['s1']);
    expect(
      (await getRevisions('s1')).map((r) => r.locked),
      'locked flag kept',
    ).toEqual([true]);
  });
});
